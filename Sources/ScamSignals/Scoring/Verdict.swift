// The verdict and its thresholds.

/// What ScamSignals concludes about an ad.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    /// Probability below the suspicious threshold.
    case legit
    /// Between the thresholds: warning signs worth a second look.
    case suspicious
    /// At or above the scam threshold.
    case scam
}

/// Probability thresholds of the verdicts: `legit` < `suspicious` ≤ p < `scam` ≤ p.
///
/// A `scam` verdict also needs at least one warning sign: an ad the naive Bayes finds scam-like but in which
/// no sign can be pointed at is `suspicious`, because a verdict a teacher or a user cannot be shown the reason
/// for is not one ScamSignals gives (the probability itself is unchanged).
public struct VerdictThresholds: Sendable, Hashable, Codable {
    public var suspicious: Double
    public var scam: Double

    /// Defaults: suspicious from 0.4, scam from 0.8.
    public static let standard = VerdictThresholds(suspicious: 0.4, scam: 0.8)

    public init(suspicious: Double, scam: Double) {
        self.suspicious = suspicious
        self.scam = scam
    }

    public func verdict(for probability: Double, signals: Int = 1) -> Verdict {
        if probability >= scam { return signals > 0 ? .scam : .suspicious }
        return probability >= suspicious ? .suspicious : .legit
    }
}
