// The language lexicons (chat abbreviations, contractions, language-identification words), read from
// Resources/lexicons.json.

#if canImport(FoundationEssentials)
import FoundationEssentials
#elseif canImport(Foundation)
import Foundation
#endif

/// Word lists the tokenizer and the language identifier use, keyed by hashes of folded forms.
struct Lexicons: Sendable {
    static let shared: Lexicons = {
        do {
            return try Lexicons(json: Array(EmbeddedResources.lexicons.utf8))
        } catch {
            // The embedded file is checked by the tests; reaching this is a build defect, not bad input.
            preconditionFailure("embedded lexicons.json is invalid: \(error)")
        }
    }()

    struct Expansion: Sendable {
        var folded: [UInt8]
        var plain: [UInt8]
        var key: UInt64
        var plainKey: UInt64
    }

    struct Part: Sendable {
        var bytes: [UInt8]
        var key: UInt64
    }

    private struct File: Decodable {
        var format: String
        var version: Int
        var idSlang: [String: String]
        var viTeencode: [String: String]
        var enContractions: [String: [String]]
        var languageWords: [String: [String]]

        enum CodingKeys: String, CodingKey {
            case format, version
            case idSlang = "id_slang"
            case viTeencode = "vi_teencode"
            case enContractions = "en_contractions"
            case languageWords = "language_words"
        }
    }

    private var expansionIndex = KeyTable(capacity: 256)
    private var expansions: [Expansion] = []
    private var contractionIndex = KeyTable(capacity: 64)
    private var contractions: [[Part]] = []
    /// Diacritic-free words that point to a language, with the language's index in `Language.supported`.
    private(set) var languageWords = KeyTable(capacity: 1024)

    init(json: [UInt8]) throws {
        let file = try JSONDecoder().decode(File.self, from: Data(json))
        let folder = WordFolder()
        // Single letters are too ambiguous to expand (`r` is "rồi" in Vietnamese chat, "are" in English).
        for (short, long) in file.viTeencode.sorted(by: { $0.key < $1.key }) where short.count > 1 {
            addExpansion(short, long, folder: folder)
        }
        for (short, long) in file.idSlang.sorted(by: { $0.key < $1.key }) where short.count > 1 {
            addExpansion(short, long, folder: folder)
        }
        for (contraction, parts) in file.enContractions.sorted(by: { $0.key < $1.key }) {
            let folded = folder.folded(contraction)
            let key = StableHash.bytes(folded, 0..<folded.count)
            guard !contractionIndex.contains(key) else { continue }
            contractionIndex.set(key, Int32(contractions.count))
            contractions.append(
                parts.map { part in
                    let bytes = folder.folded(part)
                    return Part(bytes: bytes, key: StableHash.bytes(bytes, 0..<bytes.count))
                })
        }
        for (index, language) in Language.supported.enumerated() {
            for word in file.languageWords[language.rawValue] ?? [] {
                let plain = folder.plain(word)
                let key = StableHash.bytes(plain, 0..<plain.count)
                // A word listed for two languages points to neither.
                if let existing = languageWords.value(for: key), existing != Int32(index) {
                    languageWords.set(key, -1)
                } else {
                    languageWords.set(key, Int32(index))
                }
            }
        }
    }

    private mutating func addExpansion(_ short: String, _ long: String, folder: WordFolder) {
        let shortForm = folder.folded(short)
        let key = StableHash.bytes(shortForm, 0..<shortForm.count)
        guard !expansionIndex.contains(key) else { return }
        let folded = folder.folded(long)
        let plain = folder.plain(long)
        expansionIndex.set(key, Int32(expansions.count))
        expansions.append(
            Expansion(
                folded: folded, plain: plain, key: StableHash.bytes(folded, 0..<folded.count),
                plainKey: StableHash.bytes(plain, 0..<plain.count)))
    }

    /// The expansion of a chat abbreviation, by the hash of its folded form.
    @inline(__always)
    func expansion(for key: UInt64) -> Expansion? {
        expansionIndex.value(for: key).map { expansions[Int($0)] }
    }

    /// Whether a word with this folded key is expanded (without copying the expansion).
    @inline(__always)
    func hasExpansion(for key: UInt64) -> Bool { expansionIndex.contains(key) }

    /// The parts of an English contraction, by the hash of its folded form.
    @inline(__always)
    func contraction(for key: UInt64) -> [Part]? {
        contractionIndex.value(for: key).map { contractions[Int($0)] }
    }
}

/// Folds a lexicon word the way the tokenizer folds text (lowercase, NFC, homoglyphs), without tokenizing.
struct WordFolder {
    func folded(_ word: String) -> [UInt8] { fold(word, plain: false) }
    func plain(_ word: String) -> [UInt8] { fold(word, plain: true) }

    private func fold(_ word: String, plain: Bool) -> [UInt8] {
        var chars: [NormalizedChar] = []
        let bytes = Array(word.utf8)
        bytes.withUnsafeBufferPointer { Normalizer.normalize($0, into: &chars) }
        let table = FoldTable.shared
        var out: [UInt8] = []
        for c in chars {
            if c.entry >= 0 {
                let fold = table.fold(at: Int(c.entry))
                out.append(contentsOf: plain ? fold.plain : fold.folded)
            } else if c.scalar < 0x80 {
                out.append(UInt8(c.scalar))
            } else if let u = Unicode.Scalar(c.scalar), let e = UTF8.encode(u) {
                out.append(contentsOf: e)
            }
        }
        return out
    }
}
