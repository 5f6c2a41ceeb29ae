// The naive-Bayes features that weigh most towards each class, named by the words they stand for in a corpus.

/// What a trained model has learnt, in words: its heaviest naive-Bayes clues towards scam and towards legit.
///
/// The model stores hashed features only, so the names come from a corpus: every ad is tokenized again, and
/// each feature that can be named (a word with or without its diacritics, a pair of neighbouring words, a
/// token kind such as `<phone>`, an emoji) is matched to the model's bucket. Stems, money details and
/// obfuscation flags carry no readable name and are left out. When several names share a bucket, the one
/// most frequent in the corpus names it.
///
/// ```swift
/// let ads = try CorpusReader().read(path: "Corpus").ads
/// let clues = StrongestClues(model: Trainer().train(ads), ads: ads, limit: 10)
/// clues.scam.map(\.feature)      // e.g. ["kamboja", "dubai", "nguoi viet", "người việt", …]
/// ```
public struct StrongestClues: Sendable, Hashable {
    /// One named feature of the model.
    public struct Entry: Sendable, Hashable {
        /// The words it stands for: `luong`, `lương`, `gaji besar`, `<phone>`.
        public var feature: String
        /// Its log-likelihood ratio, log P(feature | scam) − log P(feature | legit): positive towards scam.
        public var weight: Double
        /// Training ads of each class that contain it (its bucket's counts).
        public var scamAds: Int
        public var legitAds: Int
    }

    /// The strongest clues towards scam, heaviest first (positive weights).
    public var scam: [Entry]
    /// The strongest clues towards legit, heaviest first (negative weights).
    public var legit: [Entry]

    /// The `limit` heaviest named clues of `model` for each class, named from `ads` (use the ads it learnt from).
    ///
    /// - Complexity: one tokenization of every ad, plus a sort of the model's buckets.
    public init(model: ScamModel, ads: [LabeledAd], limit: Int = 15) {
        let nb = model.naiveBayes
        let table = nb.weights()
        // A few times `limit` candidates per side, since some heavy buckets have no readable name.
        let ranked = nb.counts.keys.map { (bucket: $0, weight: table.weight(UInt64($0))) }
            .sorted { $0.weight > $1.weight || ($0.weight == $1.weight && $0.bucket < $1.bucket) }
        let room = max(0, limit) * 8
        let candidates = Set(
            ranked.prefix(room).filter { $0.weight > 0 }.map(\.bucket)
                + ranked.suffix(room).filter { $0.weight < 0 }.map(\.bucket))
        let mask = UInt64((1 << nb.bucketBits) - 1)
        let tokenizer = Tokenizer()
        let extractor = FeatureExtractor()
        var names: [UInt32: [String: Int]] = [:]
        for ad in ads {
            let text = tokenizer.tokenize(ad.text)
            var features: [UInt64] = []
            var sources: [Int32] = []
            extractor.extract(text, into: &features, sources: &sources)
            // Only names of features the extractor really emitted: if it changes, a name is dropped, never wrong.
            let emitted = Set(features)
            for (feature, name) in Self.namedFeatures(text) where emitted.contains(feature) {
                let bucket = UInt32(truncatingIfNeeded: feature & mask)
                if candidates.contains(bucket) { names[bucket, default: [:]][name, default: 0] += 1 }
            }
        }
        func entries(_ side: some Sequence<(bucket: UInt32, weight: Double)>) -> [Entry] {
            var out: [Entry] = []
            var seen = Set<String>()
            for (bucket, weight) in side where out.count < limit {
                guard let counted = names[bucket], let counts = nb.counts[bucket] else { continue }
                let name = counted.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
                guard seen.insert(name).inserted else { continue }
                out.append(Entry(feature: name, weight: weight, scamAds: Int(counts.scam), legitAds: Int(counts.legit)))
            }
            // Equal weights in the order of their names rather than of their hash buckets.
            return out.sorted {
                abs($0.weight) > abs($1.weight) || (abs($0.weight) == abs($1.weight) && $0.feature < $1.feature)
            }
        }
        scam = entries(ranked.lazy.filter { $0.weight > 0 })
        legit = entries(ranked.reversed().lazy.filter { $0.weight < 0 })
    }

    /// The features of `text` a reader can recognise, with their names, as `FeatureExtractor` forms them.
    static func namedFeatures(_ text: TokenizedText) -> [(feature: UInt64, name: String)] {
        typealias F = FeatureExtractor
        var out: [(feature: UInt64, name: String)] = []
        var previous: (key: UInt64, plain: UInt64, accented: Bool, name: String, plainName: String)? = nil
        for t in text.tokens {
            if t.flags.contains(.startsClause) { previous = nil }
            let accented = t.flags.contains(.hasDiacritics)
            var key = t.key
            var plain = t.plainKey
            let name: String
            let plainName: String
            switch t.kind {
            case .word:
                name = text.normalized(of: t)
                plainName = text.plain(of: t)
                out.append((F.feature(.unigram, plain), plainName))
                if accented { out.append((F.feature(.accented, key), name)) }
            case .emoji:
                out.append((F.feature(.emoji, t.key), text.normalized(of: t)))
                continue
            default:
                key = F.feature(.kind, UInt64(TokenKind.allCases.firstIndex(of: t.kind)!))
                plain = key
                name = "<\(t.kind.rawValue)>"
                plainName = name
                out.append((key, name))
            }
            if let p = previous {
                out.append((F.feature(.bigram, StableHash.combine(p.plain, plain)), p.plainName + " " + plainName))
                if p.accented || accented {
                    out.append((F.feature(.accentedBigram, StableHash.combine(p.key, key)), p.name + " " + name))
                }
            }
            previous = (key, plain, accented, name, plainName)
        }
        return out
    }
}
