// Shared by the fuzz targets: invariant checks that trap, and a few ads to score hostile models and packs with.

#if canImport(FoundationEssentials)
import FoundationEssentials
#elseif canImport(Foundation)
import Foundation
#endif

/// Traps (so libFuzzer saves the input) when an invariant does not hold. `precondition` would vanish under
/// `-Ounchecked`; `fatalError` never does.
@inline(never)
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant violated: \(message())") }
}

/// The fuzz input as an array (the library's entry points take `[UInt8]`).
func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: size))
}

/// The binary formats (models, compiled rule programs) end in an FNV-1a 64 checksum of what precedes it.
/// `edited` applies (offset, value) edits from `edits` to `base`, each an `offsetBytes`-byte little-endian
/// offset taken modulo `reach` (never into the checksum) and one value byte, then recomputes the checksum,
/// so decoding gets past it and only the structural checks stand guard.
func edited(_ base: [UInt8], _ edits: ArraySlice<UInt8>, reach: Int, offsetBytes: Int) -> [UInt8] {
    var file = base
    var e = edits.startIndex
    while e + offsetBytes < edits.endIndex {
        var offset = 0
        for k in 0..<offsetBytes { offset |= Int(edits[e + k]) << (8 * k) }
        file[offset % min(reach, file.count - 8)] = edits[e + offsetBytes]
        e += offsetBytes + 1
    }
    let end = file.count - 8
    let sum = StableHash.bytes(file, 0..<end)
    withUnsafeBytes(of: sum.littleEndian) { for i in 0..<8 { file[end + i] = $0[i] } }
    return file
}

/// `bytes` with a valid trailing checksum appended.
func appendingChecksum(_ bytes: [UInt8]) -> [UInt8] {
    var file = bytes
    let sum = StableHash.bytes(file, 0..<file.count)
    withUnsafeBytes(of: sum.littleEndian) { file.append(contentsOf: $0) }
    return file
}

enum Fuzz {
    /// Short ads in the three languages, plus a long repetitive one that stresses gaps and repeated matches.
    static let ads: [[UInt8]] = [
        "Tuyển CSKH đi Campuchia, lương 1500$, bao vé máy bay, ib Telegram",
        "LOKER ADMIN gaji Rp 15jt/bulan, g a j i  b e s a r, v1sa gratis, biaya admin 500rb, WA 0812-0000-4321",
        "Earn $1,800/month, free flight and visa, processing fee $150, Telegram only. Don't tell your family.",
        "Machine Operator, Keller-Rowe Plastics, $19.75/hr. Apply at careers.example.",
        String(repeating: "gaji besar tiket gratis biaya visa kamboja telegram ", count: 60),
    ].map { Array($0.utf8) }

    /// A model trained on `ads` with 2^12 buckets: cheap to load, so targets can build classifiers per input.
    static let smallModel: ScamModel = {
        var nb = NaiveBayesModel(bucketBits: 12)
        let extractor = FeatureExtractor()
        for (i, ad) in ads.enumerated() {
            var features: [UInt64] = []
            var sources: [Int32] = []
            extractor.extract(Tokenizer().tokenize(bytes: ad), into: &features, sources: &sources)
            nb.learn(features: features, isScam: i != 3)
        }
        return ScamModel(naiveBayes: nb, combination: CombinationWeights(bias: -0.5, naiveBayes: 3, rules: 0.8))
    }()
}

/// Checks what the tokenizer promises about any input.
func checkTokens(_ text: TokenizedText, input: [UInt8]) {
    require(text.bytes == input, "TokenizedText.bytes differs from the input")
    var previousStart = 0
    for token in text.tokens {
        let r = token.range
        require(r.lowerBound >= 0 && r.upperBound <= input.count, "token range \(r) outside 0..<\(input.count)")
        require(!r.isEmpty, "empty token range \(r) (\(token.kind))")
        require(r.lowerBound >= previousStart, "tokens out of reading order at \(r)")
        previousStart = r.lowerBound
        require(
            token.foldedRange.lowerBound >= 0 && Int(token.foldedRange.upperBound) <= text.forms.count
                && token.foldedRange.lowerBound <= token.foldedRange.upperBound, "folded range outside forms")
        require(
            token.plainRange.lowerBound >= 0 && Int(token.plainRange.upperBound) <= text.forms.count
                && token.plainRange.lowerBound <= token.plainRange.upperBound, "plain range outside forms")
        _ = text.source(of: token)
        _ = text.normalized(of: token)
        _ = text.plain(of: token)
        if token.kind == .money, let amount = text.amount(of: token) {
            let low = amount.low ?? 0
            require(
                low.isFinite && amount.high.isFinite && low >= 0 && low <= amount.high,
                "money amount \(String(describing: amount.low))…\(amount.high) at \(r)")
        }
        _ = text.messenger(of: token)
    }
    let c = text.language.confidence
    require(c.isFinite && c >= 0 && c <= 1, "language confidence \(c)")
}

/// Checks what an assessment promises about any input of `count` bytes.
func checkAssessment(_ a: Assessment, count: Int, input: [UInt8]? = nil) {
    require(a.probability.isFinite && a.probability >= 0 && a.probability <= 1, "probability \(a.probability)")
    require(
        a.languageConfidence.isFinite && a.languageConfidence >= 0 && a.languageConfidence <= 1,
        "language confidence \(a.languageConfidence)")
    require(a.naiveBayesLogOdds.isFinite && a.ruleLogOdds.isFinite, "log-odds \(a.naiveBayesLogOdds) \(a.ruleLogOdds)")
    for s in a.signals {
        require(s.weight.isFinite, "signal \(s.id) weight \(s.weight)")
        require(!s.evidence.isEmpty || s.category == "salary", "signal \(s.id) without evidence")
        var previousEnd = 0
        for e in s.evidence {
            require(
                e.start >= 0 && e.start < e.end && e.end <= count, "evidence \(e.start)..<\(e.end) outside 0..<\(count)"
            )
            require(e.start >= previousEnd, "evidence of \(s.id) not in order or overlapping at \(e.start)")
            previousEnd = e.end
            if let input {
                require(
                    e.text == String(decoding: input[e.start..<e.end], as: UTF8.self),
                    "evidence text differs from the input slice")
            }
        }
    }
    for c in a.clues {
        require(c.weight.isFinite && c.weight != 0, "clue weight \(c.weight)")
        require(c.start >= 0 && c.start < c.end && c.end <= count, "clue \(c.start)..<\(c.end) outside 0..<\(count)")
    }
    // NaN or infinity anywhere would make the CLI's JSON output throw.
    require((try? JSONEncoder().encode(a)) != nil, "assessment does not encode as JSON")
}
