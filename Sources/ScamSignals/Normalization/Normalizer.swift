// Decoding of UTF-8 (invalid sequences replaced) and folding of every character, in one pass.

/// Turns raw UTF-8 bytes into folded characters that keep their original byte ranges.
///
/// - Invalid UTF-8 becomes U+FFFD covering exactly the offending bytes: nothing crashes, offsets stay true.
/// - Letters are lowercased and compatibility-folded (`ｇ`, `𝐠`, `Ⓖ` → `g`), Cyrillic and Greek look-alikes
///   become Latin, combining marks compose with the letter before them (`e` + U+0302 + U+0301 → `ế`).
/// - Zero-width characters, soft hyphens, BOM and bidi controls disappear without splitting the word.
///
/// Complexity: O(n) in the number of bytes; no allocation besides the output array.
enum Normalizer {
    static let replacement: UInt32 = 0xFFFD

    /// Appends the normalized characters of `bytes` to `out` (reserve its capacity first: at most one
    /// character per byte).
    static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [NormalizedChar]) {
        let table = FoldTable.shared
        let n = bytes.count
        var i = 0
        var pendingInvisible = false
        var pendingJoiner = false
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                let cls: CharClass
                var scalar = UInt32(b)
                switch b {
                case 0x41...0x5A:
                    cls = .letter
                    scalar |= 0x20
                case 0x61...0x7A: cls = .letter
                case 0x30...0x39: cls = .digit
                case 0x20, 0x09: cls = .space
                case 0x0A, 0x0B, 0x0C, 0x0D: cls = .newline
                case 0x00...0x1F, 0x7F: cls = .other
                default: cls = .punct
                }
                out.append(
                    NormalizedChar(
                        sourceStart: Int32(i), sourceEnd: Int32(i + 1), scalar: scalar, entry: -1,
                        charClass: cls, afterInvisible: pendingInvisible))
                pendingInvisible = false
                pendingJoiner = false
                i += 1
                continue
            }
            let (cp, length) = decode(bytes, at: i)
            let start = i
            i += length
            if let index = table.entryIndex(cp) {
                let fold = table.fold(at: index)
                switch fold.charClass {
                case .invisible:
                    pendingInvisible = true
                    if cp == 0x200D { pendingJoiner = true }
                    extendEmoji(&out, to: i)
                    continue
                case .mark:
                    attachMark(cp, end: i, table: table, to: &out)
                    continue
                default:
                    out.append(
                        NormalizedChar(
                            sourceStart: Int32(start), sourceEnd: Int32(i), scalar: fold.scalar ?? cp,
                            entry: Int32(index), charClass: fold.charClass,
                            afterInvisible: pendingInvisible))
                }
            } else {
                let cls = classify(cp)
                switch cls {
                case .invisible:
                    pendingInvisible = true
                    continue
                case .mark:
                    if cp < 0x0590 || out.last?.charClass != .letter {
                        attachMark(cp, end: i, table: table, to: &out)
                        continue
                    }
                    // Marks of other scripts (Thai vowels, Devanagari signs) belong to their word.
                    out.append(
                        NormalizedChar(
                            sourceStart: Int32(start), sourceEnd: Int32(i), scalar: cp, entry: -1,
                            charClass: .letter, afterInvisible: false))
                case .emoji:
                    let modifier = (0x1F3FB...0x1F3FF).contains(cp)
                    let regional = (0x1F1E6...0x1F1FF).contains(cp)
                    if let last = out.last, last.charClass == .emoji, last.sourceEnd == Int32(start) || pendingJoiner,
                        modifier || pendingJoiner
                            || (regional && (0x1F1E6...0x1F1FF).contains(last.scalar) && last.entry == -1)
                    {
                        out[out.count - 1].sourceEnd = Int32(i)
                        if regional { out[out.count - 1].entry = -2 }  // a complete flag: pairs no further
                    } else {
                        out.append(
                            NormalizedChar(
                                sourceStart: Int32(start), sourceEnd: Int32(i), scalar: cp, entry: -1,
                                charClass: .emoji, afterInvisible: pendingInvisible))
                    }
                default:
                    var scalar = cp
                    if cls == .digit, let v = Unicode.Scalar(cp)?.properties.numericValue, v >= 0, v <= 9 {
                        scalar = 0x30 + UInt32(v)
                    }
                    out.append(
                        NormalizedChar(
                            sourceStart: Int32(start), sourceEnd: Int32(i), scalar: scalar, entry: -1,
                            charClass: cls, afterInvisible: pendingInvisible))
                }
            }
            pendingInvisible = false
            pendingJoiner = false
        }
    }

    /// Composes a combining mark with the letter before it, or drops it; either way the previous
    /// character's source range grows to cover the mark.
    @inline(__always)
    private static func attachMark(_ mark: UInt32, end: Int, table: FoldTable, to out: inout [NormalizedChar]) {
        guard var last = out.last,
            last.charClass == .letter || last.charClass == .digit
                || last.charClass == .emoji
        else { return }
        if last.charClass == .letter, let composed = table.compose(last.scalar, mark) {
            last.scalar = composed
            last.entry = table.entryIndex(composed).map(Int32.init) ?? -1
        }
        last.sourceEnd = Int32(end)
        out[out.count - 1] = last
    }

    @inline(__always)
    private static func extendEmoji(_ out: inout [NormalizedChar], to end: Int) {
        if let last = out.last, last.charClass == .emoji, last.sourceEnd < Int32(end) {
            out[out.count - 1].sourceEnd = Int32(end)
        }
    }

    /// Class of a code point the fold table does not list, from the standard library's properties.
    static func classify(_ cp: UInt32) -> CharClass {
        guard let scalar = Unicode.Scalar(cp) else { return .other }
        let p = scalar.properties
        switch p.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .letter
        case .decimalNumber:
            return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        case .format:
            return .invisible
        case .spaceSeparator:
            return .space
        case .lineSeparator, .paragraphSeparator:
            return .newline
        case .control, .privateUse, .unassigned, .surrogate:
            return .other
        default:
            if p.isEmoji && (p.isEmojiPresentation || cp >= 0x2190) { return .emoji }
            switch p.generalCategory {
            case .currencySymbol, .mathSymbol, .otherSymbol, .modifierSymbol: return .symbol
            default: return .punct
            }
        }
    }

    /// Decodes one UTF-8 sequence at `i`: the code point and its length, or U+FFFD and the length of the
    /// maximal invalid prefix (at least 1), as the Unicode standard recommends.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let n = bytes.count
        let b0 = UInt32(bytes[i])
        @inline(__always) func cont(_ k: Int) -> UInt32? {
            guard i + k < n else { return nil }
            let b = bytes[i + k]
            return b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
        }
        switch b0 {
        case 0xC2...0xDF:
            guard let c1 = cont(1) else { return (replacement, 1) }
            return ((b0 & 0x1F) << 6 | c1, 2)
        case 0xE0...0xEF:
            guard let c1 = cont(1) else { return (replacement, 1) }
            if (b0 == 0xE0 && c1 < 0x20) || (b0 == 0xED && c1 >= 0x20) { return (replacement, 1) }
            guard let c2 = cont(2) else { return (replacement, 2) }
            return ((b0 & 0x0F) << 12 | c1 << 6 | c2, 3)
        case 0xF0...0xF4:
            guard let c1 = cont(1) else { return (replacement, 1) }
            if (b0 == 0xF0 && c1 < 0x10) || (b0 == 0xF4 && c1 >= 0x10) { return (replacement, 1) }
            guard let c2 = cont(2) else { return (replacement, 2) }
            guard let c3 = cont(3) else { return (replacement, 3) }
            return ((b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3, 4)
        default:
            return (replacement, 1)
        }
    }
}
