// The result of tokenization: the original bytes, the tokens, their normalized forms and parsed values.

/// An ad cut into tokens, with everything later stages read.
///
/// Offsets are UTF-8 byte offsets into the input exactly as given, so `source(of:)` slices the original.
public struct TokenizedText: Sendable {
    /// The original input bytes (possibly invalid UTF-8).
    public let bytes: [UInt8]
    /// The tokens in reading order. Emoji are tokens too; contractions give two tokens with one range.
    public internal(set) var tokens: [Token]
    /// Parsed pay amounts, referenced by money tokens in order of appearance.
    public internal(set) var amounts: [MoneyAmount]
    /// The identified language of the text.
    public internal(set) var language: LanguageGuess
    /// Normalized forms of all tokens, back to back.
    var forms: [UInt8]
    /// How many tokens are words and how many emoji, counted while tokenizing, so that passes over words
    /// only can skip texts without any.
    var wordTokens: Int
    var emojiTokens: Int

    /// Whether the text has anything but emoji: a word, number, amount, link or contact.
    var hasContent: Bool { tokens.count > emojiTokens }

    /// The original text of a token (invalid UTF-8 replaced by U+FFFD).
    public func source(of token: Token) -> String {
        String(decoding: bytes[token.range], as: UTF8.self)
    }

    /// The original text of any byte range of the input.
    public func source(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }

    /// The normalized, accent-preserving form: lowercase, folded, slang expanded (`Lương` → `lương`, `yg` → `yang`).
    public func normalized(of token: Token) -> String {
        String(decoding: forms[Int(token.foldedRange.lowerBound)..<Int(token.foldedRange.upperBound)], as: UTF8.self)
    }

    /// The diacritic-free form (`lương` → `luong`, `đ` → `d`).
    public func plain(of token: Token) -> String {
        String(decoding: forms[Int(token.plainRange.lowerBound)..<Int(token.plainRange.upperBound)], as: UTF8.self)
    }

    /// The parsed amount of a money token.
    public func amount(of token: Token) -> MoneyAmount? {
        token.kind == .money && token.payload >= 0 && Int(token.payload) < amounts.count
            ? amounts[Int(token.payload)] : nil
    }

    /// The application of a messenger token.
    public func messenger(of token: Token) -> MessengerApp? {
        guard token.kind == .messenger else { return nil }
        let all = MessengerApp.allCases
        return token.payload >= 0 && Int(token.payload) < all.count ? all[Int(token.payload)] : .unknown
    }
}

/// The language of a text as the identifier sees it.
public struct LanguageGuess: Sendable, Hashable, Codable {
    /// The language; `.mixed` when two languages each hold a large share, `.unknown` with too little evidence.
    public var language: Language
    /// How sure the identifier is, in 0…1.
    public var confidence: Double
    /// The language with the most evidence, also when the text is `.mixed` (`.unknown` without evidence).
    public var primary: Language

    public init(language: Language, confidence: Double, primary: Language? = nil) {
        self.language = language
        self.confidence = confidence
        self.primary = primary ?? language
    }
}

/// The languages ScamSignals reads.
public enum Language: String, Sendable, Codable, CaseIterable {
    case indonesian = "id"
    case vietnamese = "vi"
    case english = "en"
    case mixed
    case unknown

    /// The three languages with their own lexicons and explanations.
    public static let supported: [Language] = [.indonesian, .vietnamese, .english]
}
