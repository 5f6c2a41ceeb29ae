// Tests of the model file format: round trip, and every kind of damage giving a typed error.

import Foundation
import Testing

@testable import ScamSignals

struct ModelFileTests {
    func smallModel() -> ScamModel {
        var nb = NaiveBayesModel(bucketBits: 12)
        nb.learn(features: [1, 2, 3, 4], isScam: true)
        nb.learn(features: [3, 4, 5], isScam: false)
        nb.learn(features: [2, 9, 4], isScam: true)
        return ScamModel(naiveBayes: nb, combination: CombinationWeights(bias: -0.5, naiveBayes: 3, rules: 0.8))
    }

    @Test("A model survives encode → decode unchanged, byte for byte")
    func roundTrip() throws {
        let model = smallModel()
        let bytes = ModelFile.encode(model)
        let decoded = try ModelFile.decode(bytes)
        #expect(decoded.naiveBayes.counts == model.naiveBayes.counts)
        #expect(decoded.combination == model.combination)
        #expect(ModelFile.encode(decoded) == bytes)
    }

    @Test("Truncation at every length is a typed error")
    func truncated() {
        let bytes = ModelFile.encode(smallModel())
        for n in 0..<bytes.count {
            #expect(throws: ModelError.self) { try ModelFile.decode(Array(bytes[0..<n])) }
        }
    }

    @Test("Any flipped bit is detected")
    func bitFlips() {
        let bytes = ModelFile.encode(smallModel())
        for i in stride(from: 0, to: bytes.count * 8, by: 7) {
            var damaged = bytes
            damaged[i / 8] ^= UInt8(1 << (i % 8))
            #expect(throws: ModelError.self) { try ModelFile.decode(damaged) }
        }
    }

    @Test("Wrong magic, wrong version, and a huge declared size are refused before any allocation")
    func hostileHeaders() {
        var bytes = ModelFile.encode(smallModel())
        var badMagic = bytes
        badMagic[0] = 0x58
        #expect(throws: ModelError.badMagic) { try ModelFile.decode(badMagic) }
        var badVersion = bytes
        badVersion[4] = 9
        #expect(throws: ModelError.unsupportedVersion(9)) { try ModelFile.decode(badVersion) }
        // Entry count field (just before the entries): claim 4 billion entries.
        let countAt = ModelFile.headerSize - 4
        for k in 0..<4 { bytes[countAt + k] = 0xFF }
        #expect(throws: ModelError.self) { try ModelFile.decode(bytes) }
        #expect(throws: ModelError.self) { try ModelFile.decode(Array(repeating: 0, count: 10_000)) }
    }

    @Test("learn then unlearn restores the counts; merge adds them")
    func incrementalTraining() throws {
        var nb = NaiveBayesModel(bucketBits: 12)
        nb.learn(features: [1, 2], isScam: true)
        let before = nb.counts
        nb.learn(features: [2, 3, 3], isScam: false)
        nb.unlearn(features: [2, 3, 3], isScam: false)
        #expect(nb.counts == before && nb.legitDocuments == 0)
        var a = NaiveBayesModel(bucketBits: 12)
        var b = NaiveBayesModel(bucketBits: 12)
        var both = NaiveBayesModel(bucketBits: 12)
        a.learn(features: [1, 2], isScam: true)
        both.learn(features: [1, 2], isScam: true)
        b.learn(features: [2, 5], isScam: false)
        both.learn(features: [2, 5], isScam: false)
        try a.merge(b)
        #expect(a.counts == both.counts && a.scamFeatures == both.scamFeatures)
        #expect(throws: ModelError.self) { try a.merge(NaiveBayesModel(bucketBits: 14)) }
    }

    @Test("Smoothing runs over seen buckets only: a feature seen only in scams weighs towards scam")
    func smoothing() {
        var nb = NaiveBayesModel(bucketBits: 20)
        for _ in 0..<5 {
            nb.learn(features: [7, 8], isScam: true)
            nb.learn(features: [8, 9], isScam: false)
        }
        let table = nb.weights()
        #expect(table.weight(7) > 1)
        #expect(table.weight(9) < -1)
        #expect(abs(table.weight(8)) < 1e-9)
        #expect(table.weight(12345) == 0)
    }
}
