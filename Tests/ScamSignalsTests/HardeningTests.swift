// Regression tests from fuzzing (Fuzz/, docs/Hardening.md): hostile input families and every finding.

import Foundation
import Testing

@testable import ScamSignals

struct HardeningTests {
    let classifier = Classifier.default

    /// The invariants the fuzz targets check, for one input.
    func checkInvariants(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let text = Tokenizer().tokenize(bytes: bytes)
        var last = 0
        for t in text.tokens {
            #expect(
                t.range.lowerBound >= last && !t.range.isEmpty && t.range.upperBound <= bytes.count,
                sourceLocation: sourceLocation)
            last = t.range.lowerBound
        }
        let a = classifier.assess(bytes: bytes)
        #expect(a.probability.isFinite && (0...1).contains(a.probability), sourceLocation: sourceLocation)
        for e in a.signals.flatMap(\.evidence) {
            #expect(0 <= e.start && e.start < e.end && e.end <= bytes.count, sourceLocation: sourceLocation)
            #expect(e.text == String(decoding: bytes[e.start..<e.end], as: UTF8.self), sourceLocation: sourceLocation)
        }
        for c in a.clues {
            #expect(0 <= c.start && c.start < c.end && c.end <= bytes.count, sourceLocation: sourceLocation)
        }
        #expect((try? JSONEncoder().encode(a)) != nil, sourceLocation: sourceLocation)
    }

    /// The normalized words of `bytes`.
    func words(_ bytes: [UInt8]) -> [String] {
        let text = Tokenizer().tokenize(bytes: bytes)
        return text.tokens.filter { $0.kind == .word }.map { text.normalized(of: $0) }
    }

    @Test("A lure repeated thousands of times reads only the first firings of each sign, the rest add nothing")
    func repeatedLure() {
        let lure = "kerja di Kamboja. "
        let assessment = Classifier.default.assess(String(repeating: lure, count: 5_000))
        let destination = assessment.signals.first { $0.id == "high-risk-destination" }
        #expect(destination != nil)
        #expect(destination.map { $0.evidence.count <= RuleSet.maximumFiringsPerSign } ?? false)
        #expect(destination.map { $0.evidence.count >= 100 } ?? false)  // the bound, not a much smaller one
        #expect(Classifier.default.assess(lure).signals.contains { $0.id == "high-risk-destination" })
    }

    @Test("NUL bytes separate words and never end the text early")
    func nulBytes() {
        let bytes = Array("gaji".utf8) + [0] + Array("besar".utf8) + [0, 0] + Array("tiket gratis".utf8)
        #expect(words(bytes) == ["gaji", "besar", "tiket", "gratis"])
        checkInvariants(bytes)
        checkInvariants([UInt8](repeating: 0, count: 10_000))
    }

    @Test("A UTF-8-encoded lone surrogate (ED A0 80) is replaced byte by byte and swallows no neighbour")
    func loneSurrogate() {
        let bytes = Array("ga".utf8) + [0xED, 0xA0, 0x80] + Array("ji visa".utf8) + [0xED, 0xBF, 0xBF]
        let text = Tokenizer().tokenize(bytes: bytes)
        // Words after the surrogate keep their own bytes, and no token starts inside the surrogate.
        let visa = text.tokens.first { text.normalized(of: $0) == "visa" }
        #expect(visa.map { Array(bytes[$0.range]) } == Array("visa".utf8))
        #expect(
            text.tokens.allSatisfy { !bytes[$0.range].starts(with: [0xA0]) && !bytes[$0.range].starts(with: [0x80]) })
        checkInvariants(bytes)
    }

    @Test(
        "Overlong encodings and code points above U+10FFFF are invalid, not letters",
        arguments: [
            [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF], [0xF4, 0x90, 0x80, 0x80],
            [0xF8, 0x88, 0x80, 0x80, 0x80],
        ] as [[UInt8]])
    func overlong(_ sequence: [UInt8]) {
        // 0xC0 0xAF would be an overlong "/" and 0xC1 0xBF an overlong DEL: neither may come out as ASCII.
        let bytes = Array("gaji ".utf8) + sequence + Array(" besar".utf8)
        #expect(words(bytes) == ["gaji", "besar"])
        checkInvariants(bytes)
        checkInvariants(sequence)
    }

    @Test("Bidi overrides and isolates neither split words nor move evidence off the input")
    func bidi() {
        let ad =
            "\u{202E}Biaya pendaftaran\u{202C} 300rb, \u{2067}tiket\u{2069} gratis ke \u{202D}Kamboja\u{202C}, hub \u{200F}Telegram\u{200E}"
        let bytes = Array(ad.utf8)
        #expect(words(Array("bia\u{202E}ya".utf8)) == ["biaya"])
        let a = classifier.assess(bytes: bytes)
        #expect(a.signals.contains { $0.id == "upfront-fees" })
        checkInvariants(bytes)
        checkInvariants(Array(String(repeating: "\u{202E}\u{2066}\u{200F}", count: 20_000).utf8))
    }

    @Test("Private-use and unassigned code points are neither words nor glue between words")
    func privateUseAndUnassigned() {
        for scalar in ["\u{E000}", "\u{F8FF}", "\u{F0000}", "\u{10FFFD}", "\u{0378}", "\u{50000}", "\u{E0080}"] {
            let bytes = Array("gaji\(scalar)besar".utf8)
            #expect(!words(bytes).contains("gajibesar"), "U+\(String(scalar.unicodeScalars.first!.value, radix: 16))")
            checkInvariants(bytes)
        }
        // Tag characters (U+E0001, U+E0020…E007F) are format characters: like a zero-width space they
        // vanish inside a word instead of splitting it, so they cannot hide "gaji" either.
        #expect(words(Array("ga\u{E0001}ji be\u{E0067}sar".utf8)) == ["gaji", "besar"])
    }

    @Test("100,000 combining marks on one letter make one bounded token, and the ad around it still scores")
    func combiningStorm() {
        let storm = "a" + String(repeating: "\u{0301}", count: 100_000)
        let ad = "Biaya pendaftaran 300rb \(storm) tiket gratis ke Kamboja"
        let bytes = Array(ad.utf8)
        let text = Tokenizer().tokenize(bytes: bytes)
        let stormToken = text.tokens.first { $0.range.count > 100_000 }
        #expect(stormToken != nil)
        #expect(text.tokens.filter { $0.kind == .word }.count >= 6)
        #expect(classifier.assess(bytes: bytes).signals.contains { $0.id == "upfront-fees" })
        checkInvariants(bytes)
    }

    @Test("Emoji runs, flags, skin tones and ZWJ families stay emoji tokens inside the input")
    func emojiRuns() {
        let run =
            String(repeating: "💰", count: 5_000) + String(repeating: "🇰🇭", count: 1_001) + "🇰"
            + String(repeating: "👨‍👩‍👧‍👦🏽", count: 1_000) + "\u{200D}\u{200D}🔥\u{FE0F}\u{20E3}"
        let bytes = Array(run.utf8)
        let a = classifier.assess(bytes: bytes)
        #expect(a.probability == 0 && a.verdict == .legit)  // nothing but emoji: the documented fallback
        checkInvariants(bytes)
        checkInvariants(Array("Kerja di Kamboja 🇰🇭🇰🇭💰 gaji 💵💵 15jt".utf8))
    }

    @Test("Every hostile family, cut at every length, keeps the invariants")
    func prefixesOfHostileInputs() {
        let hostile: [UInt8] =
            Array("Gaji ".utf8) + [0, 0xED, 0xA0, 0x80, 0xC0, 0xAF]
            + Array("\u{202E}Rp 15jt\u{202C} a\u{0301}\u{0323}\u{0302} 🇰🇭👨‍👩‍👧 \u{E000} WA 0812".utf8)
        for n in 0...hostile.count { checkInvariants(Array(hostile[0..<n])) }
    }

    // Finding (model target): a model file may declare any document counts up to UInt64.max, and the prior
    // correction added them in UInt64, so a hostile model plus a platform prior trapped on overflow.
    @Test("A model with huge document counts scores with a prior instead of trapping")
    func hugeDocumentCountsWithPrior() throws {
        var nb = NaiveBayesModel(bucketBits: 12)
        nb.learn(features: [1, 2, 3], isScam: true)
        nb.learn(features: [3, 4], isScam: false)
        var bytes = ModelFile.encode(ScamModel(naiveBayes: nb, combination: .neutral))
        // Documents per class sit after magic, versions, bucket bits and alpha: set both to 2^63 + 2^62.
        let documentsAt = 4 + 2 + 4 + 1 + 8
        bytes[documentsAt + 7] = 0xC0
        bytes[documentsAt + 15] = 0xC0
        let end = bytes.count - 8
        withUnsafeBytes(of: StableHash.bytes(bytes, 0..<end).littleEndian) { bytes.replaceSubrange(end..., with: $0) }
        let model = try ModelFile.decode(bytes)
        for prior in [0.01, 0.5, 0.99] {
            let a = Classifier(model: model, priorScamRate: prior).assess(
                "Biaya pendaftaran 300rb, tiket gratis ke Kamboja")
            #expect(a.probability.isFinite && (0...1).contains(a.probability))
        }
    }

    // Finding (review of the rulepack target, replayed on its binary): set nodes are shared when compiled but
    // unfolded when walked, so 14 nested sets of four references each (a 737-byte pack) stood for 4^14 words
    // and hung RuleSet(packs:) in PatternNode.first. Patterns now refuse to stand for over 20,000 words.
    @Test("A rule pack whose sets multiply out exponentially is refused quickly, not compiled forever")
    func exponentialSets() throws {
        var sets = (0..<14).map { #""a\#($0)": ["@a\#($0 + 1)", "@a\#($0 + 1)", "@a\#($0 + 1)", "@a\#($0 + 1)"]"# }
        sets.append(#""a14": ["gaji"]"#)
        let json =
            #"{"format": "scamsignals-rules", "version": 1, "sets": {"# + sets.joined(separator: ", ")
            + #"}, "signals": [{"id": "laughs", "category": "salary", "weight": 1, "patterns": ["@a0"], "explanation": {"id": "x", "vi": "x", "en": "x"}}]}"#
        let pack = try RulePack.decode(Data(json.utf8), source: "laughs.json")
        let started = ContinuousClock.now
        #expect(throws: RulePackError.self) { try RuleSet(packs: [pack]) }
        #expect(ContinuousClock.now - started < .seconds(5))
        // Wide but shallow sets, like the built-in ones, still compile and match.
        let wide = json.replacingOccurrences(of: #""@a0""#, with: #""@a13""#)
        let rules = try RuleSet(packs: [try RulePack.decode(Data(wide.utf8), source: "wide.json")])
        #expect(rules.evaluate(Tokenizer().tokenize("gaji besar")).map(\.id) == ["laughs"])
    }
}
