// Vietnamese syllables: a letter-spaced Vietnamese run (`h ộ c h i ế u`) is cut back into the syllables it spelled.

extension TokenBuilder {
    /// Where the syllables of a letter-spaced run begin, as indices into `members`, or `nil` when the run is
    /// not Vietnamese of two or more syllables.
    ///
    /// Written with one space between every letter, Vietnamese loses its syllable breaks (`h ộ c h i ế u`,
    /// `l ư ơ n g c a o`), and the rejoined run would be one word no pattern knows. A run that has a Vietnamese
    /// diacritic is cut the way Vietnamese spells: each syllable is an onset (`ngh`, `ch`, `tr`, `b`, …), a run
    /// of vowels and a coda (`ng`, `nh`, `ch`, `c`, `m`, `n`, `p`, `t`), and the consonants between two vowels
    /// go to the longest onset that leaves a valid coda before it (`hộ|chiếu`, `lương|cao`, `cam|pu|chia`).
    /// A run with anything Vietnamese cannot spell (`f`, `str`, a digit, four vowels in a row) is left whole.
    ///
    /// Complexity: O(*n*) in the run's length (clusters are at most a few letters).
    func vietnameseSyllableStarts(_ members: [Int]) -> [Int]? {
        let table = FoldTable.shared
        var letters: [UInt8] = []
        letters.reserveCapacity(members.count)
        var vietnamese = false
        for m in members {
            let c = chars[pieces[m].chars.lowerBound]
            guard c.charClass == .letter else { return nil }
            if c.entry >= 0 {
                if table.hasDiacritic(at: Int(c.entry)) { vietnamese = true }
                letters.append(table.firstPlainByte(at: Int(c.entry)))
            } else {
                guard c.scalar < 0x80 else { return nil }
                letters.append(UInt8(c.scalar))
            }
        }
        guard vietnamese else { return nil }
        let n = letters.count
        var k = 0
        while k < n, !Self.isVowel(letters[k]) { k += 1 }
        guard k < n, Self.isOnset(letters[0..<k]) else { return nil }
        var starts = [0]
        while true {
            let nucleus = k
            while k < n, Self.isVowel(letters[k]) { k += 1 }
            guard k - nucleus <= 3 else { return nil }
            let cluster = k
            while k < n, !Self.isVowel(letters[k]) { k += 1 }
            if k == n {
                guard Self.isCoda(letters[cluster..<n]) else { return nil }
                break
            }
            guard
                let split = (cluster...k).first(where: {
                    Self.isCoda(letters[cluster..<$0]) && Self.isOnset(letters[$0..<k])
                })
            else { return nil }
            starts.append(split)
        }
        return starts.count >= 2 ? starts : nil
    }

    @inline(__always)
    static func isVowel(_ b: UInt8) -> Bool {
        b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 || b == 0x79
    }

    /// Vietnamese initial consonants (`q` only ever before `u`, which the vowel run then takes).
    static func isOnset(_ s: ArraySlice<UInt8>) -> Bool {
        switch s.count {
        case 0: true
        case 1: "bcdghklmnpqrstvx".utf8.contains(s[s.startIndex])
        case 2: ["ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr"].contains { s.elementsEqual($0.utf8) }
        case 3: s.elementsEqual("ngh".utf8)
        default: false
        }
    }

    /// Vietnamese final consonants (the glides `i`, `y`, `o`, `u` belong to the vowel run).
    static func isCoda(_ s: ArraySlice<UInt8>) -> Bool {
        switch s.count {
        case 0: true
        case 1: "cmnpt".utf8.contains(s[s.startIndex])
        case 2: s.elementsEqual("ng".utf8) || s.elementsEqual("nh".utf8) || s.elementsEqual("ch".utf8)
        default: false
        }
    }
}
