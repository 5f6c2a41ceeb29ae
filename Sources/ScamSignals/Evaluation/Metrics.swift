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
        rocAuc = Self.rocAuc(scores)
        prAuc = Self.averagePrecision(scores)
    }

    /// Area under the ROC curve by the rank-sum formula, ties counted as half.
    static func rocAuc(_ scores: [(probability: Double, isScam: Bool)]) -> Double {
        let sorted = scores.sorted { $0.probability < $1.probability }
        let positives = scores.filter(\.isScam).count
        let negatives = scores.count - positives
        guard positives > 0, negatives > 0 else { return 0 }
        var rankSum = 0.0
        var i = 0
        while i < sorted.count {
            var j = i
            while j + 1 < sorted.count && sorted[j + 1].probability == sorted[i].probability { j += 1 }
            let rank = Double(i + j) / 2 + 1
            for k in i...j where sorted[k].isScam { rankSum += rank }
            i = j + 1
        }
        return (rankSum - Double(positives) * Double(positives + 1) / 2) / (Double(positives) * Double(negatives))
    }

    /// Area under the precision–recall curve as average precision (tied scores form one step).
    static func averagePrecision(_ scores: [(probability: Double, isScam: Bool)]) -> Double {
        let sorted = scores.sorted { $0.probability > $1.probability }
        let positives = scores.filter(\.isScam).count
        guard positives > 0 else { return 0 }
        var tp = 0
        var seen = 0
        var ap = 0.0
        var i = 0
        while i < sorted.count {
            var j = i
            var newTP = 0
            while j < sorted.count && sorted[j].probability == sorted[i].probability {
                if sorted[j].isScam { newTP += 1 }
                j += 1
            }
            tp += newTP
            seen = j
            ap += Double(newTP) / Double(positives) * (Double(tp) / Double(seen))
            i = j
        }
        return ap
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
