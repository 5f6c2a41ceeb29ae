// Multinomial naive Bayes over hashed, binarized features, smoothed over the features actually seen.

#if canImport(FoundationEssentials)
import FoundationEssentials
#elseif canImport(Foundation)
import Foundation
#endif

/// Per-bucket document counts for the two classes.
public struct FeatureCounts: Sendable, Hashable {
    public var scam: UInt32
    public var legit: UInt32
}

/// A multinomial naive-Bayes model of scam vs legitimate ads, in a hashed feature space.
///
/// Features are counted once per document (binarized) and folded into `2^bucketBits` buckets, so memory is
/// bounded whatever the corpus. Smoothing (Lidstone `alpha`) runs over the buckets seen in training, not over
/// the whole hashed space: smoothing over every bucket would drown the evidence of the seen ones.
///
/// ```swift
/// var model = NaiveBayesModel()
/// model.learn(features: extractor.features(of: ad), isScam: true)
/// let logOdds = model.logOdds(features: someFeatures)
/// ```
public struct NaiveBayesModel: Sendable {
    /// Number of hash buckets is `2^bucketBits` (8…24).
    public let bucketBits: Int
    /// Lidstone smoothing constant.
    public var alpha: Double
    /// Counts per bucket, only for buckets seen in training.
    public private(set) var counts: [UInt32: FeatureCounts] = [:]
    /// Documents learned per class.
    public private(set) var scamDocuments: UInt64 = 0
    public private(set) var legitDocuments: UInt64 = 0
    /// Feature occurrences learned per class (after binarization).
    public private(set) var scamFeatures: UInt64 = 0
    public private(set) var legitFeatures: UInt64 = 0

    public init(bucketBits: Int = 20, alpha: Double = 0.5) {
        self.bucketBits = max(8, min(24, bucketBits))
        self.alpha = alpha
    }

    var mask: UInt64 { (1 << UInt64(bucketBits)) - 1 }

    /// The distinct buckets of a feature list, sorted (binarization).
    func buckets(_ features: [UInt64]) -> [UInt32] {
        var b = features.map { UInt32(truncatingIfNeeded: $0 & mask) }
        b.sort()
        var out: [UInt32] = []
        out.reserveCapacity(b.count)
        for x in b where out.last != x { out.append(x) }
        return out
    }

    /// Adds one document.
    public mutating func learn(features: [UInt64], isScam: Bool) {
        let bs = buckets(features)
        for b in bs {
            var c = counts[b] ?? FeatureCounts(scam: 0, legit: 0)
            if isScam { c.scam &+= 1 } else { c.legit &+= 1 }
            counts[b] = c
        }
        if isScam {
            scamDocuments += 1
            scamFeatures += UInt64(bs.count)
        } else {
            legitDocuments += 1
            legitFeatures += UInt64(bs.count)
        }
    }

    /// Removes a document learned before (the exact inverse of `learn`).
    public mutating func unlearn(features: [UInt64], isScam: Bool) {
        let bs = buckets(features)
        for b in bs {
            guard var c = counts[b] else { continue }
            if isScam { c.scam = c.scam > 0 ? c.scam - 1 : 0 } else { c.legit = c.legit > 0 ? c.legit - 1 : 0 }
            counts[b] = c.scam == 0 && c.legit == 0 ? nil : c
        }
        if isScam {
            scamDocuments = scamDocuments > 0 ? scamDocuments - 1 : 0
            scamFeatures = scamFeatures >= UInt64(bs.count) ? scamFeatures - UInt64(bs.count) : 0
        } else {
            legitDocuments = legitDocuments > 0 ? legitDocuments - 1 : 0
            legitFeatures = legitFeatures >= UInt64(bs.count) ? legitFeatures - UInt64(bs.count) : 0
        }
    }

    /// Adds another model's counts (same bucket size required).
    public mutating func merge(_ other: NaiveBayesModel) throws {
        guard other.bucketBits == bucketBits else {
            throw ModelError.incompatible("bucket bits \(other.bucketBits) ≠ \(bucketBits)")
        }
        for (b, c) in other.counts.sorted(by: { $0.key < $1.key }) {
            var mine = counts[b] ?? FeatureCounts(scam: 0, legit: 0)
            mine.scam &+= c.scam
            mine.legit &+= c.legit
            counts[b] = mine
        }
        scamDocuments += other.scamDocuments
        legitDocuments += other.legitDocuments
        scamFeatures += other.scamFeatures
        legitFeatures += other.legitFeatures
    }

    /// Drops buckets seen in fewer than `minimum` documents (rare features generalize poorly and bloat files).
    public mutating func prune(minimumDocuments minimum: UInt32) {
        counts = counts.filter { $0.value.scam + $0.value.legit >= minimum }
    }

    /// Restores counts read from a model file.
    init(
        bucketBits: Int, alpha: Double, counts: [UInt32: FeatureCounts], scamDocuments: UInt64, legitDocuments: UInt64,
        scamFeatures: UInt64, legitFeatures: UInt64
    ) {
        self.bucketBits = bucketBits
        self.alpha = alpha
        self.counts = counts
        self.scamDocuments = scamDocuments
        self.legitDocuments = legitDocuments
        self.scamFeatures = scamFeatures
        self.legitFeatures = legitFeatures
    }

    /// Log of the training prior odds of scam.
    public var priorLogOdds: Double {
        log((Double(scamDocuments) + 1) / (Double(legitDocuments) + 1))
    }

    /// The scoring table: per seen bucket, log P(f | scam) − log P(f | legit).
    public func weights() -> ScoringTable {
        let v = Double(counts.count)
        let scamDenominator = log(Double(scamFeatures) + alpha * v)
        let legitDenominator = log(Double(legitFeatures) + alpha * v)
        var weights: [(bucket: UInt32, weight: Float)] = []
        weights.reserveCapacity(counts.count)
        for (b, c) in counts {
            let w = (log(Double(c.scam) + alpha) - scamDenominator) - (log(Double(c.legit) + alpha) - legitDenominator)
            weights.append((b, Float(w)))
        }
        return ScoringTable(bucketBits: bucketBits, weights: weights, priorLogOdds: priorLogOdds)
    }
}

/// The table a classifier scores with: one log-likelihood ratio per bucket seen in training (0 for the others).
///
/// Only the buckets seen in training are stored, in an open-addressing table of (bucket, weight) pairs at
/// most half full: the default model's 34,000 weights take 1 MB instead of the 4 MB of a dense table over
/// all 2^20 buckets, and a lookup is one or two probes into memory that fits the caches better.
public struct ScoringTable: Sendable {
    public let bucketBits: Int
    public let priorLogOdds: Double
    /// A stored bucket plus one (0 marks an empty slot), and its weight.
    struct Slot: Sendable {
        var key: UInt32
        var weight: Float
    }
    private let slots: [Slot]
    private let slotMask: Int

    /// A table of `weights`, one per bucket (each bucket at most once).
    init(bucketBits: Int, weights: [(bucket: UInt32, weight: Float)], priorLogOdds: Double) {
        self.bucketBits = bucketBits
        self.priorLogOdds = priorLogOdds
        var size = 16
        while size < weights.count * 2 { size <<= 1 }
        var slots = [Slot](repeating: Slot(key: 0, weight: 0), count: size)
        let mask = size - 1
        for (bucket, weight) in weights {
            var i = Int(bucket) & mask
            while slots[i].key != 0 && slots[i].key != bucket &+ 1 { i = (i + 1) & mask }
            slots[i] = Slot(key: bucket &+ 1, weight: weight)
        }
        self.slots = slots
        self.slotMask = mask
    }

    /// The weight of one bucket (0 when training never saw it).
    @inline(__always)
    func weight(bucket: UInt32) -> Float {
        let key = bucket &+ 1
        var i = Int(bucket) & slotMask
        while true {
            let slot = slots[i]
            if slot.key == key { return slot.weight }
            if slot.key == 0 { return 0 }
            i = (i + 1) & slotMask
        }
    }

    /// Naive-Bayes log-odds of scam for a document's features (binarized), without the prior.
    ///
    /// Each bucket counts once (the first time it occurs); buckets are de-duplicated with an open-addressing
    /// set in `scratch`, so the cost is linear in the number of features, and the sum runs in order of first
    /// occurrence, so the result is bit-identical on every run, thread and platform.
    public func evidence(_ features: [UInt64], scratch: inout [UInt32]) -> Double {
        var sum = 0.0
        forEachFirstOccurrence(features, scratch: &scratch) { _, w in sum += Double(w) }
        return sum
    }

    /// Calls `body` with the index and weight of each feature whose bucket occurs for the first time, in
    /// order: the one pass that both the evidence and the clues need.
    @inline(__always)
    func forEachFirstOccurrence(_ features: [UInt64], scratch: inout [UInt32], _ body: (Int, Float) -> Void) {
        let mask = (UInt64(1) << UInt64(bucketBits)) - 1
        var size = 16
        while size < features.count * 2 { size <<= 1 }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: repeatElement(UInt32.max, count: size))
        let slots = size - 1
        for (index, f) in features.enumerated() {
            let b = UInt32(truncatingIfNeeded: f & mask)
            var i = Int(truncatingIfNeeded: (UInt64(b) &* 0x9e37_79b9_7f4a_7c15) >> 40) & slots
            while true {
                let stored = scratch[i]
                if stored == b { break }
                if stored == UInt32.max {
                    scratch[i] = b
                    body(index, weight(bucket: b))
                    break
                }
                i = (i + 1) & slots
            }
        }
    }

    /// The weight of one feature.
    func weight(_ feature: UInt64) -> Double {
        Double(weight(bucket: UInt32(truncatingIfNeeded: feature & ((UInt64(1) << UInt64(bucketBits)) - 1))))
    }
}

/// Why a model file or a compiled rule program (``RuleProgramFile``) could not be used.
public enum ModelError: Error, Sendable, Equatable, CustomStringConvertible {
    case truncated(String)
    case badMagic
    case unsupportedVersion(Int)
    case corrupt(String)
    case checksumMismatch
    case incompatible(String)

    public var description: String {
        switch self {
        case .truncated(let what): "file is truncated (\(what))"
        case .badMagic: "not a ScamSignals model or compiled rule file (bad magic)"
        case .unsupportedVersion(let v): "file format version \(v) is not supported"
        case .corrupt(let what): "file is corrupt: \(what)"
        case .checksumMismatch: "file checksum does not match (corrupted or edited)"
        case .incompatible(let what): "models are incompatible: \(what)"
        }
    }
}
