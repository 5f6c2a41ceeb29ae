// First cut: whitespace-separated chunks, link-like chunks kept whole, the rest split into runs.

extension Tokenizer {
    /// Cuts normalized characters into pieces. Linear: every character is visited a bounded number of times.
    /// `source` is the text the characters came from: a `!` inside a word is read by the case of what follows.
    func cutPieces(_ chars: [NormalizedChar], source: [UInt8], into pieces: inout [Piece]) {
        let n = chars.count
        var i = 0
        var space: UInt8 = 0
        var ascii: [UInt8] = []
        pieces.reserveCapacity(n / 3)
        while i < n {
            let cls = chars[i].charClass
            if cls == .space || cls == .newline || cls == .other {
                if cls == .newline {
                    space = 3
                } else if space < 3 {
                    space = space == 0 && chars[i].scalar == 0x20 ? 1 : 2
                }
                i += 1
                continue
            }
            var end = i
            var linkLike = false
            while end < n {
                let c = chars[end]
                if c.charClass == .space || c.charClass == .newline || c.charClass == .other { break }
                // `@` and `/` may start a link; a dot only between two letters or digits (`abc.example`), not at
                // the end of a sentence (`bulan.`), which is most chunks with a dot.
                if c.charClass == .punct {
                    if c.scalar == 0x40 || c.scalar == 0x2F {
                        linkLike = true
                    } else if c.scalar == 0x2E, end > i, end + 1 < n,
                        chars[end + 1].charClass == .letter || chars[end + 1].charClass == .digit,
                        chars[end - 1].charClass == .letter || chars[end - 1].charClass == .digit
                    {
                        linkLike = true
                    }
                }
                end += 1
            }
            if linkLike, end - i >= 4, end - i <= 2048, let link = linkMatch(chars, i..<end, buffer: &ascii) {
                var at = i
                if link.leading > 0 {
                    splitRuns(chars, at..<(at + link.leading), source: source, space: &space, into: &pieces)
                    at += link.leading
                }
                let kind = link.kind
                var piece = Piece(
                    kind: kind, chars: at..<(at + link.length), spaceBefore: space, scalar: 0, key: 0,
                    letters: 0, app: link.app)
                if link.freeMail { piece.scalar = 1 }
                if link.shortLink { piece.scalar = 2 }
                pieces.append(piece)
                space = 0
                at += link.length
                if at < end { splitRuns(chars, at..<end, source: source, space: &space, into: &pieces) }
            } else {
                splitRuns(chars, i..<end, source: source, space: &space, into: &pieces)
            }
            i = end
        }
    }

    private func linkMatch(_ chars: [NormalizedChar], _ range: Range<Int>, buffer: inout [UInt8]) -> LinkRecognizer
        .Match?
    {
        buffer.removeAll(keepingCapacity: true)
        for k in range {
            let s = chars[k].scalar
            guard s < 0x80 else { return nil }
            buffer.append(UInt8(s))
        }
        return LinkRecognizer.classify(buffer)
    }

    /// Splits a chunk without spaces into letter/digit runs, punctuation and emoji.
    private func splitRuns(
        _ chars: [NormalizedChar], _ range: Range<Int>, source: [UInt8], space: inout UInt8,
        into pieces: inout [Piece]
    ) {
        var k = range.lowerBound
        let end = range.upperBound
        while k < end {
            let c = chars[k]
            switch c.charClass {
            case .letter, .digit:
                let start = k
                var letters: Int32 = 0
                var digits = 0
                var lettersInRow = 0
                while k < end {
                    let cc = chars[k]
                    if cc.charClass == .letter {
                        letters += 1
                        lettersInRow += 1
                        k += 1
                        continue
                    }
                    let lettersBefore = lettersInRow
                    lettersInRow = 0
                    if cc.charClass == .digit {
                        digits += 1
                        k += 1
                        continue
                    }
                    if cc.charClass == .punct, k + 1 < end, k > start {
                        let prev = chars[k - 1].charClass
                        let next = chars[k + 1].charClass
                        let s = cc.scalar
                        if s == 0x2E || s == 0x2C, prev == .digit, next == .digit {
                            k += 1
                            continue
                        }
                        if s == 0x27, prev == .letter, next == .letter {
                            k += 1
                            continue
                        }
                        if s == 0x40 || s == 0x24, prev == .letter, next == .letter {
                            letters += 1
                            k += 1
                            continue
                        }
                        if s == 0x21, prev == .letter, next == .letter,
                            isExclamationForI(chars, at: k, lettersBefore: lettersBefore, end: end, source: source)
                        {
                            letters += 1
                            k += 1
                            continue
                        }
                    }
                    break
                }
                let kind: PieceKind = letters == 0 ? .number : (digits == 0 ? .word : .alnum)
                let key = kind == .word ? foldedKey(chars, start..<k) : 0
                pieces.append(
                    Piece(kind: kind, chars: start..<k, spaceBefore: space, scalar: 0, key: key, letters: letters))
            case .emoji:
                pieces.append(
                    Piece(kind: .emoji, chars: k..<(k + 1), spaceBefore: space, scalar: c.scalar, key: 0, letters: 0))
                k += 1
            default:
                pieces.append(
                    Piece(kind: .punct, chars: k..<(k + 1), spaceBefore: space, scalar: c.scalar, key: 0, letters: 0))
                k += 1
            }
            space = 0
        }
    }

    /// Whether the `!` at `k`, between two letters, stands for an `i` (`v!sa`, `t!dak`, `k!rim`) rather than
    /// ending a sentence typed without a space (`Buruan!Daftar`, `wow!great`): the letter after it is not a
    /// capital, and one side is a single letter (`Cambod!a`) or both sides are short, one of two letters at most
    /// and the other of four (`kom!si`, `pend!ng`; not `wow!great`). Looks at most five letters ahead, so a run
    /// of them stays linear.
    private func isExclamationForI(
        _ chars: [NormalizedChar], at k: Int, lettersBefore: Int, end: Int, source: [UInt8]
    ) -> Bool {
        let next = Int(chars[k + 1].sourceStart)
        if next < source.count, source[next] >= 0x41, source[next] <= 0x5A { return false }
        var after = 0
        var j = k + 1
        while j < end, after < 5, chars[j].charClass == .letter {
            after += 1
            j += 1
        }
        let shorter = min(lettersBefore, after)
        return shorter <= 1 || shorter <= 2 && max(lettersBefore, after) <= 4
    }

    /// Hash of the folded form of a run of characters (no squeezing or swaps): for vocabulary look-ups.
    func foldedKey(_ chars: [NormalizedChar], _ range: Range<Int>) -> UInt64 {
        var h = StableHash.offset
        let table = FoldTable.shared
        for k in range {
            let c = chars[k]
            if c.entry >= 0 {
                table.hashFolded(at: Int(c.entry), into: &h)
            } else if c.scalar < 0x80 {
                h = (h ^ UInt64(c.scalar)) &* StableHash.prime
            } else if let u = Unicode.Scalar(c.scalar) {
                for b in UTF8.encode(u)! { h = (h ^ UInt64(b)) &* StableHash.prime }
            }
        }
        return h
    }
}
