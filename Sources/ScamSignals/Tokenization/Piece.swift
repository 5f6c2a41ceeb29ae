// Pieces: the first cut of normalized characters into runs, before tokens are recognised.

/// What a piece is.
enum PieceKind: UInt8, Sendable {
    /// Letters (with apostrophes, and `@`/`$` standing for letters).
    case word
    /// Digits, possibly with `.` and `,` between them.
    case number
    /// Letters and digits mixed (`15jt`, `g4ji`, `1k5`, `covid19`).
    case alnum
    /// One punctuation or symbol character.
    case punct
    case emoji
    case url
    case email
    /// An `@handle`.
    case handle
    /// A messenger link (`wa.me/…`, `t.me/…`, `zalo.me/…`).
    case messengerLink
}

/// A run of normalized characters.
///
/// Stored with 32-bit character indices in this order so that a piece takes 32 bytes (one per word, and one
/// per emoji or punctuation mark): `Tokenizer.maximumInputBytes` keeps indices within 32 bits.
struct Piece: Sendable {
    var kind: PieceKind
    /// Whitespace before it: 0 none, 1 one space, 2 several spaces or a tab, 3 a line break.
    var spaceBefore: UInt8
    /// For messenger links: the app.
    var app: MessengerApp
    /// For punctuation: the folded scalar; for words: 0.
    var scalar: UInt32
    /// Number of letters (words and alnum pieces).
    var letters: Int32
    private var start: Int32
    private var end: Int32
    /// Hash of the folded form of word pieces (letters only), for vocabulary look-ups.
    var key: UInt64

    /// Range in the normalized character array.
    var chars: Range<Int> { Int(start)..<Int(end) }

    init(
        kind: PieceKind, chars: Range<Int>, spaceBefore: UInt8, scalar: UInt32, key: UInt64, letters: Int32,
        app: MessengerApp = .unknown
    ) {
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.app = app
        self.scalar = scalar
        self.letters = letters
        self.start = Int32(chars.lowerBound)
        self.end = Int32(chars.upperBound)
        self.key = key
    }
}
