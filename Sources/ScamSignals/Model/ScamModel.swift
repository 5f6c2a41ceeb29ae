// A trained model: naive-Bayes counts plus the weights that combine its evidence with the rules.

/// How naive-Bayes evidence and rule weights combine into one probability:
/// `p = logistic(bias + naiveBayes · clamp(nbLogOdds, ±clamp) / scale + rules · ruleLogOdds)`.
public struct CombinationWeights: Sendable, Hashable, Codable {
    public var bias: Double
    public var naiveBayes: Double
    public var rules: Double
    /// NB log-odds are clamped to ±`clamp` and divided by `scale` before weighting.
    public static let clamp = 40.0
    public static let scale = 10.0

    public init(bias: Double, naiveBayes: Double, rules: Double) {
        self.bias = bias
        self.naiveBayes = naiveBayes
        self.rules = rules
    }

    /// Neutral weights for an untrained combination: NB and rules count as log-odds.
    public static let neutral = CombinationWeights(bias: 0, naiveBayes: scale, rules: 1)

    /// The combined log-odds.
    public func logOdds(naiveBayes nb: Double, rules r: Double) -> Double {
        bias + naiveBayes * Self.input(nb) + rules * r
    }

    static func input(_ nb: Double) -> Double { max(-clamp, min(clamp, nb)) / scale }
}

/// Everything a classifier learns from a corpus.
public struct ScamModel: Sendable {
    public var naiveBayes: NaiveBayesModel
    public var combination: CombinationWeights
    /// Feature-extraction version the model was trained with.
    public var featureVersion: UInt32

    /// The feature set this build extracts; models of another version are refused.
    public static let currentFeatureVersion: UInt32 = 1

    public init(
        naiveBayes: NaiveBayesModel, combination: CombinationWeights,
        featureVersion: UInt32 = ScamModel.currentFeatureVersion
    ) {
        self.naiveBayes = naiveBayes
        self.combination = combination
        self.featureVersion = featureVersion
    }
}
