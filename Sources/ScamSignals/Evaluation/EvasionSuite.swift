// The evasion suite: detection of scam ads before and after each obfuscation trick.

/// Detection of scams on clean text and under each ``Obfuscation``.
public struct EvasionReport: Codable, Sendable {
    public struct Row: Codable, Sendable {
        public var trick: String
        /// Share of the scam ads with probability ≥ 0.5.
        public var detection: Double
        /// Percentage points against the clean text (negative: the trick evades more often).
        public var change: Double
        /// Mean probability over the scam ads.
        public var meanProbability: Double
    }
    public var scamAds: Int
    public var rows: [Row]
}

/// Runs every scam ad through each trick and measures how often the classifier still catches it.
///
/// ```swift
/// let report = EvasionSuite(classifier: .default).run(testSplitScamTexts)
/// for row in report.rows { print(row.trick, row.detection, row.change) }
/// ```
public struct EvasionSuite: Sendable {
    public var classifier: Classifier

    public init(classifier: Classifier) { self.classifier = classifier }

    public func run(_ scamTexts: [String]) -> EvasionReport {
        func measure(_ texts: [String]) -> (Double, Double) {
            let p = texts.map { classifier.assess($0).probability }
            let detected = p.filter { $0 >= 0.5 }.count
            return (Double(detected) / Double(max(1, p.count)), p.reduce(0, +) / Double(max(1, p.count)))
        }
        let clean = measure(scamTexts)
        var rows = [EvasionReport.Row(trick: "clean", detection: clean.0, change: 0, meanProbability: clean.1)]
        for trick in Obfuscation.allCases {
            let (d, m) = measure(scamTexts.map(trick.apply))
            rows.append(
                EvasionReport.Row(trick: trick.rawValue, detection: d, change: (d - clean.0) * 100, meanProbability: m))
        }
        return EvasionReport(scamAds: scamTexts.count, rows: rows)
    }
}
