// What the rules report: a warning sign, its category, weight, explanation and evidence.

/// A span of the original text that triggered a sign.
///
/// `start` and `end` are UTF-8 byte offsets into the input exactly as given; `text` is that slice.
public struct Evidence: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// A warning sign found in an ad.
///
/// ```swift
/// for signal in assessment.signals {
///     print(signal.id, signal.category, signal.weight)   // "upfront-fees" "fees" 2.0
///     print(signal.explanation)                          // read-aloud text in the chosen language
///     for e in signal.evidence { print(e.start, e.end, e.text) }
/// }
/// ```
public struct Signal: Codable, Sendable, Hashable {
    /// Stable id of the sign (`upfront-fees`).
    public var id: String
    /// Category (`salary`, `employer`, `travel`, `fees`, `contact`, `urgency`, `requirements`, `destination`,
    /// `documents`, `tasks`, `secrecy`, or one a rule pack declares).
    public var category: String
    /// Log-odds contribution to the combined score.
    public var weight: Double
    /// Short name of the sign, in the explanation language.
    public var title: String
    /// The ThinkB4UClick-style warning sign it belongs to, in the explanation language.
    public var sign: String
    /// Why it is a warning sign and what to do, in the explanation language.
    public var explanation: String
    /// The exact words that triggered it, in order, overlapping spans merged.
    public var evidence: [Evidence]
    /// The rule pack that defined (or last changed) the sign.
    public var pack: String
}

/// A sign as the effective rule set defines it.
public struct SignalDefinition: Sendable, Hashable {
    public var id: String
    public var category: String
    public var weight: Double
    public var negatable: Bool
    public var title: LocalizedText
    public var sign: LocalizedText
    public var explanation: LocalizedText
    /// Name of the structured check the sign runs (`salary`, `free-mail`, `chat-only`), if any.
    public var check: String?
    /// The pack that defined it, and the packs that changed it after.
    public var pack: String
    public var enabled: Bool
}
