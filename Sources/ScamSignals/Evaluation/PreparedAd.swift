// An ad with the work that does not depend on training done once: features, rule signals, language.

/// Features and signals of a labelled ad, computed once and reused across folds.
struct PreparedAd: Sendable {
    var ad: LabeledAd
    var features: [UInt64]
    var signals: [Signal]
    var ruleSum: Double
    var language: String

    static func prepare(_ ads: [LabeledAd], rules: RuleSet) -> [PreparedAd] {
        let tokenizer = Tokenizer()
        let extractor = FeatureExtractor()
        return ads.map { ad in
            let text = tokenizer.tokenize(ad.text)
            var features: [UInt64] = []
            var sources: [Int32] = []
            extractor.extract(text, into: &features, sources: &sources)
            let signals = rules.evaluate(text, explanationLanguage: .english)
            return PreparedAd(
                ad: ad, features: features, signals: signals, ruleSum: signals.reduce(0) { $0 + $1.weight },
                language: ad.language ?? text.language.language.rawValue)
        }
    }
}

/// Deterministic stratified folds: each class is spread round-robin over the folds after a seeded shuffle.
enum Folds {
    static func assign(_ labels: [Bool], folds k: Int, seed: UInt64 = 0x5ca3_5167_4a15) -> [Int] {
        var rng = SplitMix64(seed: seed)
        var fold = [Int](repeating: 0, count: labels.count)
        for cls in [true, false] {
            var members = labels.indices.filter { labels[$0] == cls }
            for i in stride(from: members.count - 1, to: 0, by: -1) {
                let j = Int(rng.next() % UInt64(i + 1))
                members.swapAt(i, j)
            }
            for (n, m) in members.enumerated() { fold[m] = n % k }
        }
        return fold
    }
}

/// A small deterministic random generator (the same sequence on every platform).
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
