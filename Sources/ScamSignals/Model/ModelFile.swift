// The binary model file: magic, version, parameters, class statistics, combination weights, counts, checksum.

#if canImport(FoundationEssentials)
import FoundationEssentials
#elseif canImport(Foundation)
import Foundation
#endif

/// Reads and writes `.ssm` model files.
///
/// Layout (little-endian): `SSMD` magic, format version (UInt16), feature version (UInt32), bucket bits (UInt8),
/// alpha (Float64), documents and features per class (4 × UInt64), combination weights (3 × Float64), entry
/// count (UInt32), entries sorted by bucket (bucket UInt32, scam UInt32, legit UInt32), then an FNV-1a 64
/// checksum of everything before it. Loading checks every size against the bytes present before allocating,
/// so a hostile file cannot request a giant allocation.
public enum ModelFile {
    static let magic: [UInt8] = Array("SSMD".utf8)
    public static let formatVersion = 1
    static let headerSize = 4 + 2 + 4 + 1 + 8 + 32 + 24 + 4

    /// Serializes a model deterministically (entries sorted by bucket).
    public static func encode(_ model: ScamModel) -> [UInt8] {
        var out: [UInt8] = magic
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func put(_ d: Double) { put(d.bitPattern) }
        let nb = model.naiveBayes
        put(UInt16(formatVersion))
        put(model.featureVersion)
        put(UInt8(nb.bucketBits))
        put(nb.alpha)
        put(nb.scamDocuments)
        put(nb.legitDocuments)
        put(nb.scamFeatures)
        put(nb.legitFeatures)
        put(model.combination.bias)
        put(model.combination.naiveBayes)
        put(model.combination.rules)
        let entries = nb.counts.sorted { $0.key < $1.key }
        put(UInt32(entries.count))
        for (b, c) in entries {
            put(b)
            put(c.scam)
            put(c.legit)
        }
        put(StableHash.bytes(out, 0..<out.count))
        return out
    }

    /// Reads a model, or throws a ``ModelError`` saying what is wrong.
    public static func decode(_ bytes: [UInt8]) throws -> ScamModel {
        guard bytes.count >= 4 else { throw ModelError.truncated("\(bytes.count) bytes, no header") }
        guard Array(bytes[0..<4]) == magic else { throw ModelError.badMagic }
        guard bytes.count >= headerSize + 8 else {
            throw ModelError.truncated("header needs \(headerSize + 8) bytes, file has \(bytes.count)")
        }
        var at = 4
        func get<T: FixedWidthInteger>(_: T.Type) -> T {
            var v: T = 0
            withUnsafeMutableBytes(of: &v) { dst in
                for i in 0..<MemoryLayout<T>.size { dst[i] = bytes[at + i] }
            }
            at += MemoryLayout<T>.size
            return T(littleEndian: v)
        }
        func getDouble() -> Double { Double(bitPattern: get(UInt64.self)) }
        let version = Int(get(UInt16.self))
        guard version == formatVersion else { throw ModelError.unsupportedVersion(version) }
        let featureVersion = get(UInt32.self)
        guard featureVersion == ScamModel.currentFeatureVersion else {
            throw ModelError.incompatible(
                "trained with feature version \(featureVersion), this build extracts \(ScamModel.currentFeatureVersion)"
            )
        }
        let bits = Int(get(UInt8.self))
        guard (8...24).contains(bits) else { throw ModelError.corrupt("bucket bits \(bits) outside 8…24") }
        let alpha = getDouble()
        guard alpha.isFinite, alpha > 0, alpha <= 10 else {
            throw ModelError.corrupt("smoothing \(alpha) outside (0, 10]")
        }
        let scamDocs = get(UInt64.self)
        let legitDocs = get(UInt64.self)
        let scamFeatures = get(UInt64.self)
        let legitFeatures = get(UInt64.self)
        let weights = CombinationWeights(bias: getDouble(), naiveBayes: getDouble(), rules: getDouble())
        guard [weights.bias, weights.naiveBayes, weights.rules].allSatisfy({ $0.isFinite && abs($0) < 1e6 }) else {
            throw ModelError.corrupt("combination weights are not finite")
        }
        let count = Int(get(UInt32.self))
        let needed = headerSize + count * 12 + 8
        guard count <= 1 << bits, bytes.count >= needed else {
            throw ModelError.truncated("\(count) entries need \(needed) bytes, file has \(bytes.count)")
        }
        guard bytes.count == needed else {
            throw ModelError.corrupt("\(bytes.count - needed) unexpected trailing bytes")
        }
        let checksumAt = needed - 8
        at = checksumAt
        let stored = get(UInt64.self)
        guard stored == StableHash.bytes(bytes, 0..<checksumAt) else { throw ModelError.checksumMismatch }
        at = headerSize
        var counts: [UInt32: FeatureCounts] = [:]
        counts.reserveCapacity(count)
        var previous: UInt32? = nil
        var scamSum: UInt64 = 0
        var legitSum: UInt64 = 0
        for _ in 0..<count {
            let b = get(UInt32.self)
            let s = get(UInt32.self)
            let l = get(UInt32.self)
            guard b < UInt32(1) << UInt32(bits), previous.map({ b > $0 }) ?? true else {
                throw ModelError.corrupt("bucket \(b) out of range or out of order")
            }
            guard UInt64(s) <= scamDocs, UInt64(l) <= legitDocs else {
                throw ModelError.corrupt("bucket \(b) counts exceed document counts")
            }
            previous = b
            scamSum += UInt64(s)
            legitSum += UInt64(l)
            counts[b] = FeatureCounts(scam: s, legit: l)
        }
        guard scamSum <= scamFeatures, legitSum <= legitFeatures else {
            throw ModelError.corrupt("feature totals are inconsistent")
        }
        let nb = NaiveBayesModel(
            bucketBits: bits, alpha: alpha, counts: counts, scamDocuments: scamDocs, legitDocuments: legitDocs,
            scamFeatures: scamFeatures, legitFeatures: legitFeatures)
        return ScamModel(naiveBayes: nb, combination: weights, featureVersion: featureVersion)
    }

    /// Reads a model file from disk.
    public static func read(path: String) throws -> ScamModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelError.truncated("cannot read \(path)")
        }
        return try decode([UInt8](data))
    }

    /// Writes a model file to disk.
    public static func write(_ model: ScamModel, path: String) throws {
        try Data(encode(model)).write(to: URL(fileURLWithPath: path))
    }
}
