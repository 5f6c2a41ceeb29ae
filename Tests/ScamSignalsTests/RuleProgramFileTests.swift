// Tests of compiled rule programs: the embedded one is current, loading gives the same signals as
// compiling, and every kind of damage is a typed error.

import Foundation
import Testing

@testable import ScamSignals

struct RuleProgramFileTests {
    static let packJSON = """
        {"format": "scamsignals-rules", "version": 1, "name": "mini",
         "negators": {"en": ["no", "never"]},
         "sets": {"paid": ["paid", "covered", "free"]},
         "signals": [{"id": "ticket-paid", "category": "travel", "weight": 1.5, "negatable": true,
           "patterns": {"en": ["{ticket|flight*} ... @paid", "visa @paid"]},
           "exceptions": {"en": ["business trip"]}, "explanation": {"id": "Tiket", "vi": "Vé", "en": "Ticket"}},
           {"id": "chat", "category": "contact", "weight": 1, "patterns": {"any": ["<phone>", "<free-mail>"]},
            "explanation": {"id": "Kontak", "vi": "Liên hệ", "en": "Contact"}}]}
        """

    func miniRules() throws -> RuleSet {
        try RuleSet(packs: [try RulePack.decode(Data(Self.packJSON.utf8), source: "mini.json")])
    }

    @Test("The embedded program is what compiling the embedded rules gives now, and the built-in rules load from it")
    func embeddedProgramIsCurrent() throws {
        let current = RuleProgramFile.builtinProgram() == EmbeddedRuleProgram.bytes
        #expect(current, "the compiled built-in rules are stale: run Scripts/update-default-model.sh")
        let shipped = try Data(
            contentsOf: URL(fileURLWithPath: Repo.path("Sources/ScamSignals/Resources/builtin-rules.ssr")))
        let embedded = [UInt8](shipped) == EmbeddedRuleProgram.bytes
        #expect(embedded, "run Scripts/embed-resources.py")
        #expect(EmbeddedRuleProgram.load() != nil)
    }

    @Test("Loaded rules find the same signs, with the same evidence, as rules compiled from source")
    func loadedMatchesCompiled() throws {
        let compiled = RuleSet.compiledBuiltin()
        let bytes = RuleProgramFile.encode(compiled, fingerprint: 42)
        let (loaded, fingerprint) = try RuleProgramFile.decodeWithFingerprint(bytes)
        #expect(fingerprint == 42)
        #expect(RuleProgramFile.encode(loaded, fingerprint: 42) == bytes)
        #expect(loaded.definitions == compiled.definitions)
        let tokenizer = Tokenizer()
        var texts = try Repo.corpus().enumerated().filter { $0.offset % 7 == 0 }.map(\.element.text)
        texts += try Repo.jsonLines("Tests/ScamSignalsTests/Fixtures/probes-dev.jsonl").compactMap {
            $0["text"] as? String
        }
        var firing = 0
        for text in texts {
            let tokens = tokenizer.tokenize(text)
            let a = compiled.evaluate(tokens).map { "\($0.id) \($0.evidence.map { "\($0.start)-\($0.end)" })" }
            let b = loaded.evaluate(tokens).map { "\($0.id) \($0.evidence.map { "\($0.start)-\($0.end)" })" }
            #expect(a == b, "\(text)")
            firing += a.isEmpty ? 0 : 1
        }
        #expect(firing > texts.count / 2)
    }

    @Test("A compiled pack round-trips, and `rules --compile` output loads through `--rules`")
    func packRoundTrip() throws {
        let rules = try miniRules()
        let bytes = RuleProgramFile.encode(rules)
        let loaded = try RuleProgramFile.decode(bytes)
        let again = RuleProgramFile.encode(loaded)
        let firstDifference = zip(bytes, again).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(again == bytes, "re-encoding differs at byte \(firstDifference ?? -1) of \(bytes.count)/\(again.count)")
        let text = Tokenizer().tokenize("Flight and visa covered! No business trip. Mail budi.hr@gmail.com")
        #expect(loaded.evaluate(text).map(\.id) == rules.evaluate(text).map(\.id))
        #expect(rules.evaluate(text).map(\.id).sorted() == ["chat", "ticket-paid"])
        #expect(RuleProgramFile.isCompiled(RuleProgramFile.encode(rules)))
        #expect(!RuleProgramFile.isCompiled(Array(Self.packJSON.utf8)))
    }

    @Test("Truncation anywhere is a typed error")
    func truncated() throws {
        let bytes = RuleProgramFile.encode(try miniRules())
        for n in Array(0..<64) + Array(stride(from: 64, to: bytes.count, by: 97))
            + Array((bytes.count - 64)..<bytes.count)
        {
            #expect(throws: ModelError.self) { try RuleProgramFile.decode(Array(bytes[0..<n])) }
        }
    }

    @Test("Flipped bits, wrong magic, version or feature version are refused")
    func damaged() throws {
        let bytes = RuleProgramFile.encode(try miniRules())
        for i in stride(from: 0, to: bytes.count * 8, by: 251) {
            var damaged = bytes
            damaged[i / 8] ^= UInt8(1 << (i % 8))
            #expect(throws: ModelError.self) { try RuleProgramFile.decode(damaged) }
        }
        var badMagic = bytes
        badMagic[0] = 0x58
        #expect(throws: ModelError.badMagic) { try RuleProgramFile.decode(badMagic) }
        var badVersion = bytes
        badVersion[4] = 9
        #expect(throws: ModelError.unsupportedVersion(9)) { try RuleProgramFile.decode(badVersion) }
        var otherFeatures = bytes
        otherFeatures[6] &+= 1
        #expect(throws: ModelError.self) { try RuleProgramFile.decode(otherFeatures) }
        #expect(throws: ModelError.self) { try RuleProgramFile.decode(Array(repeating: 0, count: 10_000)) }
    }

    @Test("A program whose checksum is right but whose indices are not is refused, not followed")
    func badIndices() throws {
        let rules = try miniRules()
        func rebuilt(_ change: (inout MatchLayout, inout [CompiledPattern]) -> Void) -> [UInt8] {
            var layout = rules.matcher.layout
            var patterns = rules.matcher.patterns
            change(&layout, &patterns)
            let broken = RuleSet(
                definitions: rules.definitions, thresholds: nil, priorScamRate: nil,
                matcher: PhraseMatcher(patterns, tables: MatchTables(layout)), salary: rules.salary)
            return RuleProgramFile.encode(broken)
        }
        let loops = rebuilt { layout, _ in
            // A choice that lists itself: a walk would never end.
            let i = layout.ops.lastIndex { $0.kind == .choice || $0.kind == .sequence }!
            layout.children[Int(layout.ops[i].start)] = Int32(i)
        }
        #expect(throws: ModelError.self) { try RuleProgramFile.decode(loops) }
        let outOfRange = rebuilt { _, patterns in patterns[0].root = 1_000_000 }
        #expect(throws: ModelError.self) { try RuleProgramFile.decode(outOfRange) }
        let badBucket = rebuilt { layout, _ in layout.bucketItems[0] = 999 }
        #expect(throws: ModelError.self) { try RuleProgramFile.decode(badBucket) }
        let fullTable = rebuilt { layout, _ in
            layout.keyTables[3] = Array(repeating: KeyTable.Slot(key: 7, value: 0), count: 16)
        }
        #expect(throws: ModelError.self) { try RuleProgramFile.decode(fullTable) }
        let badSign = rebuilt { _, patterns in patterns[0].role = .fires(5) }
        #expect(throws: ModelError.self) { try RuleProgramFile.decode(badSign) }
        #expect(throws: Never.self) { try RuleProgramFile.decode(rebuilt { _, _ in }) }
    }
}
