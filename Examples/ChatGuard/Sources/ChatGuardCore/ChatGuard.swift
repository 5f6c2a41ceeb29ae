// Reviews chat messages with ScamSignals: concurrent assessment, results in input order, warnings as text.

import ScamSignals

/// Flags chat messages that carry the warning signs of a fake job offer.
///
/// ```swift
/// let chatGuard = ChatGuard()
/// await chatGuard.review(["Tuyển CSKH đi Campuchia, lương 1500$, ib Telegram"]) { index, message, assessment in
///     if let warning = ChatGuard.warning(line: index + 1, message: message, assessment: assessment) {
///         print(warning)
///     }
/// }
/// ```
/// `ChatGuard` is `Sendable`: every task of the review shares its one ``Classifier``.
public struct ChatGuard: Sendable {
    /// The classifier every message is assessed with (immutable, so one instance serves all tasks).
    public let classifier: Classifier
    /// Language of the explanations, or `nil` for each message's own language.
    public let explanationLanguage: Language?

    public init(classifier: Classifier = .default, explanationLanguage: Language? = nil) {
        self.classifier = classifier
        self.explanationLanguage = explanationLanguage
    }

    /// Assesses `messages` concurrently and calls `handle` for each one in input order.
    ///
    /// At most `window` messages are read ahead of the oldest one not yet handled, so memory stays bounded
    /// however long the input is and however slow one message is. `messages` is iterated on the caller's
    /// executor (a blocking `readLine()` there does not hold up the tasks doing the assessments).
    ///
    /// - Parameters:
    ///   - messages: the messages, for example the lines of standard input.
    ///   - window: how many messages may be in flight or waiting to be handled at once (at least 1).
    ///   - handle: called with each message's index (from 0), the message and its assessment, in input order.
    public func review(
        _ messages: some Sequence<String>,
        window: Int = 64,
        isolation: isolated (any Actor)? = #isolation,
        handle: (Int, String, Assessment) -> Void
    ) async {
        let window = max(1, window)
        let classifier = classifier
        let language = explanationLanguage
        await withTaskGroup(of: (Int, String, Assessment).self) { group in
            var iterator = messages.makeIterator()
            var started = 0
            var nextToHandle = 0
            var finished: [Int: (String, Assessment)] = [:]
            var exhausted = false
            while true {
                // Fill the window.
                while !exhausted && started - nextToHandle < window {
                    guard let message = iterator.next() else {
                        exhausted = true
                        break
                    }
                    let index = started
                    group.addTask { (index, message, classifier.assess(message, explanationLanguage: language)) }
                    started += 1
                }
                guard let (index, message, assessment) = await group.next() else { break }
                finished[index] = (message, assessment)
                // Hand over every result that is next in input order.
                while let (message, assessment) = finished.removeValue(forKey: nextToHandle) {
                    handle(nextToHandle, message, assessment)
                    nextToHandle += 1
                }
            }
        }
    }

    /// The warning to show for a message, or `nil` when its verdict is ``Verdict/legit``.
    ///
    /// One header line (line number, verdict, probability, the message), then one line per warning sign with
    /// its category and the exact words that triggered it:
    /// ```
    /// line 1: SCAM (p = 1.00): Tuyển CSKH đi Campuchia, lương 1500$, ib Telegram
    ///   ! Nơi đến rủi ro cao [high-risk-destination, destination]: "CSKH", "đi Campuchia"
    /// ```
    public static func warning(line: Int, message: String, assessment: Assessment) -> String? {
        guard assessment.verdict != .legit else { return nil }
        let probability = (assessment.probability * 100).rounded() / 100
        var lines = [
            "line \(line): \(assessment.verdict.rawValue.uppercased()) (p = \(twoDecimals(probability))): \(message)"
        ]
        if assessment.signals.isEmpty {
            // A suspicious verdict can come from the naive Bayes alone, with no sign to point at.
            lines.append("  ? no single warning sign: the wording resembles known scam ads")
        }
        for signal in assessment.signals {
            let evidence = signal.evidence.map { "\"\($0.text)\"" }.joined(separator: ", ")
            lines.append("  ! \(signal.title) [\(signal.id), \(signal.category)]: \(evidence)")
        }
        return lines.joined(separator: "\n")
    }

    /// `0.5` → `"0.50"` without Foundation's formatters.
    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
