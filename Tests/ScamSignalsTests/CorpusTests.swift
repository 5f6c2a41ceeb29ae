// Checks of the bundled corpus: schema, ids, balance, variety, language, signal ids, the fixed split.

import Foundation
import Testing

@testable import ScamSignals

struct CorpusTests {
    static let languages = ["id", "vi", "en"]

    func rows() throws -> [[String: Any]] {
        try Self.languages.flatMap { try Repo.jsonLines("Corpus/\($0).jsonl") }
    }

    @Test("Every line has the documented schema, and ids are unique")
    func schema() throws {
        var ids = Set<String>()
        for r in try rows() {
            let id = try #require(r["id"] as? String)
            #expect(ids.insert(id).inserted, "duplicate id \(id)")
            #expect(Self.languages.contains(r["lang"] as? String ?? ""))
            #expect(["scam", "legit"].contains(r["label"] as? String ?? ""))
            #expect(["train", "test"].contains(r["split"] as? String ?? ""))
            #expect(!(r["text"] as? String ?? "").isEmpty)
            #expect(r["channel"] is String)
            #expect(r["signals"] is [String])
            if r["label"] as? String == "scam" { #expect(r["typology"] is String, "\(id) has no typology") }
        }
    }

    @Test("At least 600 ads per language, 40–60% scams, test split about 20% in each language × label")
    func balance() throws {
        let all = try rows()
        for language in Self.languages {
            let ads = all.filter { $0["lang"] as? String == language }
            let scams = ads.filter { $0["label"] as? String == "scam" }
            #expect(ads.count >= 600, "\(language): \(ads.count) ads")
            let share = Double(scams.count) / Double(max(1, ads.count))
            #expect(share >= 0.4 && share <= 0.6, "\(language): \(share) scams")
            for label in ["scam", "legit"] {
                let group = ads.filter { $0["label"] as? String == label }
                let test = Double(group.filter { $0["split"] as? String == "test" }.count) / Double(max(1, group.count))
                #expect(test > 0.12 && test < 0.28, "\(language)/\(label): test share \(test)")
            }
        }
    }

    @Test("No two ads are near duplicates (word-3-shingle Jaccard < 0.8)")
    func noNearDuplicates() throws {
        let all = try rows()
        let shingles: [Set<String>] = all.map { r in
            let words = (r["text"] as! String).lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
            guard words.count >= 3 else { return Set([words.joined(separator: " ")]) }
            return Set((0...(words.count - 3)).map { words[$0..<($0 + 3)].joined(separator: " ") })
        }
        var index: [String: [Int]] = [:]
        var worst = (0.0, "", "")
        for (i, s) in shingles.enumerated() {
            var common: [Int: Int] = [:]
            for g in s { for j in index[g] ?? [] { common[j, default: 0] += 1 } }
            for (j, k) in common {
                let jaccard = Double(k) / Double(s.union(shingles[j]).count)
                if jaccard > worst.0 { worst = (jaccard, all[i]["id"] as! String, all[j]["id"] as! String) }
            }
            for g in s { index[g, default: []].append(i) }
        }
        #expect(worst.0 < 0.8, "\(worst.1) ~ \(worst.2): \(worst.0)")
    }

    @Test("Each ad's language agrees with the language identifier (bilingual ads: `mixed` with it as primary)")
    func languageAgrees() throws {
        let tokenizer = Tokenizer()
        var wrong: [String] = []
        for r in try rows() {
            let guess = tokenizer.tokenize(r["text"] as! String).language
            let expected = r["lang"] as! String
            let agrees =
                guess.language.rawValue == expected || (guess.language == .mixed && guess.primary.rawValue == expected)
            if !agrees { wrong.append("\(r["id"]!): \(guess.language.rawValue)/\(guess.primary.rawValue)") }
        }
        #expect(wrong.isEmpty, Comment(rawValue: wrong.joined(separator: ", ")))
    }

    @Test("Every signal id named by the corpus exists in the rule catalog")
    func signalIds() throws {
        let catalog = Set(RuleSet.builtin.definitions.map(\.id))
        for r in try rows() {
            for s in r["signals"] as? [String] ?? [] { #expect(catalog.contains(s), "\(r["id"]!): \(s)") }
        }
    }

    @Test("The corpus reader reads the corpus folder with labels and splits")
    func reader() throws {
        let ads = try Repo.corpus()
        #expect(ads.count == (try rows()).count)
        #expect(ads.contains { $0.split == "test" } && ads.contains { $0.isScam } && ads.contains { !$0.isScam })
    }
}
