// End-to-end tests of the built `scamsignals` binary: arguments, stdin, files, formats, exit codes.

import Foundation
import Testing

@testable import ScamSignals

struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    /// The `scamsignals` executable built next to the test binary.
    static let executable: String = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("scamsignals").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir.deleteLastPathComponent()
        }
        return Repo.path(".build/debug/scamsignals")
    }()

    static func run(_ args: [String], stdin: String? = nil, environment: [String: String]? = nil) throws -> CLIResult {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        if let environment {
            // Keep the sanitizers' settings: without ASAN_OPTIONS=detect_leaks=0 a sanitized child prints a
            // LeakSanitizer report bigger than the stderr pipe and blocks while stdout is read (docs/Hardening.md).
            let sanitizer = ProcessInfo.processInfo.environment.filter { $0.key.hasSuffix("SAN_OPTIONS") }
            p.environment = sanitizer.merging(environment) { $1 }
        }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        let writer = Thread {
            if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CLIResult(
            status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFile(_ name: String, _ contents: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scamsignals-tests-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

@Suite(.serialized)
struct CLITests {
    @Test("help, version, and usage errors with exit status 2")
    func conventions() throws {
        #expect(try CLI.run(["--help"]).stdout.contains("USAGE"))
        #expect(try CLI.run(["--version"]).stdout.hasPrefix("scamsignals "))
        for sub in ["check", "explain", "train", "eval"] {
            let r = try CLI.run([sub, "--help"])
            #expect(r.status == 0 && r.stdout.contains("EXAMPLE"), "\(sub)")
        }
        let unknownCommand = try CLI.run(["frobnicate"])
        #expect(unknownCommand.status == 2 && unknownCommand.stderr.contains("unknown command"))
        let unknownOption = try CLI.run(["check", "--colour", "x"])
        #expect(unknownOption.status == 2 && unknownOption.stderr.contains("unknown option --colour"))
        #expect(try CLI.run(["check", "--jobs"]).status == 2)
        #expect(try CLI.run(["train", "Corpus"]).status == 2)
    }

    @Test("check --json prints the contract's schema; arguments, stdin and files all work")
    func checkJSON() throws {
        let ad = SampleAd.all[2].text
        let fromArgs = try CLI.run(["check", "--json", ad])
        #expect(fromArgs.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(fromArgs.stdout.utf8)) as! [String: Any]
        #expect((object["probability"] as! Double) > 0.5)
        #expect(["legit", "suspicious", "scam"].contains(object["verdict"] as! String))
        #expect(object["language"] as? String == "en")
        let signals = object["signals"] as! [[String: Any]]
        #expect(!signals.isEmpty)
        let bytes = Array(ad.utf8)
        for s in signals {
            for e in s["evidence"] as! [[String: Any]] {
                let start = e["start"] as! Int
                let end = e["end"] as! Int
                #expect(String(decoding: bytes[start..<end], as: UTF8.self) == e["text"] as! String)
            }
        }
        let fromStdin = try CLI.run(["check", "--json"], stdin: ad)
        #expect(fromStdin.stdout == fromArgs.stdout)
        let path = try CLI.temporaryFile("ad.txt", ad)
        #expect(try CLI.run(["check", "--json", "--file", path]).stdout == fromArgs.stdout)
        let human = try CLI.run(["check", ad])
        #expect(human.stdout.contains("verdict:") && human.stdout.contains("evidence:"))
    }

    @Test("check --jsonl keeps order and completeness with --jobs 4 on thousands of lines")
    func jsonlStream() throws {
        let texts = try Repo.corpus().map(\.text)
        var lines: [String] = []
        for i in 0..<3000 {
            let object: [String: Any] = ["id": "ad-\(i)", "text": texts[i % texts.count]]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        lines.insert("this is not json", at: 1234)
        let input = lines.joined(separator: "\n") + "\n"
        let four = try CLI.run(["check", "--jsonl", "--jobs", "4"], stdin: input)
        let one = try CLI.run(["check", "--jsonl", "--jobs", "1"], stdin: input)
        #expect(four.status == 0)
        let out = four.stdout.split(separator: "\n")
        #expect(out.count == lines.count)
        #expect(four.stdout == one.stdout)
        for (i, line) in out.enumerated() {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            #expect(object["line"] as? Int == i + 1)
            if i == 1234 {
                #expect(object["error"] != nil)
            } else {
                let expected = i < 1234 ? i : i - 1
                #expect(object["id"] as? String == "ad-\(expected)")
                #expect(object["probability"] is Double)
            }
        }
    }

    @Test("train writes a model that check --model uses; eval reads CSV and JSONL; bad inputs name file and line")
    func trainAndEval() throws {
        var csv = "id,body,is_scam\n"
        var jsonl = ""
        for (i, ad) in try Repo.corpus().prefix(120).enumerated() {
            let quoted = "\"" + ad.text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            csv += "\(i),\(quoted),\(ad.isScam ? "yes" : "no")\n"
            let object: [String: Any] = ["text": ad.text, "label": ad.isScam ? 1 : 0]
            jsonl += String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
        }
        let csvPath = try CLI.temporaryFile("corpus.csv", csv)
        let jsonlPath = try CLI.temporaryFile("corpus.jsonl", jsonl)
        let modelPath = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scamsignals-tests-\(getpid())/m.ssm"
        ).path
        let train = try CLI.run([
            "train", csvPath, "--text-field", "body", "--label-field", "is_scam", "--out", modelPath, "--quiet",
        ])
        #expect(train.status == 0, "\(train.stderr)")
        let check = try CLI.run(["check", "--json", "--model", modelPath, SampleAd.all[0].text])
        #expect(check.status == 0)
        let eval = try CLI.run(["eval", jsonlPath, "--folds", "3", "--json", "--quiet"])
        #expect(eval.status == 0, "\(eval.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(eval.stdout.utf8)) as! [String: Any]
        for key in ["overall", "by_language", "by_signal"] { #expect(report[key] != nil) }
        let overall = report["overall"] as! [String: Any]
        for key in ["precision", "recall", "f1", "roc_auc", "pr_auc", "accuracy", "confusion"] {
            #expect(overall[key] != nil)
        }

        let bad = try CLI.temporaryFile(
            "bad.jsonl", jsonl + "{\"text\": 5, \"label\": 1}\n" + "{\"text\": \"x\", \"label\": \"maybe\"}\n")
        let failed = try CLI.run(["eval", bad, "--quiet"])
        #expect(failed.status == 1 && failed.stderr.contains("bad.jsonl:121"))
        let skipped = try CLI.run(["eval", bad, "--skip-bad", "--folds", "3", "--quiet"])
        #expect(skipped.status == 0 && skipped.stderr.contains("skipped 2"))

        try Data([0x53, 0x53, 0x4D, 0x44, 1, 0]).write(to: URL(fileURLWithPath: modelPath))
        let corrupt = try CLI.run(["check", "--model", modelPath, "x"])
        #expect(corrupt.status == 1 && corrupt.stderr.contains("truncated"))
    }

    @Test("explain numbers the signs, explains them in the chosen language, and has no colour off a terminal")
    func explain() throws {
        let r = try CLI.run(["explain", "--in", "en", SampleAd.all[0].text], environment: ["NO_COLOR": "1"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("⟦") && r.stdout.contains("[1]") && r.stdout.contains("Warning signs"))
        #expect(!r.stdout.contains("\u{1B}["))
        let demo = try CLI.run(["explain", "--demo", "--in", "vi"])
        #expect(demo.stdout.contains("Dấu hiệu cảnh báo"))
    }

    @Test("explain --format html writes the lesson page to --out or standard output; other formats are usage errors")
    func explainHTML() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scamsignals-tests-\(getpid())/lesson.html"
        ).path
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let written = try CLI.run([
            "explain", "--demo", "--format", "html", "--in", "en", "--title", "Class 9B", "--out", path,
        ])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<title>Class 9B</title>"))
        #expect(html.components(separatedBy: "<details>").count - 1 == SampleAd.all.count)
        #expect(html.contains("Show the warning signs") && !html.contains("\u{1B}["))
        let items = SampleAd.all.map { ($0.text, Classifier.default.assess($0.text, explanationLanguage: .english)) }
        #expect(
            html == LessonPage.html(items, language: .english, title: "Class 9B"), "the CLI only assesses and writes")

        let stdout = try CLI.run(["explain", "--format", "html"], stdin: "<b>gaji 25jt</b>, tiket gratis, chat WA")
        #expect(
            stdout.status == 0 && stdout.stdout.hasPrefix("<!DOCTYPE html>") && stdout.stdout.contains("&lt;b&gt;gaji"))
        let text = try CLI.run(
            ["explain", "--format", "text", "--in", "en", SampleAd.all[0].text], environment: ["NO_COLOR": "1"])
        #expect(text.stdout.contains("Warning signs:") && !text.stdout.contains("<"))
        let pdf = try CLI.run(["explain", "--format", "pdf", "x"])
        #expect(pdf.status == 2 && pdf.stderr.contains("--format takes text or html"))
        #expect(try CLI.run(["explain", "--title", "x", "y"]).status == 2)
        let unwritable = try CLI.run(["explain", "--demo", "--format", "html", "--out", "/nonexistent-dir/lesson.html"])
        #expect(unwritable.status == 1 && unwritable.stderr.contains("/nonexistent-dir/lesson.html"))
    }
}
