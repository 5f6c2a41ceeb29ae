// Words cut into dotted syllables to dodge filters (`Lo.wo.ngan`, `pen.daf.ta.ran`, `ga.ji`), rejoined.

extension TokenBuilder {
    /// The longest syllable this join accepts, in letters (`ngan`, `ngân`, `dwal`).
    static let longestDottedSyllable = 4

    /// Rejoins a word written as syllables joined by single dots with no spaces: word pieces of one to four
    /// letters, three or more of them (`Lo.wo.ngan`, `pen.daf.ta.ran`), or two short ones whose second is
    /// in lower case (`ga.ji`, `Tu.yen`, `lem.bur`), not both single letters (the letter-spaced join reads
    /// those). Left apart: a sentence run together (`gaji.ada`: a first part of four letters), an
    /// abbreviation before a name (`Jl.Raya`, `TP.HCM`, `Ph.D`: the second part capitalised), long parts
    /// (`jl.sudirman`) and anything with digits; links were recognised before this runs. Returns the next
    /// piece index.
    @inline(__always)
    mutating func dottedSyllableRun(at p: Int) -> Int? {
        // Most words are not followed by a dot touching them: one test, no call.
        guard p + 2 < pieces.count, pieces[p + 1].kind == .punct, pieces[p + 1].scalar == 0x2E,
            pieces[p + 1].spaceBefore == 0
        else { return nil }
        return joinDottedSyllables(at: p)
    }

    private mutating func joinDottedSyllables(at p: Int) -> Int? {
        guard isSyllable(p) else { return nil }
        var count = 1
        var last = p
        var longest = pieces[p].chars.count
        while last + 2 < pieces.count, pieces[last + 1].kind == .punct, pieces[last + 1].scalar == 0x2E,
            pieces[last + 1].spaceBefore == 0, pieces[last + 2].spaceBefore == 0, isSyllable(last + 2)
        {
            last += 2
            count += 1
            longest = max(longest, pieces[last].chars.count)
        }
        guard longest >= 2 else { return nil }
        guard
            count >= 3
                || count == 2 && pieces[p].chars.count <= 3 && !startsWithCapital(last)
        else { return nil }
        wordChars.removeAll(keepingCapacity: true)
        for m in stride(from: p, through: last, by: 2) {
            for k in pieces[m].chars { wordChars.append(k) }
        }
        let source =
            Int(chars[pieces[p].chars.lowerBound].sourceStart)..<Int(chars[pieces[last].chars.upperBound - 1].sourceEnd)
        appendWordToken(source: source, swap: true, flags: .letterSpaced)
        return last + 1
    }

    /// A word piece of one to four letters.
    @inline(__always)
    private func isSyllable(_ q: Int) -> Bool {
        pieces[q].kind == .word && pieces[q].chars.count <= Self.longestDottedSyllable
            && Int(pieces[q].letters) == pieces[q].chars.count
    }

    /// Whether piece `q` was written with an ASCII capital first.
    @inline(__always)
    private func startsWithCapital(_ q: Int) -> Bool {
        let b = bytes[Int(chars[pieces[q].chars.lowerBound].sourceStart)]
        return b >= 0x41 && b <= 0x5A
    }
}
