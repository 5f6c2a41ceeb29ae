// Runs every code sample of the DocC catalog (Sources/ScamSignals/ScamSignals.docc) and checks what it claims.
//
// Each test holds its article's code as written there (keep the two in step when editing either), followed by
// assertions. Where a sample prints, a local `print` shadows the standard one so the test can check the output.
// Samples that read files use paths made absolute here (the articles write them relative to the repository);
// the training sample reads only the Indonesian third of the corpus, to keep a debug test run short.

import Foundation
import ScamSignals
import Testing

/// Collects what a sample prints.
final class PrintCapture {
    var lines: [String] = []
    func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
        lines.append(items.map { "\($0)" }.joined(separator: separator))
    }
}

@Suite("Documentation examples")
struct DocumentationExamplesTests {
    // MARK: ScamSignals.md

    @Test("Landing page: an Indonesian scam ad and its signs")
    func landingPage() {
        let assessment = Classifier.default.assess("LOKER Kamboja gaji 25jt, tiket gratis, chat WA")
        #expect(assessment.verdict == .scam)
        #expect(
            assessment.signals.map(\.id) == [
                "high-risk-destination", "unrealistic-salary", "travel-paid-upfront", "private-messaging-only",
            ])
    }

    // MARK: GettingStarted.md

    @Test("Getting started: assess an ad, read the signals and their evidence")
    func gettingStarted() {
        let capture = PrintCapture()
        func print(_ items: Any...) { capture.print(items.map { "\($0)" }.joined(separator: " ")) }

        let assessment = Classifier.default.assess("Tuyển CSKH đi Campuchia, lương 1500$, bao vé máy bay, ib Telegram")
        print(assessment.verdict, assessment.probability)  // scam 0.99…
        for signal in assessment.signals {  // strongest first
            print(signal.id, signal.category, signal.title)  // high-risk-destination destination Nơi đến rủi ro cao
            for evidence in signal.evidence {  // the exact words, as UTF-8 byte offsets
                print("  \(evidence.text) @ \(evidence.start)..<\(evidence.end)")  // CSKH @ 8..<12
            }
        }

        #expect(capture.lines[0].hasPrefix("scam 0.99"))
        #expect(capture.lines[1] == "high-risk-destination destination Nơi đến rủi ro cao")
        #expect(capture.lines[2] == "  CSKH @ 8..<12")
        #expect(assessment.signals.count >= 1 && capture.lines.count > assessment.signals.count + 1)
    }

    @Test("Getting started: empty input, raw bytes and the 1 MiB limit as described")
    func gettingStartedEdges() {
        let empty = Classifier.default.assess("  🙂 ")
        #expect(empty.verdict == .legit && empty.probability == 0)
        let bytes: [UInt8] = Array("Gaji 30jt ".utf8) + [0xFF, 0xFE] + Array(" chat WA".utf8)
        let raw = Classifier.default.assess(bytes: bytes)
        for e in raw.signals.flatMap(\.evidence) { #expect(e.end <= bytes.count) }
        #expect(Classifier.maximumInputBytes == 1 << 20)
    }

    // MARK: Signals.md

    @Test("Signals: the built-in rule set lists the eleven signs")
    func listSigns() {
        let capture = PrintCapture()
        func print(_ items: Any...) { capture.print(items.map { "\($0)" }.joined(separator: " ")) }

        for definition in RuleSet.builtin.definitions {
            print(definition.id, definition.category, definition.weight, definition.title.text(in: .english))
        }

        #expect(capture.lines.count == 11)
        #expect(
            RuleSet.builtin.definitions.map(\.id) == [
                "unrealistic-salary", "unclear-employer", "travel-paid-upfront", "upfront-fees",
                "private-messaging-only",
                "pressure-urgency", "no-real-requirements", "high-risk-destination", "identity-documents",
                "task-commission-scheme", "secrecy",
            ])
        #expect(
            Set(RuleSet.builtin.definitions.map(\.category)) == [
                "salary", "employer", "travel", "fees", "contact", "urgency", "requirements", "destination",
                "documents",
                "tasks", "secrecy",
            ])
    }

    @Test("Signals: explanations in the reader's language, same score and evidence")
    func explanationLanguage() {
        let ad = "LOKER Kamboja gaji 25jt, tiket gratis, chat WA"
        let english = Classifier.default.assess(ad, explanationLanguage: .english)
        #expect(english.signals[0].title == "High-risk destination")
        #expect(english.signals[0].explanation.hasPrefix("Thousands of people have been lured to 'customer service', "))

        let own = Classifier.default.assess(ad)
        #expect(own.probability == english.probability)
        #expect(own.signals.map(\.evidence) == english.signals.map(\.evidence))
        #expect(own.signals[0].title != english.signals[0].title)  // Indonesian by default
    }

    @Test("Signals: evidence offsets index the UTF-8 view and convert to NSRange")
    func highlightEvidence() {
        let capture = PrintCapture()
        func print(_ items: Any...) { capture.print(items.map { "\($0)" }.joined(separator: " ")) }
        var checked = 0

        let ad = "Tuyển CSKH đi Campuchia, lương 1500$, bao vé máy bay, ib Telegram"
        let utf8 = ad.utf8
        for signal in Classifier.default.assess(ad).signals {
            for evidence in signal.evidence {
                let range =
                    utf8.index(
                        utf8.startIndex, offsetBy: evidence.start)..<utf8.index(utf8.startIndex, offsetBy: evidence.end)
                print(signal.id, ad[range])  // high-risk-destination CSKH …
                let nsRange = NSRange(range, in: ad)  // UTF-16 offsets, for attributed strings
                print(nsRange.location, nsRange.length)

                #expect(String(ad[range]) == evidence.text)
                #expect((ad as NSString).substring(with: nsRange) == evidence.text)
                checked += 1
            }
        }

        #expect(capture.lines[0] == "high-risk-destination CSKH")
        #expect(checked >= 4)
    }

    // MARK: ScoreAndVerdict.md

    @Test("Score: the probability is the logistic of the combined log-odds, bit for bit")
    func recomputeProbability() {
        let classifier = Classifier.default
        let a = classifier.assess("Earn $1,800/month, free flight and visa, processing fee $150, Telegram only")
        let z = classifier.model.combination.logOdds(naiveBayes: a.naiveBayesLogOdds, rules: a.ruleLogOdds)
        #expect(DeterministicMath.logistic(z) == a.probability)  // true, bit for bit

        #expect(a.ruleLogOdds == a.signals.reduce(0) { $0 + $1.weight })
        #expect(classifier.priorScamRate == nil)
    }

    @Test("Score: thresholds 0.4 and 0.8, and a scam verdict needs a sign")
    func thresholds() {
        #expect(VerdictThresholds.standard.verdict(for: 0.9, signals: 2) == .scam)
        #expect(VerdictThresholds.standard.verdict(for: 0.9, signals: 0) == .suspicious)
        #expect(VerdictThresholds.standard.verdict(for: 0.5, signals: 2) == .suspicious)

        #expect(VerdictThresholds.standard == VerdictThresholds(suspicious: 0.4, scam: 0.8))
        #expect(Classifier.default.thresholds == .standard)
        #expect(VerdictThresholds.standard.verdict(for: 0.39, signals: 3) == .legit)
        #expect(VerdictThresholds.standard.verdict(for: 0.4, signals: 0) == .suspicious)
        #expect(VerdictThresholds.standard.verdict(for: 0.8, signals: 1) == .scam)
    }

    @Test("Score: a platform prior lowers the probability of the same ad")
    func prior() {
        let ad = "Apply now!!! Limited slots, no experience needed, join our Telegram @jobsfast"
        let platform = Classifier(model: Classifier.default.model, priorScamRate: 0.005)  // 1 ad in 200 is a scam
        #expect(platform.assess(ad).probability < Classifier.default.assess(ad).probability)  // true

        // The training corpus is about half scam, so its prior log-odds are close to 0.
        #expect(abs(Classifier.default.model.naiveBayes.priorLogOdds) < 0.2)
    }

    // MARK: TrainingAndEvaluation.md

    @Test("Training: a CSV with its own field names and labels")
    func readCSV() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scamsignals-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv =
            "id,body,is_fraud\n1,\"Gaji 30jt, kerja di Kamboja, tiket gratis\",1\n2,Warehouse Associate $18.50/hr,0\n"
        try Data(csv.utf8).write(to: folder.appendingPathComponent("jobs.csv"))
        let path = folder.appendingPathComponent("jobs.csv").path  // "jobs.csv" in the article

        var reader = CorpusReader()
        reader.textField = "body"
        reader.labelField = "is_fraud"
        reader.positiveLabel = "1"
        let jobs = try reader.read(path: path)
        print(jobs.ads.count, jobs.skipped.count)

        #expect(jobs.ads.map(\.isScam) == [true, false])
        #expect(jobs.ads[0].text == "Gaji 30jt, kerja di Kamboja, tiket gratis")
        #expect(jobs.skipped.isEmpty)
    }

    @Test("Training: train, write, load, assess; then measure on the test split")
    func trainAndMeasure() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scamsignals-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpusPath = Repo.path("Corpus/id.jsonl")  // "Corpus" in the article
        let modelPath = folder.appendingPathComponent("my.ssm").path  // "my.ssm" in the article

        let corpus = try CorpusReader().read(path: corpusPath)
        let training = corpus.ads.filter { $0.split != "test" }  // keep the fixed test split out
        let model = Trainer().train(training)
        try ModelFile.write(model, path: modelPath)
        let classifier = try Classifier(modelFile: modelPath)  // the built-in rules, or pass rules:
        print(classifier.assess("Gaji 30 juta/bulan kerja di Kamboja, tiket ditanggung").verdict)

        #expect(classifier.assess("Gaji 30 juta/bulan kerja di Kamboja, tiket ditanggung").verdict == .scam)
        #expect(try ModelFile.read(path: modelPath).combination == model.combination)

        let test = corpus.ads.filter { $0.split == "test" }
        let report = Evaluator().trainTest(train: training, test: test)
        print(report.overall.f1, report.overall.rocAuc)  // scam is the positive class, threshold 0.5
        for (language, metrics) in report.byLanguage.sorted(by: { $0.key < $1.key }) {
            print(language, metrics.precision, metrics.recall)
        }
        print(report.bySignal["upfront-fees"]?.recall as Any)  // against the corpus's own sign annotations

        #expect(report.method == "train-test")
        #expect(report.overall.count == test.count && !test.isEmpty)
        #expect(report.overall.f1 > 0.8)
        #expect(Set(report.byLanguage.keys) == ["id"])
        #expect(report.bySignal["upfront-fees"]?.recall != nil)
        #expect(report.predictions.count == test.count)
    }

    @Test("Training: a damaged model file is a ModelError")
    func damagedModel() {
        var bytes = ModelFile.encode(Classifier.default.model)
        bytes[bytes.count / 2] ^= 0xFF
        #expect(throws: ModelError.self) { try ModelFile.decode(bytes) }
    }

    // MARK: RulePacks.md

    @Test("Rule packs: a teacher's pack adds a sign and disables another")
    func rulePack() throws {
        let packJSON = """
            {"format": "scamsignals-rules", "version": 1, "name": "lop-hoc",
             "signals": [{"id": "qr-code-task", "category": "tasks", "weight": 1.5,
               "patterns": {"vi": ["{quét|scan} {mã|} qr ... {nhận|được} {tiền|hoa hồng|thưởng}"],
                            "en": ["scan {the|a|} qr code ... {get|earn} {paid|money|commission}"]},
               "explanation": {"id": "Tidak ada pekerjaan yang membayar untuk memindai kode QR.",
                               "vi": "Không có việc nào trả tiền chỉ để quét mã QR.",
                               "en": "No job pays you to scan QR codes."}}],
             "overrides": [{"id": "pressure-urgency", "enabled": false}]}
            """
        let pack = try RulePack.decode(Data(packJSON.utf8), source: "lop-hoc.json")  // errors name file, line, field
        let rules = try RuleSet(packs: [.builtin, pack])
        let classifier = Classifier(model: Classifier.default.model, rules: rules)
        let assessment = classifier.assess("Việc làm online: quét mã QR nhận tiền ngay, tuyển gấp")
        print(assessment.signals.map(\.id))  // ["qr-code-task", …]

        #expect(assessment.signals.first?.id == "qr-code-task")
        #expect(assessment.signals.first?.pack == "lop-hoc")
        #expect(!assessment.signals.contains { $0.id == "pressure-urgency" })
        #expect(
            Classifier.default.assess("Việc làm online: quét mã QR nhận tiền ngay, tuyển gấp").signals
                .contains { $0.id == "pressure-urgency" })
    }

    @Test("Rule packs: a compiled program loads with the same signs and evidence")
    func compiledRulePack() throws {
        let rules = try RuleSet(packs: [.builtin])
        let program = RuleProgramFile.encode(rules)  // bytes to store next to the app
        let loaded = try RuleProgramFile.decode(program)  // the same signs and evidence, without compiling
        let text = Tokenizer().tokenize("Kerja di Kamboja, tiket dan visa ditanggung, tanpa pengalaman!")
        let a = rules.evaluate(text).map { "\($0.id) \($0.evidence.map(\.text))" }
        #expect(!a.isEmpty)
        #expect(loaded.evaluate(text).map { "\($0.id) \($0.evidence.map(\.text))" } == a)
        var damaged = program
        damaged[damaged.count / 3] ^= 1
        #expect(throws: ModelError.self) { try RuleProgramFile.decode(damaged) }
    }

    @Test("Rule packs: a refused pack names the file, the line and the field")
    func refusedPack() throws {
        let bad = """
            {"format": "scamsignals-rules", "version": 1, "name": "bad",
             "signals": [{"id": "known-fake-agency", "category": "employers", "weight": 3.0,
               "patterns": {"any": ["lpk sakura prima jaya"]},
               "explanation": {"id": "Dilaporkan.", "vi": "Bị báo cáo.", "en": "Reported."}}]}
            """
        let error = try #require(throws: RulePackError.self) { try RulePack.decode(Data(bad.utf8), source: "bad.json") }
        #expect(error.description.hasPrefix("bad.json:2: signals[0] (known-fake-agency).category"))

        let override = try RulePack.decode(
            Data(
                """
                {"format": "scamsignals-rules", "version": 1, "name": "typo", "overrides": [{"id": "upfront-fee", "weight": 1}]}
                """.utf8), source: "typo.json")
        let unknown = try #require(throws: RulePackError.self) { try RuleSet(packs: [.builtin, override]) }
        #expect(unknown.description.contains("upfront-fee"))
    }

    @Test("Rule packs: a refused pack leaves the built-in signs")
    func loadRulesOrKeepBuiltin() {
        let capture = PrintCapture()
        func print(_ items: Any...) { capture.print(items.map { "\($0)" }.joined(separator: " ")) }

        func loadRules(_ downloadedData: Data) -> RuleSet {
            do {
                return try RuleSet(packs: [.builtin, try RulePack.decode(downloadedData, source: "jobboard.json")])
            } catch {
                print(error)  // a RulePackError: show it to whoever wrote the pack
                return .builtin  // and keep working with the built-in signs
            }
        }

        let refused = loadRules(Data(#"{"format": "scamsignals-rules", "version": 2}"#.utf8))
        #expect(refused.definitions.count == 11)
        #expect(capture.lines.count == 1 && capture.lines[0].hasPrefix("jobboard.json:1: version"))
        let accepted = loadRules(
            Data(
                #"{"format": "scamsignals-rules", "version": 1, "overrides": [{"id": "secrecy", "enabled": false}]}"#
                    .utf8))
        #expect(accepted.definitions.first { $0.id == "secrecy" }?.enabled == false)
        #expect(capture.lines.count == 1)
    }

    // MARK: LanguagesAndNormalization.md

    @Test("Languages: the tokenizer undoes the tricks and keeps the source")
    func tokenizer() {
        let capture = PrintCapture()
        func print(_ items: Any...) { capture.print(items.map { "\($0)" }.joined(separator: " ")) }

        let text = Tokenizer().tokenize(
            "LOKER ADMIN gaji Rp 15jt/bulan, g a j i  b e s a r, v1sa gratis, WA 0812-0000-4321")
        for token in text.tokens {
            print(token.kind, text.source(of: token), text.normalized(of: token))
        }
        // word LOKER loker · … · money Rp 15jt/bulan … · word g a j i gaji · word v1sa visa · messenger WA 0812-0000-4321 wa
        #expect(text.language.language == .indonesian)

        #expect(capture.lines.contains("word LOKER loker"))
        #expect(capture.lines.contains("word g a j i gaji"))
        #expect(capture.lines.contains("word v1sa visa"))
        #expect(capture.lines.contains("messenger WA 0812-0000-4321 wa"))
        let money = text.tokens.first { $0.kind == .money }!
        #expect(text.source(of: money) == "Rp 15jt/bulan")
        #expect(
            text.amount(of: money) == MoneyAmount(low: 15_000_000, high: 15_000_000, currency: "IDR", period: .month))
        let spaced = text.tokens.first { text.source(of: $0) == "g a j i" }!
        #expect(spaced.flags.contains(.letterSpaced))
        let swapped = text.tokens.first { text.source(of: $0) == "v1sa" }!
        #expect(swapped.flags.contains(.digitSwapped))
        #expect(text.messenger(of: text.tokens.last!) == .whatsapp)
    }

    @Test("Languages: what is folded, as the article lists it")
    func folding() {
        let tokenizer = Tokenizer()
        func words(_ s: String) -> [String] {
            let t = tokenizer.tokenize(s)
            return t.tokens.map { t.normalized(of: $0) }
        }
        #expect(words("v\u{456}s\u{430}") == ["visa"])  // Cyrillic look-alikes
        #expect(words("ｇａｊｉ 𝐠𝐚𝐣𝐢") == ["gaji", "gaji"])  // fullwidth, mathematical bold
        #expect(words("gi\u{200B}ấy t\u{AD}ờ") == ["giấy", "tờ"])  // zero-width space, soft hyphen
        #expect(words("tie\u{302}\u{301}ng") == ["tiếng"])  // combining marks compose
        #expect(words("gajiii") == ["gaji"])
        #expect(words("yg tdk") == ["yang", "tidak"])
        #expect(words("don't") == ["do", "not"])
        #expect(words("g4ji 20kg") == ["gaji", "20kg"])
        let vi = tokenizer.tokenize("lương")
        #expect(vi.plain(of: vi.tokens[0]) == "luong")
        let dong = tokenizer.tokenize("đồng")
        #expect(dong.plain(of: dong.tokens[0]) == "dong")
    }

    @Test("Languages: money ranges, scale words and inferred currencies")
    func money() {
        let pay = Tokenizer().tokenize("Lương 7 đến 9 triệu/tháng, thưởng 500k/ngày").amounts
        #expect(pay[0] == MoneyAmount(low: 7_000_000, high: 9_000_000, currency: "VND", period: .month))
        #expect(pay[1].high == 500_000 && pay[1].currency == "VND" && pay[1].period == .day)
        #expect(pay[1].currencyInferred == true)  // a bare "k" takes the ad's currency

        let upTo = Tokenizer().tokenize("Up to $4k-$6k a month").amounts
        #expect(upTo == [MoneyAmount(low: nil, high: 6_000, currency: "USD", period: .month)])
        #expect(Tokenizer().tokenize("Gaji 8-10 juta/bulan").amounts[0].currency == "IDR")
    }

    @Test("Languages: Vietnamese without diacritics is still Vietnamese")
    func languageIdentification() {
        let text = Tokenizer().tokenize("Tuyen nhan vien cham soc khach hang, luong cao, khong can kinh nghiem")
        #expect(text.language.language == .vietnamese)
        #expect(LanguageIdentifier.identify(text) == text.language)
        #expect(Tokenizer().tokenize("").language.language == .unknown)
    }

    // MARK: PerformanceAndThreadSafety.md

    @Test("Performance: one classifier shared by a task group")
    func sharedClassifier() async {
        let classifier = Classifier.default
        let messages = [
            "Tuyển CSKH đi Campuchia, lương 1500$, ib Telegram",
            "Warehouse Associate, $18.50/hr, apply at careers.example",
        ]
        let verdicts = await withTaskGroup(of: (Int, Verdict).self) { group in
            for (index, message) in messages.enumerated() {
                group.addTask { (index, classifier.assess(message).verdict) }
            }
            var verdicts = [Verdict](repeating: .legit, count: messages.count)
            for await (index, verdict) in group { verdicts[index] = verdict }
            return verdicts
        }
        // [.scam, .legit]

        #expect(verdicts == [.scam, .legit])
        #expect(messages.map { classifier.assess($0) } == messages.map { classifier.assess($0) })
    }

    @Test("Performance: a workspace reused over a stream of ads")
    func reusedWorkspace() {
        let classifier = Classifier.default
        var workspace = AssessmentWorkspace()
        var flagged = 0
        for ad in [
            "Tuyển CSKH đi Campuchia, lương 1500$, ib Telegram",
            "Warehouse Associate, $18.50/hr, apply at careers.example",
        ] {
            if classifier.assess(bytes: Array(ad.utf8), workspace: &workspace).verdict == .scam { flagged += 1 }
        }
        // flagged == 1

        #expect(flagged == 1)
    }

    @Test("Performance: inputs over 1 MiB are cut and marked truncated")
    func truncation() {
        let ad = "Tuyển CSKH đi Campuchia, lương 1500$, bao vé máy bay, ib Telegram. "
        let long = ad + String(repeating: " ", count: Classifier.maximumInputBytes)  // spaces: cheap to read
        #expect(long.utf8.count > Classifier.maximumInputBytes)
        let cut = Classifier.default.assess(long)
        #expect(cut.truncated)
        #expect(cut.verdict == .scam)
        #expect(!Classifier.default.assess(ad).truncated)
    }
}
