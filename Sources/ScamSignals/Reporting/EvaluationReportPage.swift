// The evaluation report page: curves, calibration, confusion, metrics per language, signals, clues and errors.

/// An ``EvaluationReport`` as one self-contained, printable HTML page, charts drawn from its own numbers.
///
/// The page holds the ROC and precision–recall curves with their areas (the same figures `scamsignals eval`
/// prints), a reliability diagram of the probability with the ads in each bin, the confusion matrix at 0.5
/// and at the verdict thresholds, the metrics per language, how often each warning sign fires on scam and on
/// legit ads, the strongest naive-Bayes clues when given, and the misclassified ads. With a ``Comparison``,
/// the curves of a second run are drawn on the same axes.
///
/// The charts are inline SVG: no scripts, fonts, images or links, so the page works offline and prints.
/// Series differ by dash pattern, marker shape and fill pattern as well as colour; each chart has a title, a
/// description of its data for screen readers, and labelled axes with units. The same input gives the same
/// bytes: numbers are formatted without a locale and nothing is dated.
///
/// ```swift
/// let ads = try CorpusReader().read(path: "Corpus").ads
/// let report = Evaluator().crossValidate(ads)
/// var page = EvaluationReportPage(report: report, texts: ads.map(\.text))
/// page.clues = StrongestClues(model: Trainer().train(ads), ads: ads)
/// try page.html().write(toFile: "eval.html", atomically: true, encoding: .utf8)
/// ```
public struct EvaluationReportPage: Sendable {
    /// Another run's predictions, drawn beside this one's on the curves.
    public struct Comparison: Sendable {
        /// Its name in the legends.
        public var label: String
        public var predictions: [EvaluationReport.Prediction]

        public init(label: String, predictions: [EvaluationReport.Prediction]) {
            self.label = label
            self.predictions = predictions
        }
    }

    public var report: EvaluationReport
    /// The text of each evaluated ad, in the order of `report.predictions` (the start of a misclassified ad is
    /// shown).
    public var texts: [String]
    public var title = "ScamSignals evaluation report"
    /// This run's name in the legends.
    public var label = "this run"
    /// Sentences under the title: the corpus, the rule packs, anything a reader needs to reproduce the run.
    public var notes: [String] = []
    /// The verdict thresholds the confusion matrix by verdict uses.
    public var thresholds = VerdictThresholds.standard
    /// The strongest naive-Bayes clues, and which model they come from (in words, for the page).
    public var clues: StrongestClues? = nil
    public var cluesModel = "the evaluated model"
    public var comparison: Comparison? = nil
    /// Misclassified ads listed per kind (missed scams, false alarms); the rest are counted.
    public var misclassifiedLimit = 50

    public init(report: EvaluationReport, texts: [String]) {
        self.report = report
        self.texts = texts
    }

    /// A run drawn on the charts: this one, then the comparison.
    struct Run {
        var label: String
        var predictions: [EvaluationReport.Prediction]
        var scores: [(probability: Double, isScam: Bool)] { predictions.map { ($0.probability, $0.isScam) } }
    }

    var runs: [Run] {
        [Run(label: label, predictions: report.predictions)]
            + (comparison.map { [Run(label: $0.label, predictions: $0.predictions)] } ?? [])
    }

    /// The page: a complete HTML5 document.
    public func html() -> String {
        let scam = report.predictions.filter(\.isScam).count
        var lead = [
            (report.method == "cross-validation"
                ? "\(report.folds ?? 0)-fold stratified cross-validation: every probability comes from a model "
                    + "that did not see the ad."
                : "Train/test: the model learnt from the training ads and scored the test ads below.")
                + " \(DecimalText.grouped(report.predictions.count)) ads evaluated: \(DecimalText.grouped(scam)) "
                + "scam, \(DecimalText.grouped(report.predictions.count - scam)) legit."
        ]
        lead += notes
        if let comparison {
            lead.append(
                "Compared with “\(comparison.label)”: \(DecimalText.grouped(comparison.predictions.count)) "
                    + "predictions, drawn on the same axes as “\(label)”.")
        }
        var sections = [summarySection(), curvesSection(), calibrationSection(), confusionSection()]
        sections += [languageSection(), signalSection()]
        if let clues { sections.append(cluesSection(clues)) }
        sections.append(misclassifiedSection())
        return ReportDocument.page(title: title, lead: lead, sections: sections)
    }

    // MARK: - Summary and curves

    func summarySection() -> String {
        let m = report.overall
        let figures: [(String, String)] = [
            ("ROC AUC", DecimalText.fixed(m.rocAuc, 3)), ("PR AUC", DecimalText.fixed(m.prAuc, 3)),
            ("F1", DecimalText.fixed(m.f1, 3)), ("precision", DecimalText.fixed(m.precision, 3)),
            ("recall", DecimalText.fixed(m.recall, 3)), ("accuracy", DecimalText.fixed(m.accuracy, 3)),
        ]
        var out = "<ul class=\"figures\">\n"
        for (name, value) in figures { out += "<li><strong>\(value)</strong>\(HTMLText.escape(name))</li>\n" }
        out += "</ul>\n"
        return ReportDocument.section(
            id: "summary", heading: "Summary",
            intro: "Scam is the positive class; precision, recall, F1 and accuracy count an ad as scam when its "
                + "probability is at least 0.5.", content: out)
    }

    static let probabilityAxis = ChartAxis.linear("", from: 0, to: 1, ticks: 5)

    func curvesSection() -> String {
        let runs = runs
        let rocs = runs.map { ROCCurve(scores: $0.scores) }
        let prs = runs.map { PrecisionRecallCurve(scores: $0.scores) }
        var x = Self.probabilityAxis
        var y = Self.probabilityAxis
        x.title = "False positive rate (share of legit ads flagged)"
        y.title = "True positive rate (share of scams caught)"
        let rocSeries = runs.indices.map { i in
            LineChart.Series(
                name: "\(runs[i].label): AUC \(DecimalText.fixed(rocs[i].area, 3))",
                points: rocs[i].points.map { ($0.falsePositiveRate, $0.truePositiveRate) }, style: .at(i),
                markers: .spaced(8))
        }
        let roc = LineChart(
            id: "roc", title: "ROC curve", description: curveDescription("ROC", rocs.map(\.area)), x: x, y: y,
            series: rocSeries, references: [.init(name: "chance: AUC 0.5", points: [(0, 0), (1, 1)])],
            plotHeight: 340, alwaysShowLegend: true)
        x.title = "Recall (share of scams caught)"
        y.title = "Precision (share of flagged ads that are scams)"
        // Drawn as steps: the area under the steps is the average precision.
        let prSeries = runs.indices.map { i in
            var steps: [(x: Double, y: Double)] = []
            for p in prs[i].points {
                if let last = steps.last { steps.append((last.x, p.precision)) }
                steps.append((p.recall, p.precision))
            }
            return LineChart.Series(
                name: "\(runs[i].label): AUC \(DecimalText.fixed(prs[i].averagePrecision, 3))", points: steps,
                style: .at(i), markers: .spaced(8))
        }
        let share = Double(report.predictions.filter(\.isScam).count) / Double(max(1, report.predictions.count))
        let pr = LineChart(
            id: "pr", title: "Precision–recall curve",
            description: curveDescription("precision–recall", prs.map(\.averagePrecision)), x: x, y: y,
            series: prSeries,
            references: [
                .init(
                    name: "no skill: the share of scams, \(DecimalText.fixed(share, 3))",
                    points: [(0, share), (1, share)])
            ], plotHeight: 340, alwaysShowLegend: true)
        let content = ReportDocument.row([
            ReportDocument.figure(
                roc.svg(),
                caption: "Each point of the curve is one threshold: the ads at or above it are called scam (the "
                    + "markers only tell the series apart). The closer the curve runs to the top-left corner, the "
                    + "better; the area under it is the ROC AUC."),
            ReportDocument.figure(
                pr.svg(),
                caption: "Precision against recall over the same thresholds, drawn as steps; the area under the "
                    + "steps is the average precision (PR AUC)."),
        ])
        return ReportDocument.section(id: "curves", heading: "ROC and precision–recall curves", content: content)
    }

    func curveDescription(_ name: String, _ areas: [Double]) -> String {
        "The \(name) curve of "
            + zip(runs, areas).map { "\($0.label) (area under the curve \(DecimalText.fixed($1, 3)))" }
            .joined(separator: " and ") + "."
    }

    // MARK: - Calibration

    func calibrationSection() -> String {
        let runs = runs
        let calibrations = runs.map { Calibration(scores: $0.scores) }
        var x = Self.probabilityAxis
        x.title = "Mean predicted probability of scam in the bin"
        var y = Self.probabilityAxis
        y.title = "Observed share of scams in the bin"
        let left = 58.0
        let series = runs.indices.map { i in
            let c = calibrations[i]
            let filled = c.bins.filter { $0.count > 0 }
            return LineChart.Series(
                name: "\(runs[i].label): Brier \(DecimalText.fixed(c.brierScore, 3)), "
                    + "ECE \(DecimalText.fixed(c.expectedCalibrationError, 3))",
                points: filled.map { ($0.meanProbability, $0.observedScamRate!) }, style: .at(i))
        }
        let description =
            "Reliability diagram in ten bins of probability. "
            + zip(runs, calibrations).map { run, c in
                "\(run.label): "
                    + c.bins.filter { $0.count > 0 }.map {
                        "\(binName($0)): \(DecimalText.grouped($0.count)) ads, mean probability "
                            + "\(DecimalText.fixed($0.meanProbability, 3)), observed \(DecimalText.fixed($0.observedScamRate!, 3))"
                    }.joined(separator: "; ")
            }.joined(separator: ". ") + "."
        let chart = LineChart(
            id: "calibration", title: "Reliability diagram", description: description, x: x, y: y, series: series,
            references: [.init(name: "perfect calibration", points: [(0, 0), (1, 1)])], plotHeight: 300,
            leftMargin: left, alwaysShowLegend: true)
        var histogramAxis = Self.probabilityAxis
        histogramAxis.title = "Predicted probability of scam (bins of 0.1)"
        let histogram = HistogramChart(
            id: "calibration-counts", title: "Ads per bin",
            description: "Ads in each bin of probability: "
                + zip(runs, calibrations).map { run, c in
                    "\(run.label): "
                        + c.bins.map { "\(binName($0)) \(DecimalText.grouped($0.count))" }
                        .joined(separator: ", ")
                }.joined(separator: ". ") + ".",
            x: histogramAxis, yTitle: "Ads", seriesNames: runs.map(\.label),
            bins: calibrations[0].bins.indices.map { b in
                .init(
                    lower: calibrations[0].bins[b].lower, upper: calibrations[0].bins[b].upper,
                    counts: calibrations.map { $0.bins[b].count })
            }, leftMargin: left)
        let header = ["Probability"] + runs.flatMap { _ in ["Ads", "Scams", "Mean predicted", "Observed"] }
        let groups = runs.count > 1 ? [(name: "", span: 1)] + runs.map { (name: $0.label, span: 4) } : []
        let rows = calibrations[0].bins.indices.map { b -> [ReportDocument.Cell] in
            var row = [ReportDocument.Cell.text(binName(calibrations[0].bins[b]))]
            for c in calibrations {
                let bin = c.bins[b]
                row += [
                    .number(DecimalText.grouped(bin.count)), .number(DecimalText.grouped(bin.scamCount)),
                    .number(bin.count > 0 ? DecimalText.fixed(bin.meanProbability, 3) : "–"),
                    .number(bin.observedScamRate.map { DecimalText.fixed($0, 3) } ?? "–"),
                ]
            }
            return row
        }
        let content =
            ReportDocument.row([
                "<div class=\"keep\">\n" + ReportDocument.figure(chart.svg()) + ReportDocument.figure(histogram.svg())
                    + "</div>\n",
                ReportDocument.table(caption: "Calibration bins", groups: groups, header: header, rows: rows),
            ])
            + ReportDocument.paragraph(
                "A point on the diagonal means the probability can be taken at its word: of the ads given about "
                    + "30%, about 30% are scams. Points above it are under-confident, below it over-confident. "
                    + "Bins with few ads are noisy. The Brier score is the mean squared difference between "
                    + "probability and outcome; ECE, the expected calibration error, is the ads-weighted mean "
                    + "distance from the diagonal.", note: true)
        return ReportDocument.section(id: "calibration", heading: "Calibration of the probability", content: content)
    }

    func binName(_ bin: Calibration.Bin) -> String {
        DecimalText.fixed(bin.lower, 1) + "–" + DecimalText.fixed(bin.upper, 1)
    }
}
