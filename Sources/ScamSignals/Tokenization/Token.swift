// One token: its kind, where it came from in the original text, and its normalized keys.

/// A token of an ad, pointing at the exact bytes of the original text it came from.
///
/// A token's normalized forms live in the ``TokenizedText`` that holds it:
/// ```swift
/// let text = Tokenizer().tokenize("Gaji Rp15jt/bulan, hub W A")
/// for token in text.tokens {
///     print(token.kind, text.source(of: token), text.normalized(of: token))
/// }
/// ```
public struct Token: Sendable, Hashable {
    // Stored in this order and with 32-bit offsets so that a token takes 48 bytes, not 64: tokens are the
    // largest per-text buffer, read again by every later stage.
    /// What the token is.
    public var kind: TokenKind
    /// Tricks and positions noticed while reading the token.
    public var flags: TokenFlags
    /// For money: index into ``TokenizedText/amounts``; for messenger contacts: the app; else -1.
    var payload: Int32
    var start: Int32
    var end: Int32
    /// Where the accent-preserving normalized form is stored in ``TokenizedText``.
    var foldedRange: Range<Int32>
    /// Where the diacritic-free form is stored in ``TokenizedText``.
    var plainRange: Range<Int32>
    /// Hash of the normalized form (after slang expansion): what rules and features match.
    var key: UInt64
    /// Hash of the diacritic-free normalized form.
    var plainKey: UInt64

    /// UTF-8 byte offsets into the original input (the `String`'s UTF-8 view, or the raw bytes).
    public var range: Range<Int> {
        get { Int(start)..<Int(end) }
        set {
            start = Int32(newValue.lowerBound)
            end = Int32(newValue.upperBound)
        }
    }

    /// A token; offsets fit in 32 bits because ``Tokenizer/maximumInputBytes`` is 1 GiB.
    init(
        kind: TokenKind, range: Range<Int>, foldedRange: Range<Int32>, plainRange: Range<Int32>, key: UInt64,
        plainKey: UInt64, flags: TokenFlags, payload: Int32
    ) {
        self.kind = kind
        self.flags = flags
        self.payload = payload
        self.start = Int32(range.lowerBound)
        self.end = Int32(range.upperBound)
        self.foldedRange = foldedRange
        self.plainRange = plainRange
        self.key = key
        self.plainKey = plainKey
    }
}

/// What the tokenizer noticed about a token.
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The token starts a new clause (after `. ! ? ;`, a line break or a bullet).
    public static let startsClause = TokenFlags(rawValue: 1 << 0)
    /// The normalized form carries diacritics (so matching uses the accented form).
    public static let hasDiacritics = TokenFlags(rawValue: 1 << 1)
    /// The word was written letter-spaced (`g a j i`, `T.e.l.e.g.r.a.m`) and rejoined.
    public static let letterSpaced = TokenFlags(rawValue: 1 << 2)
    /// Digits standing for letters were undone (`g4ji` → `gaji`).
    public static let digitSwapped = TokenFlags(rawValue: 1 << 3)
    /// An invisible character (zero-width space, joiner, soft hyphen, bidi control) stood inside or before it.
    public static let invisibleInside = TokenFlags(rawValue: 1 << 4)
    /// Styled or look-alike letters were folded (fullwidth, mathematical bold, Cyrillic `а`).
    public static let styledLetters = TokenFlags(rawValue: 1 << 5)
    /// A chat abbreviation or slang word was expanded (`yg` → `yang`, `ko` → `không`).
    public static let expanded = TokenFlags(rawValue: 1 << 6)
    /// A run of a repeated letter was squeezed (`gajiii` → `gaji`).
    public static let squeezed = TokenFlags(rawValue: 1 << 7)
    /// An e-mail address at a free mail provider (gmail, yahoo, hotmail, outlook…).
    public static let freeMail = TokenFlags(rawValue: 1 << 8)
    /// A link shortener (bit.ly, s.id, tinyurl…).
    public static let shortLink = TokenFlags(rawValue: 1 << 9)
    /// A contraction that was split (`don't` → `do` `not`): the tokens share one range.
    public static let contraction = TokenFlags(rawValue: 1 << 10)
    /// A comma (or a colon, dash or bracket) stood right before the token: it ends a negation's reach.
    public static let afterComma = TokenFlags(rawValue: 1 << 11)
    /// Obfuscation of any kind (letter spacing, digit swaps, invisible characters, styled letters).
    public static let obfuscated: TokenFlags = [.letterSpaced, .digitSwapped, .invisibleInside, .styledLetters]
}
