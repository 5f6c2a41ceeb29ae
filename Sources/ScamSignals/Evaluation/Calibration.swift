// Calibration of the probability: predicted against observed scam rate in equal-width bins, and the Brier score.

/// How far the probabilities can be taken at their word: among the ads given about 30 %, are about 30 % scams?
///
/// The probability range is cut into equal-width bins; each bin holds the ads whose probability falls in it,
/// their mean probability and the share of them that are scams. A well-calibrated model has the two close in
/// every bin (the points of a reliability diagram lie on its diagonal).
///
/// ```swift
/// let calibration = Calibration(scores: report.predictions.map { ($0.probability, $0.isScam) })
/// for bin in calibration.bins where bin.count > 0 {
///     print(bin.lower, bin.upper, bin.count, bin.meanProbability, bin.observedScamRate)
/// }
/// ```
public struct Calibration: Sendable, Hashable {
    /// The ads whose probability falls in `lower..<upper` (the last bin includes 1).
    public struct Bin: Sendable, Hashable {
        public var lower: Double
        public var upper: Double
        /// Ads in the bin.
        public var count: Int
        /// Scam ads in the bin.
        public var scamCount: Int
        /// Mean probability of the bin's ads; the bin's middle when it is empty.
        public var meanProbability: Double
        /// Scam ads ÷ ads, `nil` when the bin is empty.
        public var observedScamRate: Double? { count == 0 ? nil : Double(scamCount) / Double(count) }
    }

    /// The bins from 0 to 1, in order; their counts add up to the number of scores.
    public var bins: [Bin]
    /// Mean squared difference between probability and outcome (0 is perfect; always guessing 0.5 gives 0.25).
    public var brierScore: Double
    /// Σ over bins of (ads in bin ÷ ads) · |mean probability − observed scam rate|.
    public var expectedCalibrationError: Double

    /// Bins `scores` into `binCount` equal-width bins (at least 1).
    ///
    /// - Complexity: O(*n*) for *n* scores.
    public init(scores: [(probability: Double, isScam: Bool)], binCount: Int = 10) {
        let k = max(1, binCount)
        var count = [Int](repeating: 0, count: k)
        var scam = [Int](repeating: 0, count: k)
        var sum = [Double](repeating: 0, count: k)
        var squares = 0.0
        for s in scores {
            let p = min(1, max(0, s.probability.isNaN ? 0 : s.probability))
            let b = min(k - 1, Int(p * Double(k)))
            count[b] += 1
            sum[b] += p
            if s.isScam { scam[b] += 1 }
            let miss = p - (s.isScam ? 1 : 0)
            squares += miss * miss
        }
        bins = (0..<k).map { b -> Bin in
            let lower = Double(b) / Double(k)
            let upper = Double(b + 1) / Double(k)
            let mean = count[b] == 0 ? (lower + upper) / 2 : sum[b] / Double(count[b])
            return Bin(lower: lower, upper: upper, count: count[b], scamCount: scam[b], meanProbability: mean)
        }
        brierScore = scores.isEmpty ? 0 : squares / Double(scores.count)
        var error = 0.0
        for bin in bins where bin.count > 0 {
            error += Double(bin.count) / Double(scores.count) * abs(bin.meanProbability - bin.observedScamRate!)
        }
        expectedCalibrationError = error
    }
}
