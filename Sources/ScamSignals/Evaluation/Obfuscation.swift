// The filter-dodging tricks of real scam posts, as rewrites of a text: the evasion suite's input.

/// A trick scammers use to slip past keyword filters, applied to every word of a text.
///
/// ```swift
/// Obfuscation.letterSpacing.apply("gaji besar")   // "g a j i  b e s a r"
/// Obfuscation.digitSwaps.apply("visa gratis")     // "v1sa gr4tis"
/// ```
public enum Obfuscation: String, CaseIterable, Sendable, Codable {
    /// A zero-width space in the middle of every word of three letters or more.
    case zeroWidth = "zero-width"
    /// Cyrillic look-alikes for Latin `a e o p c x i` (first occurrence in each word).
    case homoglyphs
    /// Every word letter-spaced, words separated by two spaces.
    case letterSpacing = "letter-spacing"
    /// All diacritics removed (`lương` → `luong`, `đ` → `d`), case kept.
    case noDiacritics = "no-diacritics"
    /// One letter of every word of four letters or more replaced by a digit (`a→4 e→3 i→1 o→0 s→5`).
    case digitSwaps = "digit-swaps"
    /// Alternating upper and lower case letters.
    case caseMangling = "case-mangling"
    /// An emoji between every two words.
    case emojiBetweenWords = "emoji-between-words"

    /// The text rewritten with the trick. Line breaks and punctuation are kept.
    public func apply(_ text: String) -> String {
        switch self {
        case .noDiacritics: return Self.stripDiacritics(text)
        case .caseMangling:
            var upper = false
            return String(
                String.UnicodeScalarView(
                    text.unicodeScalars.flatMap { s -> [Unicode.Scalar] in
                        guard s.properties.isAlphabetic else { return [s] }
                        upper.toggle()
                        let mapped = upper ? s.properties.uppercaseMapping : s.properties.lowercaseMapping
                        return mapped.unicodeScalars.count == 1 ? Array(mapped.unicodeScalars) : [s]
                    }))
        case .emojiBetweenWords:
            return text.split(separator: " ", omittingEmptySubsequences: false).joined(separator: " ✨ ")
        default:
            return Self.mapWords(text, space: self == .letterSpacing ? "  " : " ") { word in transform(word) }
        }
    }

    private func transform(_ word: Substring) -> String {
        let letters = word.filter(\.isLetter).count
        switch self {
        case .zeroWidth:
            guard letters >= 3 else { return String(word) }
            let middle = word.index(word.startIndex, offsetBy: word.count / 2)
            return String(word[..<middle]) + "\u{200B}" + String(word[middle...])
        case .homoglyphs:
            let map: [Character: Character] = ["a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і"]
            guard let i = word.firstIndex(where: { map[$0] != nil }) else { return String(word) }
            return String(word[..<i]) + String(map[word[i]]!) + String(word[word.index(after: i)...])
        case .letterSpacing:
            // Words only: real posts space out keywords, not prices or phone numbers.
            guard letters >= 2, word.allSatisfy({ $0.isLetter }) else { return String(word) }
            return word.map(String.init).joined(separator: " ")
        case .digitSwaps:
            let map: [Character: Character] = ["a": "4", "e": "3", "i": "1", "o": "0", "s": "5"]
            guard letters >= 4, word.allSatisfy({ $0.isLetter }) else { return String(word) }
            // Never the first letter (real swaps keep the word recognisable: g4ji, l0wongan, v1sa).
            guard let i = word.dropFirst().firstIndex(where: { map[$0] != nil }) else { return String(word) }
            return String(word[..<i]) + String(map[word[i]]!) + String(word[word.index(after: i)...])
        default:
            return String(word)
        }
    }

    /// Applies `f` to each run of letters and digits; spaces between words become `space`.
    private static func mapWords(_ text: String, space: String, _ f: (Substring) -> String) -> String {
        var out = ""
        var word = Substring()
        var start = text.startIndex
        var i = text.startIndex
        func flush(_ end: String.Index) {
            word = text[start..<end]
            if !word.isEmpty { out += f(word) }
        }
        while i < text.endIndex {
            let c = text[i]
            if c.isLetter || c.isNumber || c == "'" {
                i = text.index(after: i)
                continue
            }
            flush(i)
            if c == " " { out += space } else { out.append(c) }
            i = text.index(after: i)
            start = i
        }
        flush(text.endIndex)
        return out
    }

    static func stripDiacritics(_ text: String) -> String {
        let table = FoldTable.shared
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            guard s.value >= 0x80, let fold = table.fold(s.value), fold.charClass == .letter || fold.charClass == .mark
            else {
                out.append(s)
                continue
            }
            if fold.charClass == .mark { continue }
            let plain = String(decoding: fold.plain, as: UTF8.self)
            // Keep case: Đ → D, Ư → U; letters the table folds to other scripts stay as they are.
            guard plain.unicodeScalars.allSatisfy({ $0.isASCII }) else {
                out.append(s)
                continue
            }
            let cased = s.properties.isUppercase ? plain.uppercased() : plain
            out.append(contentsOf: cased.unicodeScalars)
        }
        return String(out)
    }
}
