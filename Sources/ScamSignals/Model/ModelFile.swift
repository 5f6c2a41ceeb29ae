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
        var w = ByteWriter()
        w.append(magic)
        let nb = model.naiveBayes
        w.put(UInt16(formatVersion))
        w.put(model.featureVersion)
        w.put(UInt8(nb.bucketBits))
        w.put(nb.alpha)
        w.put(nb.scamDocuments)
        w.put(nb.legitDocuments)
        w.put(nb.scamFeatures)
        w.put(nb.legitFeatures)
        w.put(model.combination.bias)
        w.put(model.combination.naiveBayes)
        w.put(model.combination.rules)
        let entries = nb.counts.sorted { $0.key < $1.key }
        w.put(UInt32(entries.count))
        for (b, c) in entries {
            w.put(b)
            w.put(c.scam)
            w.put(c.legit)
        }
        w.put(StableHash.bytes(w.bytes, 0..<w.bytes.count))
        return w.bytes
    }

    /// Reads a model, or throws a ``ModelError`` saying what is wrong.
    public static func decode(_ bytes: [UInt8]) throws -> ScamModel {
        guard bytes.count >= 4 else { throw ModelError.truncated("\(bytes.count) bytes, no header") }
        guard Array(bytes[0..<4]) == magic else { throw ModelError.badMagic }
        guard bytes.count >= headerSize + 8 else {
            throw ModelError.truncated("header needs \(headerSize + 8) bytes, file has \(bytes.count)")
        }
        // The header's size was checked above and the entries' is checked below before they are read.
        var r = ByteReader(bytes, from: 4)
        let version = Int(try r.get(UInt16.self))
        guard version == formatVersion else { throw ModelError.unsupportedVersion(version) }
        let featureVersion = try r.get(UInt32.self)
        guard featureVersion == ScamModel.currentFeatureVersion else {
            throw ModelError.incompatible(
                "trained with feature version \(featureVersion), this build extracts \(ScamModel.currentFeatureVersion)"
            )
        }
        let bits = Int(try r.get(UInt8.self))
        guard (8...24).contains(bits) else { throw ModelError.corrupt("bucket bits \(bits) outside 8…24") }
        let alpha = try r.double()
        guard alpha.isFinite, alpha > 0, alpha <= 10 else {
            throw ModelError.corrupt("smoothing \(alpha) outside (0, 10]")
        }
        let scamDocs = try r.get(UInt64.self)
        let legitDocs = try r.get(UInt64.self)
        let scamFeatures = try r.get(UInt64.self)
        let legitFeatures = try r.get(UInt64.self)
        let weights = CombinationWeights(bias: try r.double(), naiveBayes: try r.double(), rules: try r.double())
        guard [weights.bias, weights.naiveBayes, weights.rules].allSatisfy({ $0.isFinite && abs($0) < 1e6 }) else {
            throw ModelError.corrupt("combination weights are not finite")
        }
        let count = Int(try r.get(UInt32.self))
        let needed = headerSize + count * 12 + 8
        guard count <= 1 << bits, bytes.count >= needed else {
            throw ModelError.truncated("\(count) entries need \(needed) bytes, file has \(bytes.count)")
        }
        guard bytes.count == needed else {
            throw ModelError.corrupt("\(bytes.count - needed) unexpected trailing bytes")
        }
        let checksumAt = needed - 8
        var tail = ByteReader(bytes, from: checksumAt)
        guard try tail.get(UInt64.self) == StableHash.bytes(bytes, 0..<checksumAt) else {
            throw ModelError.checksumMismatch
        }
        r = ByteReader(bytes, from: headerSize)
        var counts: [UInt32: FeatureCounts] = [:]
        counts.reserveCapacity(count)
        var previous: UInt32? = nil
        var scamSum: UInt64 = 0
        var legitSum: UInt64 = 0
        for _ in 0..<count {
            let b = try r.get(UInt32.self)
            let s = try r.get(UInt32.self)
            let l = try r.get(UInt32.self)
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
