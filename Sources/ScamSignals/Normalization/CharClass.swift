// The classes of normalized characters that tokenization distinguishes.

/// What a character is, after normalization, for the purpose of cutting text into tokens.
enum CharClass: UInt8, Sendable {
    /// A letter of any script (folded to lowercase where the fold table knows it).
    case letter
    /// A decimal digit, folded to ASCII `0`–`9`.
    case digit
    /// A combining mark that could not be composed with the letter before it: dropped.
    case mark
    /// Zero-width and formatting characters, soft hyphen, BOM, bidi controls: removed without a break.
    case invisible
    /// Spaces and tabs.
    case space
    /// Line and paragraph breaks: they also end a clause.
    case newline
    /// ASCII punctuation (after folding of dashes, quotes and bullets).
    case punct
    /// Currency and other symbols.
    case symbol
    /// Emoji and pictographs (including regional indicators and emoji modifiers).
    case emoji
    /// Anything else (private-use, unassigned, control characters): a separator.
    case other
}
