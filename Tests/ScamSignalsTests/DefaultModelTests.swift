// The shipped model and data files are exactly what the repository's sources produce.

import Foundation
import Testing

@testable import ScamSignals

struct DefaultModelTests {
    @Test("Training on Corpus/ (train split) reproduces the shipped model byte for byte")
    func reproducible() throws {
        let ads = try Repo.corpus().filter { $0.split != "test" }
        let trained = ModelFile.encode(Trainer().train(ads))
        let shipped = try Data(
            contentsOf: URL(fileURLWithPath: Repo.path("Sources/ScamSignals/Resources/default-model.ssm")))
        // Compared as a Bool: printing two megabyte arrays in a failure message would take minutes.
        let identical = trained == [UInt8](shipped)
        #expect(identical, "the shipped model differs from a fresh training: run Scripts/update-default-model.sh")
    }

    @Test("The embedded copies equal the files in Resources/")
    func embeddedResources() throws {
        func file(_ name: String) throws -> String {
            try String(contentsOfFile: Repo.path("Sources/ScamSignals/Resources/\(name)"), encoding: .utf8)
        }
        #expect(EmbeddedResources.builtinRules == (try file("builtin-rules.json")).trimmingTrailingNewlines)
        #expect(EmbeddedResources.lexicons == (try file("lexicons.json")).trimmingTrailingNewlines)
        #expect(EmbeddedResources.referenceWages == (try file("reference-wages.json")).trimmingTrailingNewlines)
        let model = try Data(
            contentsOf: URL(fileURLWithPath: Repo.path("Sources/ScamSignals/Resources/default-model.ssm")))
        let identical = Data(base64Encoded: EmbeddedResources.defaultModelBase64.filter { !$0.isNewline }) == model
        #expect(identical, "run Scripts/embed-resources.py")
    }

    @Test("The fold table is what Scripts/generate-fold-table.py writes (spot checks)")
    func foldTable() {
        let t = FoldTable.shared
        #expect(t.compose(0x61, 0x0323) == 0x1EA1)  // a + dot below → ạ
        #expect(t.compose(0xE2, 0x0323) == 0x1EAD)  // â + dot below → ậ
        #expect(t.fold(0x0430)?.scalar == 0x61)  // Cyrillic а → a
        #expect(t.fold(0x1D41A)?.scalar == 0x61)  // 𝐚 → a
        #expect(t.fold(0x0111).map { Array($0.plain) } == [0x64])  // đ → d
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = self
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }
}
