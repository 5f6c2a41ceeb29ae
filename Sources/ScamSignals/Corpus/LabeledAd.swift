// A labelled ad of a training or evaluation corpus.

/// One ad with its label, as read from a corpus file.
public struct LabeledAd: Sendable, Hashable, Codable {
    public var id: String?
    public var text: String
    public var isScam: Bool
    /// Language given by the corpus (`id`, `vi`, `en`), if any.
    public var language: String?
    /// Warning-sign ids a careful reader points at, if the corpus gives them.
    public var signals: [String]?
    /// `train` or `test` when the corpus fixes a split.
    public var split: String?
    /// Where it was read from: `file:line`.
    public var origin: String?

    public init(
        id: String? = nil, text: String, isScam: Bool, language: String? = nil, signals: [String]? = nil,
        split: String? = nil, origin: String? = nil
    ) {
        self.id = id
        self.text = text
        self.isScam = isScam
        self.language = language
        self.signals = signals
        self.split = split
        self.origin = origin
    }
}

/// Why a corpus line or file could not be read.
public enum CorpusError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case malformedLine(path: String, line: Int, reason: String)
    case missingField(path: String, line: Int, field: String)
    case unknownLabel(path: String, line: Int, label: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .malformedLine(let path, let line, let reason): "\(path):\(line): \(reason)"
        case .missingField(let path, let line, let field): "\(path):\(line): missing or non-text field \"\(field)\""
        case .unknownLabel(let path, let line, let label):
            "\(path):\(line): unknown label \"\(label)\" (use scam/legit, 1/0, true/false or --positive)"
        }
    }
}
