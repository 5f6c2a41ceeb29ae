// The evasion suite: each trick rewrites text as scammers do, and detection survives every trick.

import Foundation
import Testing

@testable import ScamSignals

struct EvasionTests {
    @Test(
        "Each trick rewrites text the way real posts do",
        arguments: [
            (Obfuscation.letterSpacing, "gaji besar, no fee", "g a j i  b e s a r,  n o  f e e"),
            (.digitSwaps, "visa gratis", "v1sa gr4tis"),
            (.noDiacritics, "Lương cao, ĐẶT CỌC", "Luong cao, DAT COC"),
            (.zeroWidth, "gaji", "ga\u{200B}ji"),
            (.homoglyphs, "visa", "vіsa"),
            (.caseMangling, "gaji", "GaJi"),
            (.emojiBetweenWords, "gaji besar", "gaji ✨ besar"),
        ])
    func tricks(_ trick: Obfuscation, _ input: String, _ expected: String) {
        #expect(trick.apply(input) == expected)
    }

    @Test("Every trick's rewrite of an ad tokenizes back to the clean words")
    func normalizationUndoesTricks() {
        let tokenizer = Tokenizer()
        let ad = "Tiket pesawat gratis, biaya admin murah, hubungi segera"
        let clean = tokenizer.tokenize(ad).texts()
        for trick in Obfuscation.allCases where trick != .emojiBetweenWords {
            #expect(tokenizer.tokenize(trick.apply(ad)).texts(.word) == clean, "\(trick)")
        }
    }

    @Test("Detection of the test split's scams stays within 3 points of the clean text under every trick")
    func detectionHolds() throws {
        let ads = try Repo.corpus()
        let model = Trainer().train(ads.filter { $0.split != "test" })
        let scams = ads.filter { $0.split == "test" && $0.isScam }.map(\.text)
        let report = EvasionSuite(classifier: Classifier(model: model)).run(scams)
        #expect(report.rows.count == Obfuscation.allCases.count + 1)
        for row in report.rows { #expect(row.change >= -3, "\(row.trick): \(row.change) pp") }
    }
}
