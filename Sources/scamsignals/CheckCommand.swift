// `scamsignals check`: verdict, probability and signals for texts, files, standard input, or a JSONL stream.

import Dispatch
import Foundation
import ScamSignals

enum CheckCommand {
    static let usage = """
        USAGE: scamsignals check [options] [TEXT ...]
               scamsignals check --jsonl [options] [FILE | -]

        Assesses job ads. TEXT arguments are joined into one ad; with --file, each file is one ad; with neither,
        standard input is one ad.

        OPTIONS:
          --json               print one JSON object per ad (stable schema: probability, verdict, language, signals)
          --jsonl              read JSON Lines (one ad per line), write one result per line, in input order
          --text-field NAME    field holding the ad in --jsonl input (default: text)
          --jobs N             threads for --jsonl (default: all cores)
          --file PATH          read an ad from a file (repeatable)
          --in id|vi|en        language of the explanations (default: the ad's language)
          --model FILE         use a model written by `scamsignals train`
          --rules FILE         add a rule pack (repeatable)
          --quiet              no progress messages

        EXAMPLES:
          scamsignals check "Tuyển CSKH đi Campuchia, lương 1500$, bao vé máy bay, ib Telegram"
          scamsignals check --json --file ad.txt
          scamsignals check --jsonl --jobs 4 < ads.jsonl > results.jsonl
        """

    static func run(_ argv: [String]) throws {
        let args = try Arguments(
            argv, valueOptions: ClassifierOptions.valueOptions.union(["--text-field", "--jobs", "--file", "--in"]),
            flagOptions: ["--json", "--jsonl", "--quiet", "--help"])
        if args.has("--help") {
            Console.write(usage + "\n")
            return
        }
        let classifier = try ClassifierOptions.classifier(args)
        let explanationLanguage = try language(args.value("--in"))
        if args.has("--jsonl") {
            let jobs = try args.int("--jobs", default: ProcessInfo.processInfo.activeProcessorCount, range: 1...256)
            guard args.positional.count <= 1 else {
                throw UsageError(message: "--jsonl reads one file or standard input")
            }
            try streamJSONLines(
                classifier, path: args.positional.first, textField: args.value("--text-field") ?? "text",
                jobs: jobs, language: explanationLanguage)
            return
        }
        var inputs: [[UInt8]] = []
        for path in args.all("--file") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandError(description: "\(path): cannot read")
            }
            inputs.append([UInt8](data))
        }
        if !args.positional.isEmpty { inputs.append(Array(args.positional.joined(separator: " ").utf8)) }
        if inputs.isEmpty { inputs.append(readStandardInput()) }
        for input in inputs {
            let a = classifier.assess(bytes: input, explanationLanguage: explanationLanguage)
            Console.write(args.has("--json") ? try Console.json(a) + "\n" : human(a))
        }
    }

    static func human(_ a: Assessment) -> String {
        var out =
            "verdict: \(a.verdict.rawValue)  probability: \(String(format: "%.3f", a.probability))  language: \(a.language.rawValue)\n"
        if a.signals.isEmpty { out += "no warning signs found\n" }
        for (n, s) in a.signals.enumerated() {
            out += "\(n + 1). [\(s.category)] \(s.title) (weight \(String(format: "%.1f", s.weight)))\n"
            out += "   evidence: " + s.evidence.map { "\"\($0.text)\"" }.joined(separator: ", ") + "\n"
        }
        if a.truncated {
            out +=
                "note: the input was longer than \(Classifier.maximumInputBytes) bytes; only its beginning was assessed\n"
        }
        return out
    }

    /// One result per input line, in order, in bounded memory: lines are read in batches, each batch is
    /// assessed in parallel, then written in order before the next batch is read.
    static func streamJSONLines(
        _ classifier: Classifier, path: String?, textField: String, jobs: Int, language: Language?
    ) throws {
        let handle: FileHandle
        if let path, path != "-" {
            guard let h = FileHandle(forReadingAtPath: path) else {
                throw CommandError(description: "\(path): cannot read")
            }
            handle = h
        } else {
            handle = FileHandle.standardInput
        }
        var reader = LineReader(handle: handle)
        let batchSize = 512 * max(1, jobs)
        var lineNumber = 0
        while true {
            var batch: [[UInt8]] = []
            while batch.count < batchSize, let line = reader.next() { batch.append(line) }
            if batch.isEmpty { break }
            let first = lineNumber + 1
            lineNumber += batch.count
            let lines = batch
            let results = ResultSlots(count: lines.count)
            DispatchQueue.concurrentPerform(iterations: jobs) { worker in
                var i = worker
                var workspace = AssessmentWorkspace()  // one per worker: buffers reused from line to line
                while i < lines.count {
                    results.set(
                        i,
                        JSONLineJob.process(
                            lines[i], line: first + i, classifier: classifier, textField: textField, language: language,
                            workspace: &workspace)
                    )
                    i += jobs
                }
            }
            var output = Data()
            for r in results.values() {
                output.append(contentsOf: r.utf8)
                output.append(0x0A)
            }
            FileHandle.standardOutput.write(output)
        }
    }
}

/// Results written by worker threads into distinct slots.
final class ResultSlots: @unchecked Sendable {
    private var slots: [String]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: "", count: count) }
    func set(_ i: Int, _ value: String) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }
    func values() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}

/// Reads lines (without the newline, CR dropped) from a file handle in chunks.
struct LineReader {
    let handle: FileHandle
    var buffer: [UInt8] = []
    var start = 0
    var eof = false

    init(handle: FileHandle) { self.handle = handle }

    mutating func next() -> [UInt8]? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                var line = Array(buffer[start..<nl])
                start = nl + 1
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            if eof {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { eof = true }
            buffer.removeSubrange(0..<start)
            start = 0
            buffer.append(contentsOf: chunk)
        }
    }
}

/// Assesses one JSONL line; malformed lines give an error object naming the line, never a crash.
enum JSONLineJob {
    struct Line: Decodable {
        var id: String?
        var text: String?
        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: DynamicKey.self)
            let field = decoder.userInfo[.textField] as? String ?? "text"
            text = try? c.decode(String.self, forKey: DynamicKey(field))
            if let s = try? c.decode(String.self, forKey: DynamicKey("id")) {
                id = s
            } else if let n = try? c.decode(Int.self, forKey: DynamicKey("id")) {
                id = String(n)
            }
        }
    }

    struct DynamicKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    struct Output: Encodable {
        var id: String?
        var line: Int
        var assessment: Assessment
        func encode(to encoder: Encoder) throws {
            try assessment.encode(to: encoder)
            var c = encoder.container(keyedBy: DynamicKey.self)
            if let id { try c.encode(id, forKey: DynamicKey("id")) }
            try c.encode(line, forKey: DynamicKey("line"))
        }
    }

    struct Failure: Encodable {
        var id: String?
        var line: Int
        var error: String
    }

    static func process(
        _ bytes: [UInt8], line: Int, classifier: Classifier, textField: String, language: Language?,
        workspace: inout AssessmentWorkspace
    ) -> String {
        let decoder = JSONDecoder()
        decoder.userInfo[.textField] = textField
        let parsed = try? decoder.decode(Line.self, from: Data(bytes))
        guard let parsed, let text = parsed.text else {
            let reason = parsed == nil ? "not a JSON object" : "no text field \"\(textField)\""
            return (try? Console.json(Failure(id: parsed?.id, line: line, error: reason))) ?? "{}"
        }
        let a = classifier.assess(bytes: Array(text.utf8), explanationLanguage: language, workspace: &workspace)
        return (try? Console.json(Output(id: parsed.id, line: line, assessment: a))) ?? "{}"
    }
}

extension CodingUserInfoKey {
    static let textField = CodingUserInfoKey(rawValue: "textField")!
}
