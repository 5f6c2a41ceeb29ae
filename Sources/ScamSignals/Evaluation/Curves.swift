// ROC and precision–recall curves of scored ads, and their areas (the AUCs that Metrics reports).

/// The confusion counts when every ad scoring at least `threshold` is called scam, one per distinct score.
///
/// Tied scores form one point: an ad cannot be called scam while another with the same score is not.
struct OperatingPoint: Sendable, Hashable {
    /// The lowest probability called scam; `+infinity` for the first point, where nothing is.
    var threshold: Double
    /// Scam ads called scam.
    var truePositives: Int
    /// Legit ads called scam.
    var falsePositives: Int

    /// The operating points of `scores` from the strictest threshold to the most lenient: the first point
    /// calls no ad scam, the last calls every ad scam.
    ///
    /// - Complexity: O(*n* log *n*) for *n* scores.
    static func all(_ scores: [(probability: Double, isScam: Bool)]) -> [OperatingPoint] {
        let sorted = scores.sorted { $0.probability > $1.probability }
        var points = [OperatingPoint(threshold: .infinity, truePositives: 0, falsePositives: 0)]
        var tp = 0
        var fp = 0
        var i = 0
        while i < sorted.count {
            let threshold = sorted[i].probability
            while i < sorted.count && sorted[i].probability == threshold {
                if sorted[i].isScam { tp += 1 } else { fp += 1 }
                i += 1
            }
            points.append(OperatingPoint(threshold: threshold, truePositives: tp, falsePositives: fp))
        }
        return points
    }
}

/// The receiver operating characteristic: the share of scams caught against the share of legit ads flagged,
/// over every threshold.
///
/// ```swift
/// let roc = ROCCurve(scores: report.predictions.map { ($0.probability, $0.isScam) })
/// roc.area                                   // the ROC AUC that report.overall.rocAuc holds
/// roc.points.map { ($0.falsePositiveRate, $0.truePositiveRate) }
/// ```
public struct ROCCurve: Sendable, Hashable {
    /// One point of the curve.
    public struct Point: Sendable, Hashable {
        /// The lowest probability called scam (`+infinity` at the start, where nothing is).
        public var threshold: Double
        /// Legit ads called scam ÷ legit ads.
        public var falsePositiveRate: Double
        /// Scam ads called scam ÷ scam ads.
        public var truePositiveRate: Double
    }

    /// From (0, 0) to (1, 1), one point per distinct score; empty when either class is missing.
    public var points: [Point]
    /// The area under the curve, by the trapezoidal rule: the probability that a random scam ad scores above a
    /// random legit ad, ties counting half. 0 when either class is missing.
    public var area: Double

    /// The curve of `(probability, isScam)` pairs.
    ///
    /// - Complexity: O(*n* log *n*).
    public init(scores: [(probability: Double, isScam: Bool)]) {
        let operating = OperatingPoint.all(scores)
        let positives = operating.last?.truePositives ?? 0
        let negatives = operating.last?.falsePositives ?? 0
        guard positives > 0, negatives > 0 else {
            points = []
            area = 0
            return
        }
        points = operating.map {
            Point(
                threshold: $0.threshold, falsePositiveRate: Double($0.falsePositives) / Double(negatives),
                truePositiveRate: Double($0.truePositives) / Double(positives))
        }
        // Twice the area in units of one positive × one negative is a whole number (the trapezoids have
        // integer sides), so it is summed exactly and divided once: the result is the rank-sum (Mann–Whitney)
        // statistic ÷ (positives × negatives), correctly rounded.
        var twiceArea = 0
        for (a, b) in zip(operating, operating.dropFirst()) {
            twiceArea += (b.falsePositives - a.falsePositives) * (b.truePositives + a.truePositives)
        }
        area = Double(twiceArea) / (2 * Double(positives) * Double(negatives))
    }
}

/// Precision against recall of the scam class over every threshold, with its area as average precision.
///
/// ```swift
/// let pr = PrecisionRecallCurve(scores: report.predictions.map { ($0.probability, $0.isScam) })
/// pr.averagePrecision                        // the PR AUC that report.overall.prAuc holds
/// ```
public struct PrecisionRecallCurve: Sendable, Hashable {
    /// One point of the curve.
    public struct Point: Sendable, Hashable {
        /// The lowest probability called scam (`+infinity` at the start, where nothing is).
        public var threshold: Double
        /// Scam ads called scam ÷ scam ads.
        public var recall: Double
        /// Scam ads called scam ÷ ads called scam; 1 at the start, where nothing is called scam.
        public var precision: Double
    }

    /// From recall 0 (precision 1) to recall 1, one point per distinct score; empty without scam ads.
    public var points: [Point]
    /// Σ (recallₖ − recallₖ₋₁) · precisionₖ: the area under the curve drawn as steps, which never interpolates
    /// precision optimistically between points. 0 without scam ads.
    public var averagePrecision: Double

    /// The curve of `(probability, isScam)` pairs.
    ///
    /// - Complexity: O(*n* log *n*).
    public init(scores: [(probability: Double, isScam: Bool)]) {
        let operating = OperatingPoint.all(scores)
        let positives = operating.last?.truePositives ?? 0
        guard positives > 0 else {
            points = []
            averagePrecision = 0
            return
        }
        points = operating.map {
            let called = $0.truePositives + $0.falsePositives
            return Point(
                threshold: $0.threshold, recall: Double($0.truePositives) / Double(positives),
                precision: called == 0 ? 1 : Double($0.truePositives) / Double(called))
        }
        var ap = 0.0
        for (a, b) in zip(operating, operating.dropFirst()) {
            ap +=
                Double(b.truePositives - a.truePositives) / Double(positives)
                * (Double(b.truePositives) / Double(b.truePositives + b.falsePositives))
        }
        averagePrecision = ap
    }
}
