// Classification metrics of the scam class: precision, recall, F1, ROC AUC, PR AUC, accuracy, confusion.

/// Counts of the confusion matrix (scam is the positive class).
public struct Confusion: Codable, Sendable, Hashable {
    public var tp = 0, fp = 0, tn = 0, fn = 0
}

/// Metrics of a set of scored ads; a prediction is "scam" when the probability is at least 0.5.
public struct Metrics: Codable, Sendable, Hashable {
    public var count: Int
    public var precision: Double
    public var recall: Double
    public var f1: Double
    public var rocAuc: Double
    public var prAuc: Double
    public var accuracy: Double
    public var confusion: Confusion

    enum CodingKeys: String, CodingKey {
        case count, precision, recall, f1, accuracy, confusion
        case rocAuc = "roc_auc"
        case prAuc = "pr_auc"
    }

    /// Metrics of `(probability, isScam)` pairs.
    public init(scores: [(probability: Double, isScam: Bool)], threshold: Double = 0.5) {
        var c = Confusion()
        for s in scores {
            switch (s.probability >= threshold, s.isScam) {
            case (true, true): c.tp += 1
            case (true, false): c.fp += 1
            case (false, false): c.tn += 1
            case (false, true): c.fn += 1
            }
        }
        count = scores.count
        confusion = c
        precision = c.tp + c.fp == 0 ? 0 : Double(c.tp) / Double(c.tp + c.fp)
        recall = c.tp + c.fn == 0 ? 0 : Double(c.tp) / Double(c.tp + c.fn)
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        accuracy = scores.isEmpty ? 0 : Double(c.tp + c.tn) / Double(scores.count)
        rocAuc = ROCCurve(scores: scores).area
        prAuc = PrecisionRecallCurve(scores: scores).averagePrecision
    }
}

/// How often a sign fires on scam and on legitimate ads.
public struct SignalStats: Codable, Sendable, Hashable {
    public var scam: Int
    public var legit: Int
    public var scamRate: Double
    public var legitRate: Double
    public var pack: String
    /// Against the corpus's own annotations (`signals` field), when it has them: ads annotated with the sign,
    /// and how many of those it fired on (recall), and of the firings how many were annotated (precision).
    public var annotated: Int?
    public var recall: Double?
    public var precision: Double?

    enum CodingKeys: String, CodingKey {
        case scam, legit, pack, annotated, recall, precision
        case scamRate = "scam_rate"
        case legitRate = "legit_rate"
    }
}
