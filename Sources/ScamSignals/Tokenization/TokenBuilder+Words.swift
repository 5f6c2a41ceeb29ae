// Words: letter-spaced runs rejoined, digit-for-letter swaps undone, repeats squeezed, slang expanded.

extension TokenBuilder {
    /// Digits (and `@`, `$`, `!`) that stand for letters inside words: `g4ji`, `l0wongan`, `v1sa`, `ca$h`, `v!sa`.
    @inline(__always)
    static func letterForDigit(_ s: UInt32) -> UInt32? {
        switch s {
        case 0x30: 0x6F  // 0 → o
        case 0x31: 0x69  // 1 → i
        case 0x33: 0x65  // 3 → e
        case 0x34: 0x61  // 4 → a
        case 0x35: 0x73  // 5 → s
        case 0x37: 0x74  // 7 → t
        case 0x38: 0x62  // 8 → b
        case 0x39: 0x67  // 9 → g
        case 0x40: 0x61  // @ → a
        case 0x24: 0x73  // $ → s
        case 0x21: 0x69  // ! → i
        default: nil
        }
    }

    /// Whether a mixed letters-and-digits run is a word with digits standing for letters.
    ///
    /// Unambiguous cases only: every digit has a letter reading, there are at least two letters, and either
    /// one or two digits stand between letters (`g4ji`, `j0b`, `k33p`, `g00d`) or a single digit leads or ends
    /// a word of three or more letters (`4dmin`, `hubung1`). Units and model names (`20kg`, `mp3`, `b2b`,
    /// `covid19`, `4g`, `a380b`) and Indonesian reduplication (`kerja2`, `2` has no letter reading) stay as
    /// they are.
    func isDigitSwapped(_ range: Range<Int>) -> Bool {
        var letters = 0
        var digits = 0
        var inner = false
        // Digits since the last letter, or -1 before the first letter.
        var digitsSinceLetter = -1
        var k = range.lowerBound
        while k < range.upperBound {
            let c = chars[k]
            if c.charClass == .digit {
                guard Self.letterForDigit(c.scalar) != nil else { return false }
                digits += 1
                if digitsSinceLetter >= 0 { digitsSinceLetter += 1 }
            } else if c.charClass == .letter {
                letters += 1
                if digitsSinceLetter == 1 || digitsSinceLetter == 2 { inner = true }
                digitsSinceLetter = 0
            }
            k += 1
        }
        guard letters >= 2, digits >= 1 else { return false }
        if inner { return true }
        return digits == 1 && letters >= 3
            && (chars[range.lowerBound].charClass == .digit || chars[range.upperBound - 1].charClass == .digit)
    }

    /// Emits a word (or alnum) piece.
    mutating func appendWord(_ piece: Piece) {
        if piece.kind == .word, appendPlainASCIIWord(piece) { return }
        wordChars.removeAll(keepingCapacity: true)
        for k in piece.chars { wordChars.append(k) }
        var flags: TokenFlags = []
        let swap = piece.kind == .alnum ? isDigitSwapped(piece.chars) : piece.kind == .word
        if piece.kind == .alnum && swap { flags.insert(.digitSwapped) }
        appendWordToken(source: sourceRange(piece.chars), swap: swap, flags: flags)
    }

    /// The common case in one pass: a word of plain ASCII letters with nothing to undo (no digits, apostrophes,
    /// invisible characters, runs of three or more of a letter, or slang to expand). Its accented and plain
    /// forms are the same bytes, stored once, and its keys are the piece's own hash. Returns `false`, having
    /// emitted nothing, for any other word: ``appendWordToken(source:swap:flags:)`` handles those.
    @inline(__always)
    mutating func appendPlainASCIIWord(_ piece: Piece) -> Bool {
        let range = piece.chars
        guard !tokenizer.lexicon.hasExpansion(for: piece.key) else { return false }
        var previous: UInt32 = 0
        var run = 0
        for k in range {
            let c = chars[k]
            guard c.scalar >= 0x61, c.scalar <= 0x7A, c.entry == -1, !c.afterInvisible || k == range.lowerBound
            else { return false }
            run = c.scalar == previous ? run + 1 : 1
            if run >= 3 { return false }
            previous = c.scalar
        }
        let start = Int32(forms.count)
        for k in range { forms.append(UInt8(truncatingIfNeeded: chars[k].scalar)) }
        let form = start..<Int32(forms.count)
        append(
            Token(
                kind: .word, range: sourceRange(range), foldedRange: form, plainRange: form, key: piece.key,
                plainKey: piece.key, flags: [], payload: -1))
        return true
    }

    /// Emits a number piece: its forms are its digits and separators.
    mutating func appendNumber(at p: Int) {
        let piece = pieces[p]
        let (folded, plain, key, plainKey) = appendSpanForms(pieces: p..<(p + 1))
        append(
            Token(
                kind: .number, range: sourceRange(piece.chars), foldedRange: folded, plainRange: plain,
                key: key, plainKey: plainKey, flags: [], payload: -1))
    }

    /// Rejoins `g a j i`, `W h a t s A p p`, `T.e.l.e.g.r.a.m`, `v-i-s-a`, `M-y-@-n-m-a-r`: three or more
    /// one-character pieces separated by single spaces, or by one repeated separator with no spaces; `@`, `$`
    /// and `!` inside such a run stand for letters. Two letters with a separator (`I.D`, `h.ộ c.h.i.ế.u`)
    /// make a word too, unless a separator also follows them as in abbreviations (`a.m.`, `e.g.`, `U.S.`).
    /// Returns the next piece index.
    mutating func letterSpacedRun(at p: Int) -> Int? {
        guard pieces[p].chars.count == 1, pieces[p].kind != .punct else { return nil }
        var q = p
        var letters = 0
        var separator: UInt32? = nil
        var members: [Int] = []
        while q < pieces.count {
            let piece = pieces[q]
            let standIn = q > p && piece.kind == .punct && Self.standsForLetter(piece.scalar)
            guard piece.chars.count == 1,
                piece.kind == .word || piece.kind == .number || piece.kind == .alnum || standIn
            else { break }
            if q > p {
                let gapOK: Bool
                if let separator {
                    gapOK = piece.spaceBefore == 0 && pieces[q - 1].kind == .punct && pieces[q - 1].scalar == separator
                } else {
                    gapOK = piece.spaceBefore == 1
                }
                guard gapOK else { break }
            }
            members.append(q)
            if piece.kind == .word || standIn { letters += 1 }
            // Look at what follows: a separator piece or a single space.
            let next = q + 1
            if members.count == 1, next + 1 < pieces.count, pieces[next].kind == .punct, pieces[next].spaceBefore == 0,
                [0x2E, 0x2D, 0x5F, 0x2A, 0x7C, 0x2C].contains(pieces[next].scalar), pieces[next + 1].spaceBefore == 0,
                pieces[next + 1].chars.count == 1, pieces[next + 1].kind != .punct
            {
                separator = pieces[next].scalar
            }
            q = separator != nil ? q + 2 : q + 1
        }
        // A stand-in ends no run: `g a j i !` is a word and an exclamation mark.
        while let last = members.last, pieces[last].kind == .punct {
            members.removeLast()
            letters -= 1
        }
        guard
            members.count >= 3 && letters >= 2
                || members.count == 2 && letters == 2
                    && (separator == nil
                        ? isolatedPair(first: members[0], last: members[1])
                        : isSeparatedPair(last: members[1], separator: separator!))
        else { return nil }
        if members.count >= 4, let starts = vietnameseSyllableStarts(members) {
            for (n, start) in starts.enumerated() {
                appendLetterSpacedWord(members[start..<(n + 1 < starts.count ? starts[n + 1] : members.count)])
            }
        } else {
            appendLetterSpacedWord(members[...])
        }
        return members[members.count - 1] + 1
    }

    /// Emits the one-character pieces `members` as one word, its source spanning them all.
    mutating func appendLetterSpacedWord(_ members: ArraySlice<Int>) {
        wordChars.removeAll(keepingCapacity: true)
        for m in members { wordChars.append(pieces[m].chars.lowerBound) }
        let first = pieces[members[members.startIndex]].chars
        let last = pieces[members[members.endIndex - 1]].chars
        let source = Int(chars[first.lowerBound].sourceStart)..<Int(chars[last.upperBound - 1].sourceEnd)
        appendWordToken(source: source, swap: true, flags: .letterSpaced)
    }

    /// `@`, `$` and `!`: symbols that stand for letters among letter-spaced ones.
    @inline(__always)
    static func standsForLetter(_ scalar: UInt32) -> Bool {
        scalar == 0x40 || scalar == 0x24 || scalar == 0x21
    }

    /// Two letters joined by a dot or a dash (`I.D`, `h.ộ`, `c-ô`) are one word when no separator follows
    /// the second: `a.m.`, `e.g.`, `U.S.` and initials (`J.K.`) end in one and stay apart, and a comma or bar
    /// between two letters is a list, not a word.
    func isSeparatedPair(last: Int, separator: UInt32) -> Bool {
        guard separator == 0x2E || separator == 0x2D || separator == 0x5F || separator == 0x2A else { return false }
        let after = last + 1
        return after >= pieces.count
            || !(pieces[after].kind == .punct && pieces[after].spaceBefore == 0
                && pieces[after].scalar == separator)
    }

    /// Two spaced letters make a word (`n o`, `I D`, `W A`) only when wider gaps set them apart, as in
    /// letter-spaced text (`n o  s k i l l s`); in ordinary text ("I a") single spaces surround them.
    func isolatedPair(first: Int, last: Int) -> Bool {
        let before = first == 0 || pieces[first].spaceBefore >= 2 || pieces[first - 1].kind == .punct
        let after =
            last + 1 >= pieces.count || pieces[last + 1].spaceBefore >= 2
            || (pieces[last + 1].kind == .punct && pieces[last + 1].spaceBefore == 0)
        return before && after && (first > 0 || last + 1 < pieces.count)
    }

    /// Assembles the word in `wordChars` into forms and emits it (or its contraction parts).
    mutating func appendWordToken(source: Range<Int>, swap: Bool, flags initial: TokenFlags) {
        let table = FoldTable.shared
        var flags = initial
        var hasApostrophe = false
        // Folded form, with runs of three or more identical letters squeezed.
        let foldedStart = forms.count
        // The plain form is built in a buffer kept across words, taken out rather than copied (a copy would
        // share it, and emptying a shared buffer allocates a new one per word).
        var plainBytes = AssessmentWorkspace.take(&plainScratch)
        defer { plainScratch = plainBytes }
        var j = 0
        let count = wordChars.count
        while j < count {
            var c = chars[wordChars[j]]
            if c.afterInvisible && j > 0 { flags.insert(.invisibleInside) }
            if swap, c.charClass == .digit || c.scalar == 0x40 || c.scalar == 0x24 || c.scalar == 0x21,
                let letter = Self.letterForDigit(c.scalar)
            {
                c.scalar = letter
                c.entry = -1
                if c.charClass == .digit { flags.insert(.digitSwapped) }
            } else if c.charClass == .punct {
                if c.scalar == 0x27 { hasApostrophe = true }
                c.entry = -1
            }
            var run = 1
            while j + run < count, chars[wordChars[j + run]].scalar == chars[wordChars[j]].scalar,
                chars[wordChars[j + run]].charClass == .letter
            { run += 1 }
            let keep = run >= 3 ? (c.scalar == 0x65 || c.scalar == 0x6F ? 2 : 1) : run
            if run >= 3 { flags.insert(.squeezed) }
            if c.entry >= 0 {
                let entry = Int(c.entry)
                let hasDiacritic = table.hasDiacritic(at: entry)
                if hasDiacritic { flags.insert(.hasDiacritics) }
                if c.sourceEnd - c.sourceStart > 1, !hasDiacritic, case let b = table.firstFoldedByte(at: entry),
                    b != 0, b < 0x80
                {
                    flags.insert(.styledLetters)
                }
                for _ in 0..<keep {
                    table.appendFolded(at: entry, to: &forms)
                    table.appendPlain(at: entry, to: &plainBytes)
                }
            } else if c.scalar < 0x80 {
                // ASCII (most text): the normalizer already lowercased it; both forms are the byte itself.
                for _ in 0..<keep {
                    forms.append(UInt8(c.scalar))
                    plainBytes.append(UInt8(c.scalar))
                }
            } else {
                for _ in 0..<keep {
                    let before = forms.count
                    appendScalar(c.scalar)
                    for k in before..<forms.count { plainBytes.append(forms[k]) }
                }
            }
            j += run
        }
        if hasApostrophe, appendContraction(foldedStart: foldedStart, source: source, flags: flags) { return }
        if hasApostrophe {
            // Possessive `'s` dropped, other apostrophes removed: `company's` → `company`, `jum'at` → `jumat`.
            var word = Array(forms[foldedStart...])
            if word.count > 2, word[word.count - 2] == 0x27, word[word.count - 1] == 0x73 { word.removeLast(2) }
            word.removeAll { $0 == 0x27 }
            plainBytes.removeAll { $0 == 0x27 }
            if plainBytes.count > 1, plainBytes.last == 0x73, word.count < plainBytes.count { plainBytes.removeLast() }
            forms.removeSubrange(foldedStart...)
            forms.append(contentsOf: word)
        }
        let foldedEnd = forms.count
        forms.append(contentsOf: plainBytes)
        var folded = Int32(foldedStart)..<Int32(foldedEnd)
        var plain = Int32(foldedEnd)..<Int32(forms.count)
        var key = StableHash.bytes(forms, foldedStart..<foldedEnd)
        var plainKey = StableHash.bytes(forms, foldedEnd..<forms.count)
        if let expansion = tokenizer.lexicon.expansion(for: key) {
            forms.removeSubrange(foldedStart...)
            let start = Int32(forms.count)
            forms.append(contentsOf: expansion.folded)
            let mid = Int32(forms.count)
            forms.append(contentsOf: expansion.plain)
            folded = start..<mid
            plain = mid..<Int32(forms.count)
            key = expansion.key
            plainKey = expansion.plainKey
            flags.insert(.expanded)
            if expansion.folded != expansion.plain {
                flags.insert(.hasDiacritics)
            } else {
                flags.remove(.hasDiacritics)
            }
        }
        append(
            Token(
                kind: .word, range: source, foldedRange: folded, plainRange: plain, key: key, plainKey: plainKey,
                flags: flags, payload: -1))
    }

    /// Splits an English contraction (`don't` → `do` `not`) into tokens sharing one source range.
    mutating func appendContraction(foldedStart: Int, source: Range<Int>, flags: TokenFlags) -> Bool {
        let key = StableHash.bytes(forms, foldedStart..<forms.count)
        guard let parts = tokenizer.lexicon.contraction(for: key) else { return false }
        forms.removeSubrange(foldedStart...)
        for part in parts {
            let start = Int32(forms.count)
            forms.append(contentsOf: part.bytes)
            let r = start..<Int32(forms.count)
            append(
                Token(
                    kind: .word, range: source, foldedRange: r, plainRange: r, key: part.key, plainKey: part.key,
                    flags: flags.union(.contraction), payload: -1))
        }
        return true
    }
}
