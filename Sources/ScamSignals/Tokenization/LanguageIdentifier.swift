// Language identification from frequent words and Vietnamese diacritics.

/// Tells Indonesian, Vietnamese and English apart, including Vietnamese typed without diacritics.
///
/// Each word votes for the language whose frequent-word list holds its diacritic-free form; a word with
/// Vietnamese diacritics votes Vietnamese. Too few votes give `.unknown`; two languages with large shares
/// give `.mixed`. Linear in the number of tokens, no allocation.
public enum LanguageIdentifier {
    /// Identifies the language of tokenized text.
    public static func identify(_ text: TokenizedText) -> LanguageGuess {
        identify(text, lexicon: Lexicons.shared)
    }

    static func identify(_ text: TokenizedText, lexicon: Lexicons) -> LanguageGuess {
        guard text.wordTokens != 0 else { return LanguageGuess(language: .unknown, confidence: 0) }
        var votes = [0.0, 0.0, 0.0]
        for token in text.tokens where token.kind == .word {
            if token.flags.contains(.hasDiacritics) && !token.flags.contains(.expanded) {
                // Worth less than a listed word: names of Vietnamese places carry marks in any language.
                votes[1] += 0.6
                continue
            }
            if let index = lexicon.languageWords.value(for: token.plainKey), index >= 0 {
                votes[Int(index)] += 1
            }
        }
        let total = votes.reduce(0, +)
        guard total >= 2 else {
            guard total > 0, let best = votes.indices.max(by: { votes[$0] < votes[$1] }) else {
                return LanguageGuess(language: .unknown, confidence: 0)
            }
            return LanguageGuess(language: Language.supported[best], confidence: 0.3)
        }
        let order = votes.indices.sorted { votes[$0] > votes[$1] || (votes[$0] == votes[$1] && $0 < $1) }
        let best = votes[order[0]]
        let second = votes[order[1]]
        let evidence = min(1, total / 8)
        if second >= 4 && second / total >= 0.35 {
            return LanguageGuess(
                language: .mixed, confidence: evidence * (best + second) / total,
                primary: Language.supported[order[0]])
        }
        return LanguageGuess(language: Language.supported[order[0]], confidence: evidence * best / total)
    }
}
