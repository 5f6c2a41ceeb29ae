// Training: naive-Bayes counts from a corpus, and combination weights fitted on out-of-fold scores.

/// Trains a ``ScamModel`` from labelled ads, deterministically.
///
/// The combination weights are fitted by logistic regression on out-of-fold naive-Bayes scores (k-fold inside
/// the training data), so they are never fitted on scores of ads the naive Bayes has seen.
///
/// ```swift
/// let model = Trainer().train(ads)
/// try ModelFile.write(model, path: "my.ssm")
/// ```
public struct Trainer: Sendable {
    public var bucketBits = 20
    public var alpha = 0.5
    /// Buckets seen in fewer documents are dropped from the final model.
    public var minimumDocuments: UInt32 = 2
    /// Folds used to produce the out-of-fold scores the combination is fitted on.
    public var combinationFolds = 5
    public var rules: RuleSet

    public init(rules: RuleSet = .builtin) { self.rules = rules }

    /// Trains on `ads`.
    public func train(_ ads: [LabeledAd]) -> ScamModel {
        train(prepared: PreparedAd.prepare(ads, rules: rules))
    }

    func train(prepared ads: [PreparedAd]) -> ScamModel {
        let combination = fitCombination(ads)
        var nb = naiveBayes(ads, ads.indices)
        nb.prune(minimumDocuments: minimumDocuments)
        return ScamModel(naiveBayes: nb, combination: combination)
    }

    func naiveBayes(_ ads: [PreparedAd], _ members: some Sequence<Int>) -> NaiveBayesModel {
        var nb = NaiveBayesModel(bucketBits: bucketBits, alpha: alpha)
        for i in members { nb.learn(features: ads[i].features, isScam: ads[i].ad.isScam) }
        return nb
    }

    /// Out-of-fold naive-Bayes log-odds for every ad.
    func outOfFoldScores(_ ads: [PreparedAd], folds k: Int) -> [Double] {
        let fold = Folds.assign(ads.map(\.ad.isScam), folds: k)
        var scores = [Double](repeating: 0, count: ads.count)
        var scratch: [UInt32] = []
        for f in 0..<k {
            var nb = naiveBayes(ads, ads.indices.filter { fold[$0] != f })
            nb.prune(minimumDocuments: minimumDocuments)
            let table = nb.weights()
            for i in ads.indices where fold[i] == f {
                scores[i] = table.priorLogOdds + table.evidence(ads[i].features, scratch: &scratch)
            }
        }
        return scores
    }

    func fitCombination(_ ads: [PreparedAd]) -> CombinationWeights {
        let scam = ads.filter(\.ad.isScam).count
        guard ads.count >= combinationFolds * 2, scam >= combinationFolds, ads.count - scam >= combinationFolds else {
            return .neutral
        }
        let scores = outOfFoldScores(ads, folds: combinationFolds)
        let x = ads.indices.map { [CombinationWeights.input(scores[$0]), ads[$0].ruleSum] }
        let w = LogisticRegression.fit(x, ads.map(\.ad.isScam))
        return CombinationWeights(bias: w[0], naiveBayes: w[1], rules: w[2])
    }
}

/// Logistic regression by Newton's method with a small L2 penalty: deterministic, no dependencies.
enum LogisticRegression {
    /// Weights `[bias, w1, w2, …]` for rows `x` and labels `y`.
    static func fit(_ x: [[Double]], _ y: [Bool], l2: Double = 1e-2, iterations: Int = 50) -> [Double] {
        let d = (x.first?.count ?? 0) + 1
        var w = [Double](repeating: 0, count: d)
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: d)
            var hessian = [[Double]](repeating: [Double](repeating: 0, count: d), count: d)
            for (row, label) in zip(x, y) {
                let v = [1.0] + row
                var z = 0.0
                for j in 0..<d { z += w[j] * v[j] }
                let p = DeterministicMath.logistic(z)
                let r = p - (label ? 1 : 0)
                let s = max(p * (1 - p), 1e-9)
                for j in 0..<d {
                    gradient[j] += r * v[j]
                    for k in 0..<d { hessian[j][k] += s * v[j] * v[k] }
                }
            }
            for j in 1..<d {
                gradient[j] += l2 * w[j]
                hessian[j][j] += l2
            }
            guard let step = solve(hessian, gradient) else { break }
            var change = 0.0
            for j in 0..<d {
                w[j] -= step[j]
                change = max(change, abs(step[j]))
            }
            if change < 1e-10 { break }
        }
        return w
    }

    /// Solves `a · x = b` by Gaussian elimination with partial pivoting.
    static func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        var m = a
        var v = b
        let n = b.count
        for c in 0..<n {
            var pivot = c
            for r in (c + 1)..<max(c + 1, n) where abs(m[r][c]) > abs(m[pivot][c]) { pivot = r }
            guard abs(m[pivot][c]) > 1e-12 else { return nil }
            m.swapAt(c, pivot)
            v.swapAt(c, pivot)
            for r in 0..<n where r != c {
                let f = m[r][c] / m[c][c]
                if f == 0 { continue }
                for k in c..<n { m[r][k] -= f * m[c][k] }
                v[r] -= f * v[c]
            }
        }
        return (0..<n).map { v[$0] / m[$0][$0] }
    }
}
