// An open-addressing hash table from 64-bit keys to small integers, deterministic and allocation-free to read.

/// A read-mostly map from `UInt64` keys to `Int32` values.
///
/// Used on hot paths (lexicon membership, phrase matching, naive-Bayes weights) where `Dictionary`'s
/// seeded SipHash costs more than the work itself. Keys are already well-mixed hashes; `0` is reserved.
struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    /// Creates an empty table sized for about `capacity` keys.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slotKey(_ key: UInt64) -> UInt64 { key == 0 ? 0x5bd1_e995 : key }

    /// The value for `key`, or `nil`.
    @inline(__always)
    func value(for key: UInt64) -> Int32? {
        let k = Self.slotKey(key)
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let stored = keys[i]
            if stored == k { return values[i] }
            if stored == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Whether `key` is present.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { value(for: key) != nil }

    /// Sets the value for `key`, growing the table as needed.
    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = Self.slotKey(key)
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let stored = keys[i]
            if stored == k {
                values[i] = value
                return
            }
            if stored == 0 {
                keys[i] = k
                values[i] = value
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (i, k) in oldKeys.enumerated() where k != 0 {
            var j = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
            while keys[j] != 0 { j = (j + 1) & mask }
            keys[j] = k
            values[j] = oldValues[i]
            count += 1
        }
    }
}
