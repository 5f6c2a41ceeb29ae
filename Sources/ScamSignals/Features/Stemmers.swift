// Light stemmers: Indonesian affix stripping and English suffix stripping, on diacritic-free bytes.

/// Removes common Indonesian affixes (`me- di- ber- ter- pe- ke- se-`, `-kan -an -i -nya -lah -kah`).
///
/// Light on purpose: it finds a shared feature for `biaya`, `dibiayai`, `pembiayaan`, not the dictionary
/// root; morphophonemic changes (`meny-` + `s`) are not restored. Words of four letters or fewer stay whole.
enum IndonesianStemmer {
    static let suffixes: [[UInt8]] = ["nya", "lah", "kah", "pun", "kan", "an", "i"].map { Array($0.utf8) }
    static let prefixes: [[UInt8]] = [
        "meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe",
        "ber", "be", "ter", "di", "ke", "se",
    ].map { Array($0.utf8) }

    /// The stem's range within `word`.
    static func stem(_ word: ArraySlice<UInt8>) -> Range<Int> {
        var lo = word.startIndex
        var hi = word.endIndex
        for _ in 0..<2 {
            for s in suffixes where hi - lo - s.count >= 4 && word[(hi - s.count)..<hi].elementsEqual(s) {
                hi -= s.count
                break
            }
        }
        for _ in 0..<2 {
            for p in prefixes where hi - lo - p.count >= 4 && word[lo..<(lo + p.count)].elementsEqual(p) {
                lo += p.count
                break
            }
        }
        return lo..<hi
    }
}

/// Strips common English suffixes (`-ing -ed -es -s -ly -ment -ies`), keeping at least three letters.
enum EnglishStemmer {
    static let suffixes: [[UInt8]] = ["ments", "ment", "ings", "ing", "ies", "ed", "es", "ly", "s"].map {
        Array($0.utf8)
    }

    static func stem(_ word: ArraySlice<UInt8>) -> Range<Int> {
        let lo = word.startIndex
        var hi = word.endIndex
        for s in suffixes where hi - lo - s.count >= 3 && word[(hi - s.count)..<hi].elementsEqual(s) {
            if s.count == 1, hi - lo >= 2, word[hi - 2] == 0x73 { break }  // "s" after "s": "business", "address"
            hi -= s.count
            break
        }
        return lo..<hi
    }
}
