// Tests of the report pages: curves, calibration, number text, and the evaluation and benchmark pages.

import Foundation
import Testing

@testable import ScamSignals

struct ReportTests {
    /// Three scams and three legit ads, one legit ad ranked above a scam.
    static let handMade: [(probability: Double, isScam: Bool)] = [
        (0.9, true), (0.8, true), (0.7, false), (0.6, true), (0.2, false), (0.1, false),
    ]

    /// A small corpus: scams ask for fees and a Telegram chat, legit ads point to a careers page.
    static let ads: [LabeledAd] = {
        let scams = [
            "Kerja di Kamboja gaji 25 juta, biaya admin 2 juta, chat Telegram @rekrut_cepat",
            "Tuyển gấp đi Campuchia lương 1500$, phí hồ sơ 3 triệu, ib Telegram",
            "Earn $2,000 a week from home, pay a $150 registration fee, Telegram only",
            "Lowongan Dubai tanpa pengalaman, tiket gratis, bayar biaya pendaftaran, hubungi Telegram",
            "<script>alert('x')</script> Easy job, processing fee $99, contact Telegram now",
            "Việc nhẹ lương cao ở Myanmar, đóng phí trước, liên hệ Telegram ngay",
        ]
        let legit = [
            "Staf Administrasi, PT Maju Jaya, Jakarta. Kirim lamaran melalui situs karier resmi kami.",
            "Kế toán viên tại Hà Nội, lương theo năng lực, nộp hồ sơ qua trang tuyển dụng của công ty.",
            "Warehouse Associate, $18.50/hr, apply at our careers page, benefits after 90 days.",
            "Guru Bahasa Inggris di Bandung, pengalaman 2 tahun, kirim CV melalui situs karier.",
            "Nhân viên bán hàng tại TP.HCM, ca sáng, phỏng vấn trực tiếp tại cửa hàng.",
            "Junior accountant, Austin TX, apply through our careers page with your resume.",
        ]
        return scams.enumerated().map { LabeledAd(id: "s\($0.offset)", text: $0.element, isScam: true) }
            + legit.enumerated().map { LabeledAd(id: "l\($0.offset)", text: $0.element, isScam: false) }
    }()

    static let report = Evaluator().crossValidate(ads, folds: 2)

    // MARK: - Curves and calibration

    @Test("ROC points and area of a hand-made set")
    func rocCurve() {
        let roc = ROCCurve(scores: Self.handMade)
        let points = roc.points.map { ($0.falsePositiveRate, $0.truePositiveRate) }
        let expected: [(Double, Double)] = [
            (0, 0), (0, 1 / 3), (0, 2 / 3), (1 / 3, 2 / 3), (1 / 3, 1), (2 / 3, 1), (1, 1),
        ]
        #expect(points.count == expected.count)
        for (p, e) in zip(points, expected) { #expect(abs(p.0 - e.0) < 1e-12 && abs(p.1 - e.1) < 1e-12) }
        #expect(roc.points.first?.threshold == .infinity && roc.points.last?.threshold == 0.1)
        // Eight of the nine scam–legit pairs are ranked right.
        #expect(roc.area == 8.0 / 9.0)
        #expect(ROCCurve(scores: [(0.5, true), (0.5, false)]).area == 0.5)
        #expect(ROCCurve(scores: [(0.5, true), (0.6, true)]).points.isEmpty)
    }

    @Test("precision–recall points and average precision of a hand-made set")
    func precisionRecallCurve() {
        let pr = PrecisionRecallCurve(scores: Self.handMade)
        let points = pr.points.map { ($0.recall, $0.precision) }
        let expected: [(Double, Double)] = [
            (0, 1), (1 / 3, 1), (2 / 3, 1), (2 / 3, 2 / 3), (1, 3 / 4), (1, 3 / 5), (1, 1 / 2),
        ]
        #expect(points.count == expected.count)
        for (p, e) in zip(points, expected) { #expect(abs(p.0 - e.0) < 1e-12 && abs(p.1 - e.1) < 1e-12) }
        #expect(abs(pr.averagePrecision - 11.0 / 12.0) < 1e-12)
    }

    @Test("the metrics' AUCs are the curves' areas, and the ROC area is the exact rank-sum statistic")
    func metricsUseTheCurves() {
        var rng = SplitMix64(seed: 42)
        let scores = (0..<600).map { _ -> (probability: Double, isScam: Bool) in
            // Two decimals, so that many scores tie.
            (Double(rng.next() % 101) / 100, rng.next() % 3 == 0)
        }
        let m = Metrics(scores: scores)
        #expect(m.rocAuc == ROCCurve(scores: scores).area)
        #expect(m.prAuc == PrecisionRecallCurve(scores: scores).averagePrecision)
        var wins = 0.0
        for s in scores where s.isScam {
            for t in scores where !t.isScam {
                wins += s.probability > t.probability ? 1 : s.probability == t.probability ? 0.5 : 0
            }
        }
        let positives = scores.filter(\.isScam).count
        #expect(m.rocAuc == wins / (Double(positives) * Double(scores.count - positives)))
    }

    @Test("calibration bins add up to the number of scores")
    func calibration() {
        let scores: [(probability: Double, isScam: Bool)] = [
            (0.05, false), (0.15, true), (0.95, true), (1.0, true), (0.95, false), (0.0, false),
        ]
        let c = Calibration(scores: scores)
        #expect(c.bins.count == 10)
        #expect(c.bins.map(\.count).reduce(0, +) == scores.count)
        #expect(c.bins[0].count == 2 && c.bins[1].count == 1 && c.bins[9].count == 3)
        #expect(c.bins[9].scamCount == 2 && c.bins[9].observedScamRate == 2.0 / 3.0)
        #expect(abs(c.bins[9].meanProbability - 2.9 / 3) < 1e-12)
        #expect(c.bins[5].observedScamRate == nil)
        let random = Calibration(scores: Self.report.predictions.map { ($0.probability, $0.isScam) }, binCount: 7)
        #expect(random.bins.map(\.count).reduce(0, +) == Self.report.predictions.count)
        #expect(abs(c.brierScore - (0.05 * 0.05 + 0.85 * 0.85 + 0.05 * 0.05 + 0 + 0.95 * 0.95 + 0) / 6) < 1e-12)
    }

    @Test("numbers read as printf writes them, without a locale")
    func decimalText() {
        var rng = SplitMix64(seed: 7)
        var values = [0, 0.125, 0.375, 2.5, 3.5, 0.9985, 0.0005, 1e-7, 123_456.789, -0.0001, -2.675, 0.997_062_682]
        for _ in 0..<2000 {
            values.append(Double(rng.next() % 2_000_000) / 1000 - 1000 + 1 / Double(rng.next() % 97 + 1))
        }
        for v in values {
            for digits in [0, 1, 2, 3, 5] {
                #expect(DecimalText.fixed(v, digits) == String(format: "%.\(digits)f", v), "\(v) \(digits)")
            }
        }
        #expect(DecimalText.grouped(1_979) == "1,979" && DecimalText.grouped(-1_234_567) == "-1,234,567")
        #expect(DecimalText.grouped(999) == "999" && DecimalText.percent(0.215) == "21.5%")
        #expect(DecimalText.significant(3001.6) == "3,002" && DecimalText.significant(0.2344) == "0.234")
    }

    // MARK: - Evaluation page

    static func evaluationPage(compare: Bool = false) -> EvaluationReportPage {
        var page = EvaluationReportPage(report: report, texts: ads.map(\.text))
        page.clues = StrongestClues(model: Trainer().train(ads), ads: ads, limit: 5)
        page.cluesModel = "a model trained on all 12 ads"
        if compare {
            let shifted = report.predictions.map { p -> EvaluationReport.Prediction in
                var q = p
                q.probability = (p.probability + 0.5) / 2
                return q
            }
            page.comparison = .init(label: "baseline", predictions: shifted)
        }
        return page
    }

    @Test("the evaluation page is well-formed, with an accessible SVG per chart, and deterministic")
    func evaluationPage() throws {
        let html = Self.evaluationPage().html()
        #expect(html == Self.evaluationPage().html())
        let page = try #require(PageReader.read(html), "not well-formed XML")
        let svgs = page.elements.filter { $0.name == "svg" }
        #expect(
            svgs.compactMap { $0.attributes["id"] } == ["roc", "pr", "calibration", "calibration-counts", "signals"])
        for svg in svgs {
            #expect(svg.attributes["role"] == "img")
            #expect(!(svg.attributes["aria-label"] ?? "").isEmpty)
            #expect(svg.attributes["viewBox"] != nil)
        }
        #expect(page.count("title") == 1 + svgs.count && page.count("desc") == svgs.count)
        // The page's figures are the report's, as `eval` prints them.
        #expect(html.contains("AUC \(String(format: "%.3f", Self.report.overall.rocAuc))"))
        #expect(html.contains("<strong>\(String(format: "%.3f", Self.report.overall.prAuc))</strong>PR AUC"))
        for section in ["curves", "calibration", "confusion", "languages", "signals", "clues", "misclassified"] {
            #expect(page.elements.contains { $0.name == "section" && $0.attributes["id"] == section }, "\(section)")
        }
        #expect(html.contains("@media print") && html.contains("break-inside: avoid"))
    }

    @Test("an ad's text is escaped, and the page loads nothing from anywhere")
    func escapedAndSelfContained() throws {
        var page = Self.evaluationPage()
        // Make the ad with a script tag a misclassified one, so that its text is shown.
        let i = try #require(Self.ads.firstIndex { $0.text.hasPrefix("<script>") })
        page.report.predictions[i].probability = 0.01
        page.texts[i] += " http://bit.ly/x"
        let html = page.html()
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(!html.lowercased().contains("<script"))
        let reader = try #require(PageReader.read(html))
        for element in reader.elements {
            #expect(element.attributes["src"] == nil && element.attributes["href"] == nil, "\(element.name)")
            for (name, value) in element.attributes where value.contains("url(") {
                #expect(value.hasPrefix("url(#"), "\(element.name) \(name)")
            }
        }
        #expect(!html.contains("@import") && !html.contains("@font-face"))
        // Addresses appear only inside ads' text, never as links.
        #expect(!html.replacingOccurrences(of: "http://bit.ly/x", with: "").contains("http"))
    }

    @Test("a compare page draws two series and their legend on each curve")
    func comparePage() throws {
        let single = Self.evaluationPage().html()
        let html = Self.evaluationPage(compare: true).html()
        #expect(html == Self.evaluationPage(compare: true).html())
        for id in ["roc", "pr", "calibration"] {
            // One polyline per series, plus the reference line.
            #expect(Self.svg(id, in: single).components(separatedBy: "<polyline").count - 1 == 2, "\(id)")
            let svg = Self.svg(id, in: html)
            #expect(svg.components(separatedBy: "<polyline").count - 1 == 3, "\(id)")
            #expect(svg.contains(">this run") && svg.contains(">baseline"), "\(id)")
            #expect(svg.contains("stroke-dasharray=\"8 4\""), "\(id): the second series is dashed")
        }
        #expect(try #require(PageReader.read(html)).count("svg") == 5)
        #expect(html.contains("baseline: overall"))
    }

    static func svg(_ id: String, in html: String) -> String {
        guard let start = html.range(of: "<svg id=\"\(id)\"") else { return "" }
        let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex)!
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test("strongest clues are named by the corpus's words, scam clues positive and legit ones negative")
    func strongestClues() {
        let clues = StrongestClues(model: Trainer().train(Self.ads), ads: Self.ads, limit: 10)
        #expect(!clues.scam.isEmpty && !clues.legit.isEmpty)
        #expect(clues.scam.allSatisfy { $0.weight > 0 } && clues.legit.allSatisfy { $0.weight < 0 })
        #expect(clues.scam.map(\.weight) == clues.scam.map(\.weight).sorted(by: >))
        // Every scam names a Telegram contact: a messenger token, the heaviest clue.
        #expect(clues.scam.first.map { $0.feature == "<messenger>" && $0.scamAds == 6 && $0.legitAds == 0 } == true)
        #expect(clues.scam.contains { $0.feature == "fee" } && clues.scam.contains { $0.feature == "phí" })
        #expect(clues.legit.contains { $0.feature.contains("careers") || $0.feature.contains("karier") })
    }

    // MARK: - Benchmark page

    static func benchmark(references: Bool) -> BenchmarkFigures {
        var f = BenchmarkFigures(
            machine: "Test CPU, 4 cores", documents: 1_979, bytes: 1_271_635, passes: 3,
            stages: [
                .init(
                    name: "tokenize", documentsPerSecond: 19_022, megabytesPerSecond: 12.2, megabytesPerSecondMin: 11.9,
                    megabytesPerSecondMax: 12.3, nanosecondsPerByte: 81.8),
                .init(
                    name: "full", documentsPerSecond: 3_001, megabytesPerSecond: 1.93, megabytesPerSecondMin: 1.89,
                    megabytesPerSecondMax: 1.94, nanosecondsPerByte: 518.5),
            ],
            latency: .init(p50: 295.6, p99: 877, max: 1_216.6), peakResidentMegabytes: 51.7,
            heapGrowthBytesPerDocument: 0.2, allocationsPerDocument: ["full": 265.9, "tokenize": 116.5],
            scaling: [1: 3_031, 2: 4_891, 3: 6_500, 4: 7_900],
            linearity: [
                "emoji": [1 << 10: 44.6, 1 << 16: 76.0, 1 << 20: 80], "ordinary": [1 << 10: 237, 1 << 16: 292],
            ],
            classifierConstructionMilliseconds: 144.5)
        if references {
            f.references = [
                .init(
                    tool: "C loop", megabytesPerSecond: 93.5, megabytesPerSecondMin: 82.3, megabytesPerSecondMax: 99.5),
                .init(tool: "scikit-learn <1.9>", megabytesPerSecond: 2.43, how: "CountVectorizer + MultinomialNB"),
            ]
            f.referenceNote = "From refs.json."
        }
        return f
    }

    @Test("the benchmark page charts every figure, with references beside ScamSignals when given")
    func benchmarkPage() throws {
        let plain = BenchmarkReportPage(figures: Self.benchmark(references: false)).html()
        #expect(plain == BenchmarkReportPage(figures: Self.benchmark(references: false)).html())
        let page = try #require(PageReader.read(plain), "not well-formed XML")
        let ids = page.elements.filter { $0.name == "svg" }.compactMap { $0.attributes["id"] }
        #expect(ids == ["throughput", "linearity-emoji", "linearity-ordinary", "scaling", "latency", "allocations"])
        #expect(
            plain.contains("1 MB") && plain.contains("at most 1.5 × the 1 KB cost per byte") && plain.contains("ideal"))
        #expect(!Self.svg("throughput", in: plain).contains("C loop"))
        let withReferences = BenchmarkReportPage(figures: Self.benchmark(references: true)).html()
        let throughput = Self.svg("throughput", in: withReferences)
        #expect(throughput.contains(">C loop<") && throughput.contains("scikit-learn &lt;1.9&gt;"))
        #expect(throughput.contains(">reference tools<") && throughput.contains("url(#throughput-fill-1)"))
        #expect(throughput.contains("log scale"), "93.5 against 1.93 MB/s: a logarithmic axis")
        #expect(PageReader.read(withReferences) != nil)
        #expect(!withReferences.contains("<script") && !withReferences.contains("href="))
    }

    // MARK: - Command line

    @Test("eval --report writes the page, and --compare draws an earlier run's predictions beside it")
    func evalReportCommand() throws {
        let corpus = try CLI.temporaryFile(
            "report-corpus.jsonl",
            Self.ads.map {
                "{\"id\":\"\($0.id!)\",\"text\":\(Self.jsonString($0.text)),\"label\":\"\($0.isScam ? "scam" : "legit")\"}"
            }
            .joined(separator: "\n"))
        let directory = URL(fileURLWithPath: corpus).deletingLastPathComponent()
        let predictions = directory.appendingPathComponent("earlier.jsonl").path
        let page = directory.appendingPathComponent("report.html").path
        let first = try CLI.run(["eval", corpus, "--folds", "2", "--predictions", predictions, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        let second = try CLI.run([
            "eval", corpus, "--folds", "3", "--report", page, "--compare", predictions, "--label", "three folds",
            "--quiet",
        ])
        #expect(second.status == 0, "\(second.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains(">three folds: AUC") && html.contains(">earlier: AUC"))
        #expect(PageReader.read(html)?.count("svg") == 5)
        let missingReport = try CLI.run(["eval", corpus, "--compare", predictions])
        #expect(missingReport.status == 2 && missingReport.stderr.contains("--report"))
        let bad = try CLI.temporaryFile("not-predictions.jsonl", "{\"text\": 1}\n")
        let badCompare = try CLI.run(["eval", corpus, "--report", page, "--compare", bad])
        #expect(badCompare.status == 1 && badCompare.stderr.contains("not-predictions.jsonl:1"))
        #expect(try CLI.run(["eval", "--help"]).stdout.contains("--report FILE"))
    }

    static func jsonString(_ s: String) -> String {
        String(decoding: try! JSONEncoder().encode(s), as: UTF8.self)
    }
}
