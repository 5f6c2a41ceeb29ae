// The benchmark report page: throughput beside references, linear cost, scaling, latency, memory, machine.

/// ``BenchmarkFigures`` as one self-contained, printable HTML page, with the same charts as
/// ``EvaluationReportPage``: inline SVG, no scripts or links, series told apart without colour, the same
/// bytes for the same figures.
///
/// ```swift
/// let page = BenchmarkReportPage(figures: figures)
/// try page.html().write(toFile: "bench.html", atomically: true, encoding: .utf8)
/// ```
public struct BenchmarkReportPage: Sendable {
    public var figures: BenchmarkFigures
    public var title = "ScamSignals benchmark report"
    /// Sentences under the title: the command, the corpus, the conditions of the run.
    public var notes: [String] = []

    public init(figures: BenchmarkFigures) { self.figures = figures }

    /// The page: a complete HTML5 document.
    public func html() -> String {
        let f = figures
        var lead = [
            "Machine: \(f.machine). Input: \(DecimalText.grouped(f.documents)) documents, "
                + "\(DecimalText.grouped(f.bytes)) bytes of UTF-8 (MB = 10^6 bytes); each throughput figure is "
                + "the median of \(f.passes) timed passes after a warm-up pass, on one thread unless stated."
        ]
        lead += notes
        var sections = [summarySection(), throughputSection()]
        if !f.linearity.isEmpty { sections.append(linearitySection()) }
        if !f.scaling.isEmpty { sections.append(scalingSection()) }
        sections += [latencySection(), memorySection()]
        return ReportDocument.page(title: title, lead: lead, sections: sections)
    }

    func summarySection() -> String {
        let f = figures
        var items: [(String, String)] = []
        if let full = f.stages.first(where: { $0.name == "full" }) {
            items.append(("MB/s, full assessment", DecimalText.significant(full.megabytesPerSecond)))
            items.append(("documents/s", DecimalText.significant(full.documentsPerSecond)))
        }
        items.append(("µs latency p50", DecimalText.significant(f.latency.p50)))
        items.append(("µs latency p99", DecimalText.significant(f.latency.p99)))
        items.append(("MB peak memory", DecimalText.significant(f.peakResidentMegabytes)))
        var out = "<ul class=\"figures\">\n"
        for (name, value) in items { out += "<li><strong>\(value)</strong>\(HTMLText.escape(name))</li>\n" }
        return ReportDocument.section(id: "summary", heading: "Summary", content: out + "</ul>\n")
    }

    // MARK: - Throughput

    func throughputSection() -> String {
        let f = figures
        var groups = f.stages.map { s in
            BarChart.Group(
                label: s.name,
                bars: [
                    .init(
                        series: 0, value: s.megabytesPerSecond, label: DecimalText.significant(s.megabytesPerSecond),
                        range: (s.megabytesPerSecondMin, s.megabytesPerSecondMax))
                ])
        }
        for r in f.references {
            let range = r.megabytesPerSecondMin.flatMap { low in r.megabytesPerSecondMax.map { (low, $0) } }
            groups.append(
                BarChart.Group(
                    label: r.tool,
                    bars: [
                        .init(
                            series: 1, value: r.megabytesPerSecond,
                            label: DecimalText.significant(r.megabytesPerSecond), range: range)
                    ]))
        }
        let values = groups.flatMap(\.bars).flatMap {
            [$0.value, $0.range?.low ?? $0.value, $0.range?.high ?? $0.value]
        }
        .filter { $0 > 0 }
        let low = values.min() ?? 1
        let high = values.max() ?? 1
        let logarithmic = high / low > 20
        let axis =
            logarithmic
            ? ChartAxis.logarithmic("Throughput (MB/s, log scale)", from: low, to: high)
            : ChartAxis.linear("Throughput (MB/s)", from: 0, to: high)
        let chart = BarChart(
            id: "throughput", title: "Throughput per stage (MB/s, median; whiskers: slowest to fastest pass)",
            description: "Megabytes of text per second: "
                + groups.map { "\($0.label) \($0.bars[0].label)" }.joined(separator: ", ") + ".",
            axis: axis,
            seriesNames: f.references.isEmpty ? ["ScamSignals"] : ["ScamSignals, this run", "reference tools"],
            groups: groups)
        var content = ReportDocument.figure(
            chart.svg(),
            caption: "tokenize: normalization and tokenization; naive_bayes: features and naive Bayes on tokenized "
                + "text; rules: every rule on tokenized text; full: Classifier.assess, what an app calls.")
        content += ReportDocument.table(
            caption: "Stages", header: ["Stage", "Documents/s", "MB/s", "Slowest–fastest pass", "ns/byte"],
            rows: f.stages.map {
                [
                    .text($0.name), .number(DecimalText.significant($0.documentsPerSecond)),
                    .number(DecimalText.fixed($0.megabytesPerSecond, 2)),
                    .number(
                        DecimalText.fixed($0.megabytesPerSecondMin, 2) + "–"
                            + DecimalText.fixed($0.megabytesPerSecondMax, 2)),
                    .number(DecimalText.fixed($0.nanosecondsPerByte, 1)),
                ]
            })
        if !f.references.isEmpty {
            content += ReportDocument.table(
                caption: "Reference tools", header: ["Tool", "MB/s", "Slowest–fastest pass", "What is timed"],
                rows: f.references.map { r in
                    let range = r.megabytesPerSecondMin.flatMap { low in
                        r.megabytesPerSecondMax.map { DecimalText.fixed(low, 2) + "–" + DecimalText.fixed($0, 2) }
                    }
                    return [
                        .text(r.tool), .number(DecimalText.fixed(r.megabytesPerSecond, 2)), .number(range ?? "–"),
                        .text(r.how ?? ""),
                    ]
                })
            if let note = f.referenceNote { content += ReportDocument.paragraph(note, note: true) }
        } else {
            content += ReportDocument.paragraph(
                "No reference figures were given: pass the JSON written by Benchmarks/compare-speed.sh --json "
                    + "FILE with --references to draw scikit-learn, fastText and the C loop beside these bars.",
                note: true)
        }
        return ReportDocument.section(id: "throughput", heading: "Throughput", content: content)
    }

    // MARK: - Linearity

    func linearitySection() -> String {
        var charts: [String] = []
        var rows: [[ReportDocument.Cell]] = []
        let sizes = Set(figures.linearity.values.flatMap(\.keys)).sorted()
        for (family, bySize) in figures.linearity.sorted(by: { $0.key < $1.key }) {
            let points = bySize.sorted { $0.key < $1.key }
            guard let first = points.first else { continue }
            let limit = first.value * 1.5
            let top = max(limit, points.map(\.value).max() ?? 0) * 1.2
            // Padded by a factor of two each side, so that the end points are not drawn on the frame.
            let x = ChartAxis(
                title: "Input size (log scale)", lower: Double(sizes.first ?? 1) / 2,
                upper: Double(sizes.last ?? 1) * 2, scale: .logarithmic,
                ticks: sizes.map { .init(value: Double($0), label: Self.sizeName($0)) })
            let chart = LineChart(
                id: "linearity-\(family.elementID)", title: family,
                description: "ns per byte of the full assessment on \(family) input: "
                    + points.map { "\(Self.sizeName($0.key)) \(DecimalText.fixed($0.value, 1))" }
                    .joined(separator: ", ") + "; within 1.5 times the \(Self.sizeName(first.key)) figure up to "
                    + DecimalText.fixed(limit, 1) + ".",
                x: x, y: .linear("ns per byte", from: 0, to: top, ticks: 4),
                series: [
                    .init(
                        name: family, points: points.map { (Double($0.key), $0.value) }, style: .at(0),
                        labels: points.map { DecimalText.fixed($0.value, 1) })
                ],
                bands: [
                    .init(lower: 0, upper: limit, label: "at most 1.5 × the \(Self.sizeName(first.key)) cost per byte")
                ],
                width: 320, plotHeight: 170)
            charts.append(ReportDocument.figure(chart.svg()))
            let highest = points.map(\.value).max()! / first.value
            rows.append(
                [.text(family)]
                    + sizes.map { s in .number(bySize[s].map { DecimalText.fixed($0, 1) } ?? "–") }
                    + [.number(DecimalText.fixed(highest, 2) + "×"), .text(highest <= 1.5 ? "yes" : "no")])
        }
        let content =
            ReportDocument.row(charts)
            + ReportDocument.table(
                caption: "Nanoseconds per byte of the full assessment",
                header: ["Input"] + sizes.map(Self.sizeName) + [
                    "Highest ÷ \(sizes.first.map(Self.sizeName) ?? "first")", "Within 1.5×",
                ],
                rows: rows)
            + ReportDocument.paragraph(
                "Each input family is assessed at every size. If the cost is linear, the cost per byte stays flat "
                    + "as the input grows: every point should stay in the shaded band, at most 1.5 times the "
                    + "smallest input's cost per byte. A point above it means the time grows faster than the input. "
                    + "ordinary repeats corpus ads; the others are pathological: a letter with thousands of combining "
                    + "marks, only emoji, one endless word, letter-spaced words.", note: true)
        return ReportDocument.section(id: "linearity", heading: "Cost against input size", content: content)
    }

    /// `1 KB`, `64 KB`, `1 MB`: sizes in binary units, as the bench names them.
    static func sizeName(_ bytes: Int) -> String {
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) B"
    }

    // MARK: - Scaling

    func scalingSection() -> String {
        let points = figures.scaling.sorted { $0.key < $1.key }
        let single = figures.scaling[1] ?? points[0].value
        let threads = points.last!.key
        let speedups = points.map { (x: Double($0.key), y: $0.value / single) }
        let chart = LineChart(
            id: "scaling", title: "Multi-core scaling of the full assessment",
            description: "Speed-up over one thread: "
                + speedups.map { "\(Int($0.x)) threads \(DecimalText.fixed($0.y, 2))" }.joined(separator: ", ")
                + "; ideal is equal to the number of threads.",
            x: .linear("Threads", from: 1, to: Double(max(2, threads)), ticks: min(8, max(1, threads - 1))),
            y: .linear("Speed-up (× one thread)", from: 0, to: Double(max(2, threads)), ticks: 4),
            series: [
                .init(
                    name: "measured", points: speedups, style: .at(0),
                    labels: speedups.map { DecimalText.fixed($0.y, 2) + "×" })
            ],
            references: [
                .init(name: "ideal: speed-up = threads", points: [(1, 1), (Double(threads), Double(threads))])
            ],
            width: 400, plotHeight: 220)
        let rows = points.map { t, docs -> [ReportDocument.Cell] in
            [
                .text("\(t)"), .number(DecimalText.significant(docs)),
                .number(DecimalText.fixed(docs / single, 2) + "×"),
                .number(DecimalText.percent(docs / single / Double(t), 0)),
            ]
        }
        let content =
            ReportDocument.row([
                ReportDocument.figure(
                    chart.svg(),
                    caption: "Documents are dealt round-robin to the threads, which share one Classifier; best of "
                        + "several passes."),
                ReportDocument.table(
                    caption: "Scaling", header: ["Threads", "Documents/s", "Speed-up", "Efficiency"], rows: rows),
            ])
        return ReportDocument.section(id: "scaling", heading: "Multi-core scaling", content: content)
    }

    // MARK: - Latency and memory

    func latencySection() -> String {
        let l = figures.latency
        let bars = [("p50", l.p50), ("p99", l.p99), ("max", l.max)]
        let chart = BarChart(
            id: "latency", title: "Latency of one full assessment (µs)",
            description: "Per-document latency in microseconds: "
                + bars.map { "\($0.0) \(DecimalText.fixed($0.1, 1))" }.joined(separator: ", ") + ".",
            axis: .linear("Latency (µs per document)", from: 0, to: l.max), seriesNames: ["latency"],
            groups: bars.map {
                .init(label: $0.0, bars: [.init(series: 0, value: $0.1, label: DecimalText.significant($0.1) + " µs")])
            },
            width: 480)
        return ReportDocument.section(
            id: "latency", heading: "Latency",
            content: ReportDocument.figure(
                chart.svg(),
                caption: "Each corpus document assessed once, timed alone: the median, the 99th percentile and "
                    + "the slowest. Latency grows with the length of the ad."))
    }

    func memorySection() -> String {
        let f = figures
        var content = ""
        let order = ["tokenize", "naive_bayes", "rules", "full"]
        let stages =
            order.filter { f.allocationsPerDocument[$0] != nil }
            + f.allocationsPerDocument.keys.filter { !order.contains($0) }.sorted()
        if !stages.isEmpty {
            let most = stages.map { f.allocationsPerDocument[$0]! }.max() ?? 1
            let chart = BarChart(
                id: "allocations", title: "Heap allocations per document",
                description: "Heap allocations per document: "
                    + stages.map { "\($0) \(DecimalText.fixed(f.allocationsPerDocument[$0]!, 1))" }
                    .joined(separator: ", ") + ".",
                axis: .linear("Allocations per document", from: 0, to: most), seriesNames: ["allocations"],
                groups: stages.map {
                    .init(
                        label: $0,
                        bars: [
                            .init(
                                series: 0, value: f.allocationsPerDocument[$0]!,
                                label: DecimalText.fixed(f.allocationsPerDocument[$0]!, 1))
                        ])
                }, width: 480)
            content += ReportDocument.figure(chart.svg())
        }
        var rows: [[ReportDocument.Cell]] = [
            [.text("Machine"), .text(f.machine)],
            [.text("Peak resident memory"), .number(DecimalText.fixed(f.peakResidentMegabytes, 1) + " MB")],
        ]
        if let growth = f.heapGrowthBytesPerDocument {
            rows.append([
                .text("Heap growth over a pass (steady state: none)"),
                .number((growth >= 0 ? "+" : "") + DecimalText.fixed(growth, 1) + " bytes/document"),
            ])
        }
        rows.append([
            .text("Classifier construction (embedded model, built-in rules)"),
            .number(DecimalText.fixed(f.classifierConstructionMilliseconds, 1) + " ms"),
        ])
        rows.append([
            .text("Documents, bytes"), .number(DecimalText.grouped(f.documents) + ", " + DecimalText.grouped(f.bytes)),
        ])
        rows.append([.text("Timed passes per stage"), .number("\(f.passes)")])
        content += ReportDocument.table(
            caption: "Memory, start-up and machine", header: ["Measure", "Value"], rows: rows)
        return ReportDocument.section(id: "memory", heading: "Memory, start-up and machine", content: content)
    }
}

extension String {
    /// `combining_marks` → `combining-marks`: safe in an element id.
    fileprivate var elementID: String { String(map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }) }
}
