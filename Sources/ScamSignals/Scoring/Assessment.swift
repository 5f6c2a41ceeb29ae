// The result of assessing one ad: probability, verdict, language, signals and clues.

/// A feature that pushed the naive-Bayes score, with the words it came from.
public struct Clue: Codable, Sendable, Hashable {
    /// The words (normalized) the feature stands for: one word, a pair, or a token kind like `<phone>`.
    public var feature: String
    /// Contribution to the naive-Bayes log-odds (positive: towards scam).
    public var weight: Double
    /// Where in the input it came from (UTF-8 byte offsets).
    public var start: Int
    public var end: Int
}

/// ScamSignals' assessment of an ad.
///
/// ```swift
/// let a = Classifier.default.assess("Tuyển CSKH đi Campuchia, lương 1500$, bao vé máy bay, ib Telegram")
/// a.verdict        // .scam
/// a.probability    // 0.99…
/// a.signals.map(\.id)  // ["travel-paid-upfront", "high-risk-destination", …]
/// ```
public struct Assessment: Codable, Sendable, Hashable {
    /// Probability that the ad is a scam, 0…1 (calibrated on the training corpus, shifted by the prior).
    public var probability: Double
    public var verdict: Verdict
    /// `id`, `vi`, `en`, `mixed` or `unknown`.
    public var language: Language
    public var languageConfidence: Double
    /// Warning signs, strongest first.
    public var signals: [Signal]
    /// The naive-Bayes features that weighed most, strongest first (positive towards scam).
    public var clues: [Clue]
    /// Naive-Bayes log-odds (evidence plus training prior).
    public var naiveBayesLogOdds: Double
    /// Sum of the fired signals' weights.
    public var ruleLogOdds: Double
    /// Whether the input exceeded ``Classifier/maximumInputBytes`` and only its beginning was assessed.
    public var truncated: Bool

    enum CodingKeys: String, CodingKey {
        case probability, verdict, language, signals, clues, truncated
        case languageConfidence = "language_confidence"
        case naiveBayesLogOdds = "naive_bayes_log_odds"
        case ruleLogOdds = "rule_log_odds"
    }
}
