// Evaluation: stratified k-fold cross-validation and train/test, overall, per language and per signal.

/// The result of an evaluation.
public struct EvaluationReport: Codable, Sendable {
    /// `cross-validation` or `train-test`.
    public var method: String
    public var folds: Int?
    public var overall: Metrics
    public var byLanguage: [String: Metrics]
    public var bySignal: [String: SignalStats]
    /// Every evaluated ad with its out-of-sample probability.
    public var predictions: [Prediction]

    public struct Prediction: Codable, Sendable {
        public var id: String?
        public var language: String
        public var isScam: Bool
        public var probability: Double
        public var signals: [String]
    }

    enum CodingKeys: String, CodingKey {
        case method, folds, overall, predictions
        case byLanguage = "by_language"
        case bySignal = "by_signal"
    }
}

/// Measures a training configuration honestly: every probability comes from a model that never saw the ad.
public struct Evaluator: Sendable {
    public var trainer: Trainer

    public init(trainer: Trainer = Trainer()) { self.trainer = trainer }

    /// Stratified k-fold cross-validation.
    public func crossValidate(_ ads: [LabeledAd], folds k: Int = 10) -> EvaluationReport {
        let prepared = PreparedAd.prepare(ads, rules: trainer.rules)
        let fold = Folds.assign(prepared.map(\.ad.isScam), folds: k, seed: 0xC0FF_EE)
        var probabilities = [Double](repeating: 0, count: prepared.count)
        for f in 0..<k {
            let train = prepared.indices.filter { fold[$0] != f }.map { prepared[$0] }
            let model = trainer.train(prepared: train)
            let table = model.naiveBayes.weights()
            for i in prepared.indices where fold[i] == f {
                probabilities[i] = Self.probability(model, table, prepared[i])
            }
        }
        return report(prepared, probabilities, method: "cross-validation", folds: k)
    }

    /// Trains on `train`, measures on `test`.
    public func trainTest(train: [LabeledAd], test: [LabeledAd]) -> EvaluationReport {
        let model = trainer.train(train)
        let prepared = PreparedAd.prepare(test, rules: trainer.rules)
        let table = model.naiveBayes.weights()
        return report(prepared, prepared.map { Self.probability(model, table, $0) }, method: "train-test", folds: nil)
    }

    static func probability(_ model: ScamModel, _ table: ScoringTable, _ ad: PreparedAd) -> Double {
        var scratch: [UInt32] = []
        let nb = table.priorLogOdds + table.evidence(ad.features, scratch: &scratch)
        return DeterministicMath.logistic(model.combination.logOdds(naiveBayes: nb, rules: ad.ruleSum))
    }

    func report(_ ads: [PreparedAd], _ p: [Double], method: String, folds: Int?) -> EvaluationReport {
        let scores = ads.indices.map { (probability: p[$0], isScam: ads[$0].ad.isScam) }
        var byLanguage: [String: Metrics] = [:]
        for language in Set(ads.map(\.language)).sorted() {
            byLanguage[language] = Metrics(
                scores: ads.indices.filter { ads[$0].language == language }.map { scores[$0] })
        }
        let scamCount = max(1, ads.filter(\.ad.isScam).count)
        let legitCount = max(1, ads.count - ads.filter(\.ad.isScam).count)
        var bySignal: [String: SignalStats] = [:]
        for d in trainer.rules.definitions where d.enabled {
            bySignal[d.id] = SignalStats(scam: 0, legit: 0, scamRate: 0, legitRate: 0, pack: d.pack)
        }
        for ad in ads {
            for s in ad.signals {
                if ad.ad.isScam { bySignal[s.id]?.scam += 1 } else { bySignal[s.id]?.legit += 1 }
            }
        }
        for (id, s) in bySignal {
            bySignal[id]?.scamRate = Double(s.scam) / Double(scamCount)
            bySignal[id]?.legitRate = Double(s.legit) / Double(legitCount)
        }
        // Agreement with the corpus's annotations, over the ads that carry a `signals` field.
        let annotatedAds = ads.filter { $0.ad.signals != nil }
        if !annotatedAds.isEmpty {
            for id in bySignal.keys {
                var annotated = 0
                var fired = 0
                var both = 0
                for ad in annotatedAds {
                    let a = ad.ad.signals!.contains(id)
                    let f = ad.signals.contains { $0.id == id }
                    if a { annotated += 1 }
                    if f { fired += 1 }
                    if a && f { both += 1 }
                }
                bySignal[id]?.annotated = annotated
                bySignal[id]?.recall = annotated > 0 ? Double(both) / Double(annotated) : nil
                bySignal[id]?.precision = fired > 0 ? Double(both) / Double(fired) : nil
            }
        }
        let predictions = ads.indices.map {
            EvaluationReport.Prediction(
                id: ads[$0].ad.id, language: ads[$0].language, isScam: ads[$0].ad.isScam,
                probability: p[$0], signals: ads[$0].signals.map(\.id))
        }
        return EvaluationReport(
            method: method, folds: folds, overall: Metrics(scores: scores), byLanguage: byLanguage,
            bySignal: bySignal, predictions: predictions)
    }
}
