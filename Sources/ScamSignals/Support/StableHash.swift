// Deterministic 64-bit hashing (FNV-1a plus a final mix) used for token keys and hashed features.

/// A hash that is the same on every run, platform and thread count, unlike Swift's seeded `Hasher`.
///
/// Token keys, feature buckets and model files depend on it, so it must never change for a given
/// model format version.
@usableFromInline
enum StableHash {
    @usableFromInline static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    @usableFromInline static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a over a byte buffer.
    @inlinable
    static func bytes(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = offset
        for b in buffer { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// FNV-1a over a slice of an array.
    @inlinable
    static func bytes(_ array: [UInt8], _ range: Range<Int>) -> UInt64 {
        array.withUnsafeBufferPointer { bytes(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// FNV-1a over the UTF-8 of a string.
    static func string(_ s: String) -> UInt64 {
        var h = offset
        for b in s.utf8 { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// FNV-1a over the UTF-8 of `prefix` followed by `s`: the hash of `prefix + s` without building it.
    static func string(_ prefix: StaticString, _ s: String) -> UInt64 {
        var h = offset
        prefix.withUTF8Buffer { for b in $0 { h = (h ^ UInt64(b)) &* prime } }
        for b in s.utf8 { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// Mixes two hashes into one (order matters): used for bigrams and feature namespaces.
    @inlinable
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var x = a &* 0x9e37_79b9_7f4a_7c15 ^ (b &+ 0x632b_e59b_d9b4_e019)
        x ^= x >> 31
        x = x &* 0xbf58_476d_1ce4_e5b9
        x ^= x >> 29
        return x
    }
}
