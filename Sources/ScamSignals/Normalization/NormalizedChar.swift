// One character of normalized text, with the range of original bytes it came from.

/// A character after decoding and folding, pointing back at the original UTF-8 bytes.
///
/// Invisible characters leave no `NormalizedChar`; combining marks are composed into the letter before
/// them (or dropped) and widen that letter's source range, so spans always cover what the reader saw.
struct NormalizedChar: Sendable {
    /// First byte of the original text this character came from.
    var sourceStart: Int32
    /// One past the last byte of the original text this character came from.
    var sourceEnd: Int32
    /// The folded code point (for multi-code-point folds, the first one).
    var scalar: UInt32
    /// Index of the fold-table entry that gives the folded and plain bytes, or -1 for identity.
    var entry: Int32
    /// What kind of character this is.
    var charClass: CharClass
    /// Whether an invisible character stood right before it (a filter-dodging trick worth knowing).
    var afterInvisible: Bool
}
