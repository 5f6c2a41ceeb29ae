// The evaluation page's tabular sections: confusion matrices, metrics per language, signals, clues, errors.

extension EvaluationReportPage {
    // MARK: - Confusion

    func confusionSection() -> String {
        let c = report.overall.confusion
        func n(_ v: Int) -> ReportDocument.Cell { .number(DecimalText.grouped(v)) }
        let atHalf = ReportDocument.table(
            caption: "At probability 0.5 (the threshold of the metrics)",
            header: ["", "Called scam", "Called legit", "Total"],
            rows: [
                [.text("Scam ads"), n(c.tp), n(c.fn), n(c.tp + c.fn)],
                [.text("Legit ads"), n(c.fp), n(c.tn), n(c.fp + c.tn)],
            ])
        var counts: [Bool: [Verdict: Int]] = [true: [:], false: [:]]
        for p in report.predictions {
            counts[p.isScam]![thresholds.verdict(for: p.probability, signals: p.signals.count), default: 0] += 1
        }
        let verdicts = Verdict.allCases
        let byVerdict = ReportDocument.table(
            caption: "By verdict", header: [""] + verdicts.map { "Verdict " + $0.rawValue } + ["Total"],
            rows: [true, false].map { isScam in
                [.text(isScam ? "Scam ads" : "Legit ads")] + verdicts.map { n(counts[isScam]![$0] ?? 0) }
                    + [n(counts[isScam]!.values.reduce(0, +))]
            })
        let note =
            "Verdict thresholds: suspicious from \(DecimalText.fixed(thresholds.suspicious, 2)), scam from "
            + "\(DecimalText.fixed(thresholds.scam, 2)). A scam verdict also needs at least one warning sign; an ad "
            + "above the scam threshold without one is suspicious. The verdicts here are those of the evaluation's "
            + "probabilities."
        return ReportDocument.section(
            id: "confusion", heading: "Confusion matrix",
            content: ReportDocument.row([atHalf, byVerdict]) + ReportDocument.paragraph(note, note: true))
    }

    // MARK: - Languages

    func languageSection() -> String {
        func row(_ name: String, _ m: Metrics) -> [ReportDocument.Cell] {
            let c = m.confusion
            return [.text(name), .number(DecimalText.grouped(m.count))]
                + [m.precision, m.recall, m.f1, m.rocAuc, m.prAuc, m.accuracy].map { .number(DecimalText.fixed($0, 3)) }
                + [c.tp, c.fp, c.tn, c.fn].map { .number(DecimalText.grouped($0)) }
        }
        let header =
            ["Language", "Ads", "Precision", "Recall", "F1", "ROC AUC", "PR AUC", "Accuracy"]
            + ["TP", "FP", "TN", "FN"]
        let prefix = comparison == nil ? "" : "\(label): "
        var rows = [row(prefix + "overall", report.overall)]
        rows += report.byLanguage.sorted { $0.key < $1.key }.map { row(prefix + $0.key, $0.value) }
        if let comparison {
            let scores = comparison.predictions.map { (probability: $0.probability, isScam: $0.isScam) }
            rows.append(row("\(comparison.label): overall", Metrics(scores: scores)))
            for language in Set(comparison.predictions.map(\.language)).sorted() {
                let subset = comparison.predictions.filter { $0.language == language }
                rows.append(
                    row("\(comparison.label): \(language)", Metrics(scores: subset.map { ($0.probability, $0.isScam) }))
                )
            }
        }
        return ReportDocument.section(
            id: "languages", heading: "Metrics per language",
            content: ReportDocument.table(
                caption: "Metrics of the scam class at probability 0.5", header: header, rows: rows)
                + ReportDocument.paragraph(
                    "TP: scams called scam; FP: legit ads called scam; TN: legit ads called legit; FN: scams "
                        + "called legit. Languages as the corpus labels them, or as identified.", note: true))
    }

    // MARK: - Signals

    func signalSection() -> String {
        let signals = report.bySignal.sorted {
            $0.value.scamRate > $1.value.scamRate || ($0.value.scamRate == $1.value.scamRate && $0.key < $1.key)
        }
        guard !signals.isEmpty else {
            return ReportDocument.section(
                id: "signals", heading: "Warning signs", content: ReportDocument.paragraph("No warning signs in force.")
            )
        }
        let most = signals.map { max($0.value.scamRate, $0.value.legitRate) }.max() ?? 0
        let axis = ChartAxis.linear(
            "Ads the sign fires on (% of scam ads, % of legit ads)", from: 0, to: max(0.05, most), labelScale: 100,
            suffix: "%")
        let chart = BarChart(
            id: "signals", title: "How often each warning sign fires",
            description: "For each warning sign, the share of scam ads and of legit ads it fires on: "
                + signals.map {
                    "\($0.key) \(DecimalText.percent($0.value.scamRate)) of scam ads, "
                        + "\(DecimalText.percent($0.value.legitRate)) of legit ads"
                }.joined(separator: "; ") + ".",
            axis: axis, seriesNames: ["scam ads", "legit ads"],
            groups: signals.map { id, s in
                BarChart.Group(
                    label: id,
                    bars: [
                        .init(series: 0, value: s.scamRate, label: DecimalText.percent(s.scamRate)),
                        .init(series: 1, value: s.legitRate, label: DecimalText.percent(s.legitRate)),
                    ])
            })
        let annotated = signals.contains { $0.value.annotated != nil }
        var header = ["Sign", "Pack", "Scam ads", "Legit ads"]
        if annotated { header += ["Annotated", "Recall", "Precision"] }
        let rows = signals.map { id, s -> [ReportDocument.Cell] in
            var row: [ReportDocument.Cell] = [
                .text(id), .text(s.pack),
                .number("\(DecimalText.grouped(s.scam)) (\(DecimalText.percent(s.scamRate)))"),
                .number("\(DecimalText.grouped(s.legit)) (\(DecimalText.percent(s.legitRate)))"),
            ]
            if annotated {
                row += [
                    .number(DecimalText.grouped(s.annotated ?? 0)),
                    .number(s.recall.map { DecimalText.fixed($0, 2) } ?? "–"),
                    .number(s.precision.map { DecimalText.fixed($0, 2) } ?? "–"),
                ]
            }
            return row
        }
        var content = ReportDocument.figure(
            chart.svg(),
            caption: "A useful sign fires on many scam ads and few legit ones. Signs are sorted by how often they "
                + "fire on scam ads.")
        content += ReportDocument.table(caption: "Warning signs", header: header, rows: rows)
        if annotated {
            content += ReportDocument.paragraph(
                "Recall and precision compare each sign with the corpus's own annotations (its signals field): "
                    + "of the ads annotated with the sign, the share it fired on, and of the ads it fired on, the "
                    + "share annotated with it.", note: true)
        }
        return ReportDocument.section(id: "signals", heading: "Warning signs on scam and legit ads", content: content)
    }

    // MARK: - Clues

    func cluesSection(_ clues: StrongestClues) -> String {
        func table(_ caption: String, _ entries: [StrongestClues.Entry]) -> String {
            ReportDocument.table(
                caption: caption, header: ["Feature", "Weight", "Scam ads", "Legit ads"],
                rows: entries.map {
                    [
                        .text($0.feature), .number(($0.weight > 0 ? "+" : "") + DecimalText.fixed($0.weight, 2)),
                        .number(DecimalText.grouped($0.scamAds)), .number(DecimalText.grouped($0.legitAds)),
                    ]
                })
        }
        let content =
            ReportDocument.row([table("Towards scam", clues.scam), table("Towards legit", clues.legit)])
            + ReportDocument.paragraph(
                "From \(cluesModel). A weight is a log-likelihood ratio, log P(feature | scam) − log P(feature | "
                    + "legit): +1 means the feature is e ≈ 2.7 times as likely in a scam ad. Features are words "
                    + "(with and without diacritics), pairs of neighbouring words and token kinds such as <phone>; "
                    + "the ads columns count the training ads that contain the feature.", note: true)
        return ReportDocument.section(id: "clues", heading: "Strongest naive-Bayes clues", content: content)
    }

    // MARK: - Misclassified

    func misclassifiedSection() -> String {
        let wrong = report.predictions.indices.filter {
            (report.predictions[$0].probability >= 0.5) != report.predictions[$0].isScam
        }
        // Worst first: the furthest from the right answer; then in corpus order.
        let ordered = wrong.sorted {
            let a = report.predictions[$0]
            let b = report.predictions[$1]
            let da = abs(a.probability - (a.isScam ? 1 : 0))
            let db = abs(b.probability - (b.isScam ? 1 : 0))
            return da > db || (da == db && $0 < $1)
        }
        var content = ""
        for isScam in [true, false] {
            let kind = ordered.filter { report.predictions[$0].isScam == isScam }
            let caption =
                isScam
                ? "Scam ads called legit (false negatives): \(DecimalText.grouped(kind.count))"
                : "Legit ads called scam (false positives): \(DecimalText.grouped(kind.count))"
            guard !kind.isEmpty else {
                content += "<h3>\(HTMLText.escape(caption))</h3>\n" + ReportDocument.paragraph("None.")
                continue
            }
            let rows = kind.prefix(misclassifiedLimit).map { i -> [ReportDocument.Cell] in
                let p = report.predictions[i]
                let language = ["id", "vi", "en"].contains(p.language) ? " lang=\"\(p.language)\"" : ""
                return [
                    .text(p.id ?? "#\(i + 1)"), .text(p.language), .number(DecimalText.fixed(p.probability, 3)),
                    .text(p.signals.isEmpty ? "none" : p.signals.joined(separator: ", ")),
                    ReportDocument.Cell(
                        html: "<span class=\"excerpt\"\(language)>\(HTMLText.escape(excerpt(i)))</span>"),
                ]
            }
            content += ReportDocument.table(
                caption: caption, header: ["Ad", "Language", "Probability", "Warning signs", "Start of the text"],
                rows: rows)
            if kind.count > misclassifiedLimit {
                content += ReportDocument.paragraph(
                    "… and \(DecimalText.grouped(kind.count - misclassifiedLimit)) more.", note: true)
            }
        }
        return ReportDocument.section(
            id: "misclassified", heading: "Misclassified ads",
            intro: "At probability 0.5, the most confidently wrong first. Ad ids as the corpus gives them, or the "
                + "position in the evaluated set.", content: content)
    }

    /// The first 160 characters of an ad, its white space run together.
    func excerpt(_ i: Int) -> String {
        guard i < texts.count else { return "" }
        let words = texts[i].split(whereSeparator: { $0.isWhitespace })
        var out = ""
        for w in words {
            out += (out.isEmpty ? "" : " ") + w
            if out.count > 160 { return String(out.prefix(159)) + "…" }
        }
        return out
    }
}
