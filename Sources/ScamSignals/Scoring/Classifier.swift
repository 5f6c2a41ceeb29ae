// The entry point for apps: one call from ad text to an explained assessment.

#if canImport(FoundationEssentials)
import FoundationEssentials
#elseif canImport(Foundation)
import Foundation
#endif

/// Assesses job ads: naive Bayes and the warning-sign rules, combined into one explained probability.
///
/// ```swift
/// import ScamSignals
///
/// let classifier = Classifier.default            // the embedded model, no configuration
/// let assessment = classifier.assess(adText)
/// if assessment.verdict != .legit {
///     for signal in assessment.signals { print(signal.title, signal.evidence.map(\.text)) }
/// }
/// ```
/// A `Classifier` is an immutable `Sendable` value: build it once and share it across threads and tasks.
public struct Classifier: Sendable {
    /// Inputs longer than this are assessed on their first `maximumInputBytes` bytes (cut at a character
    /// boundary) and the assessment says `truncated`.
    public static let maximumInputBytes = 1 << 20

    public let model: ScamModel
    public let rules: RuleSet
    public let thresholds: VerdictThresholds
    /// Prior probability of a scam used for the probability (`nil`: the training corpus's own rate).
    public let priorScamRate: Double?
    let table: ScoringTable
    let tokenizer = Tokenizer()
    let extractor = FeatureExtractor()

    /// A classifier from a model and rules. Thresholds and prior default to the rule packs' settings.
    public init(
        model: ScamModel, rules: RuleSet = .builtin, thresholds: VerdictThresholds? = nil, priorScamRate: Double? = nil
    ) {
        self.model = model
        self.rules = rules
        self.table = model.naiveBayes.weights()
        self.thresholds =
            thresholds ?? rules.thresholds.map { VerdictThresholds(suspicious: $0.suspicious, scam: $0.scam) }
            ?? .standard
        self.priorScamRate = priorScamRate ?? rules.priorScamRate
    }

    /// A classifier from a model file written by `scamsignals train`.
    public init(modelFile path: String, rules: RuleSet = .builtin) throws {
        self.init(model: try ModelFile.read(path: path), rules: rules)
    }

    /// The embedded default model with the built-in rules.
    public static let `default`: Classifier = Classifier(model: DefaultModel.model)

    /// Assesses an ad. Explanations are in `explanationLanguage`, or the ad's own language.
    public func assess(_ text: String, explanationLanguage: Language? = nil) -> Assessment {
        assess(bytes: Array(text.utf8), explanationLanguage: explanationLanguage)
    }

    /// Assesses raw bytes (invalid UTF-8 is read as U+FFFD; offsets stay byte offsets into `bytes`).
    ///
    /// A text without a single word, number or link (empty, whitespace, emoji only) has nothing to judge: it gets
    /// probability 0 and verdict `legit`.
    public func assess(bytes: [UInt8], explanationLanguage: Language? = nil) -> Assessment {
        var workspace = AssessmentWorkspace()
        return assess(bytes: bytes, explanationLanguage: explanationLanguage, workspace: &workspace)
    }

    /// Assesses raw bytes reusing the buffers of `workspace`: the same result as
    /// ``assess(bytes:explanationLanguage:)``, without allocating the working buffers again for every ad.
    /// Keep one workspace per thread for a stream of ads (see ``AssessmentWorkspace``).
    public func assess(
        bytes: [UInt8], explanationLanguage: Language? = nil, workspace: inout AssessmentWorkspace
    ) -> Assessment {
        let cut = bytes.prefixAtCharacterBoundary(Self.maximumInputBytes)
        let input = cut ?? bytes
        let truncated = cut != nil
        let text = tokenizer.tokenize(bytes: input, workspace: &workspace)
        // Nothing to judge (empty, whitespace, emoji only): documented fallback, probability 0, verdict legit.
        guard text.hasContent else {
            let language = text.language.language
            workspace.recycle(text)
            return Assessment(
                probability: 0, verdict: .legit, language: language, languageConfidence: 0,
                signals: [], clues: [], naiveBayesLogOdds: 0, ruleLogOdds: 0, truncated: truncated)
        }
        var features = AssessmentWorkspace.take(&workspace.features)
        var sources = AssessmentWorkspace.take(&workspace.sources)
        var scratch = AssessmentWorkspace.take(&workspace.scratch)
        defer {
            workspace.features = features
            workspace.sources = sources
            workspace.scratch = scratch
        }
        extractor.extract(text, into: &features, sources: &sources)
        var evidence = 0.0
        var strongest = StrongestFeatures(limit: 8)
        table.forEachFirstOccurrence(features, scratch: &scratch) { index, weight in
            evidence += Double(weight)
            strongest.offer(Double(weight), index)
        }
        let signals = rules.evaluate(text, explanationLanguage: explanationLanguage)
        let ruleSum = signals.reduce(0) { $0 + $1.weight }
        let nbLogOdds = table.priorLogOdds + evidence
        var z = model.combination.logOdds(naiveBayes: nbLogOdds, rules: ruleSum)
        if let prior = priorScamRate {
            // Swap the training prior's log-odds, log((scam + 1) / (legit + 1)), for the platform's. Computed in
            // Double by NaiveBayesModel: a model file may declare document counts whose UInt64 sum overflows.
            z += log(prior / (1 - prior)) - model.naiveBayes.priorLogOdds
        }
        let probability = DeterministicMath.logistic(z)
        let assessment = Assessment(
            probability: probability, verdict: thresholds.verdict(for: probability, signals: signals.count),
            language: text.language.language, languageConfidence: text.language.confidence,
            signals: signals, clues: clues(text, strongest.ranked, sources), naiveBayesLogOdds: nbLogOdds,
            ruleLogOdds: ruleSum, truncated: truncated)
        workspace.recycle(text)
        return assessment
    }

    /// The naive-Bayes log-odds of tokenized text (evidence plus the training prior), without the rules.
    ///
    /// A stage of ``assess(_:explanationLanguage:)``, public so benchmarks and researchers can time and
    /// study it alone.
    public func naiveBayesLogOdds(of text: TokenizedText) -> Double {
        var features: [UInt64] = []
        var sources: [Int32] = []
        extractor.extract(text, into: &features, sources: &sources)
        var scratch: [UInt32] = []
        return table.priorLogOdds + table.evidence(features, scratch: &scratch)
    }

    /// The strongest features, each named by the words it came from.
    func clues(_ text: TokenizedText, _ ranked: [(weight: Double, index: Int)], _ sources: [Int32]) -> [Clue] {
        ranked.map { w, i in
            let t = text.tokens[Int(sources[i])]
            let name = t.kind == .word || t.kind == .emoji ? text.normalized(of: t) : "<\(t.kind.rawValue)>"
            return Clue(feature: name, weight: w, start: t.range.lowerBound, end: t.range.upperBound)
        }
    }
}

/// A running list of the `limit` features of largest absolute weight (ties: the earlier feature first).
struct StrongestFeatures {
    let limit: Int
    private(set) var ranked: [(weight: Double, index: Int)] = []

    init(limit: Int) { self.limit = limit }

    private static func stronger(_ a: (weight: Double, index: Int), _ b: (weight: Double, index: Int)) -> Bool {
        abs(a.weight) > abs(b.weight) || (abs(a.weight) == abs(b.weight) && a.index < b.index)
    }

    /// Considers one feature; zero weights are never clues.
    mutating func offer(_ weight: Double, _ index: Int) {
        guard weight != 0 else { return }
        let candidate = (weight: weight, index: index)
        if ranked.count == limit, let last = ranked.last, !Self.stronger(candidate, last) { return }
        let at = ranked.firstIndex { Self.stronger(candidate, $0) } ?? ranked.count
        ranked.insert(candidate, at: at)
        if ranked.count > limit { ranked.removeLast() }
    }
}
