// scamsignals-bench: times the hot scoring loop per stage, latency, memory, multi-core scaling and linearity.

import BenchSupport
import Dispatch
import Foundation
import ScamSignals

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let usage = """
    USAGE: swift run -c release scamsignals-bench [CORPUS ...] [options]

    Loads a corpus (default: Corpus/; JSONL, CSV or folders of .txt, as the CLI reads) into memory, warms up,
    and times repeated passes of each stage: tokenize (normalization + tokenization), naive_bayes (features +
    naive Bayes on tokenized text), rules (all rules on tokenized text), full (Classifier.assess, what an app
    calls). Reports medians (with min and max) of documents/s, MB/s and ns/byte, per-document latency of the
    full assessment, peak resident memory, heap growth, multi-core scaling, and ns/byte on synthetic 1 KB,
    64 KB and 1 MB inputs (up to 16 different texts of each size; ordinary and pathological) to show that
    cost is linear.

    OPTIONS:
      --passes N         timed passes per stage (default 7)
      --json             print the report as JSON
      --baseline FILE    compare with a saved --json report; exit 1 if a stage's MB/s fell more than --tolerance
      --tolerance PCT    allowed slowdown against the baseline, in percent (default 15)
      --quick            fewer passes and no 1 MB inputs (for smoke tests)
      --rules FILE       also time the full assessment with this rule pack added (repeatable), e.g. the
                         1,000-phrase pack of Scripts/generate-phrase-pack.py, and report the slowdown
      --report FILE      also write the figures as an HTML page with charts (offline, printable; works with
                         --json too): throughput per stage, cost against input size, scaling, latency, memory
      --references FILE  draw reference tools beside the throughput bars: FILE is the JSON written by
                         Benchmarks/compare-speed.sh --json FILE (scikit-learn, fastText, the C loop)
    """

struct StageResult: Codable {
    var docsPerS: Double
    var mbPerS: Double
    var nsPerByte: Double
    var mbPerSMin: Double
    var mbPerSMax: Double

    enum CodingKeys: String, CodingKey {
        case docsPerS = "docs_per_s"
        case mbPerS = "mb_per_s"
        case nsPerByte = "ns_per_byte"
        case mbPerSMin = "mb_per_s_min"
        case mbPerSMax = "mb_per_s_max"
    }
}

struct Report: Codable {
    var machine: String
    var documents: Int
    var bytes: Int
    var passes: Int
    var stages: [String: StageResult]
    var latencyUs: [String: Double]
    /// Latency of 2 KB ads (consecutive 2 KB pieces of the corpus); absent in files from older runs.
    var latency2KBUs: [String: Double]?
    var peakRssMb: Double
    /// Resident memory added by building the default classifier (decoding the embedded model, compiling the
    /// built-in rules), before any ad is assessed; absent in files from older runs. It includes the pages of
    /// code run for the first time (JSON decoding, the compiler), not only data.
    var modelResidentMb: Double?
    /// Heap memory the default classifier keeps after it is built (glibc's `mallinfo2`): its data alone.
    var modelHeapMb: Double?
    var heapGrowthBytesPerDoc: Double?
    var allocationsPerDoc: [String: Double]
    var scaling: [String: Double]
    var linearityNsPerByte: [String: [String: Double]]
    /// The same with one ``AssessmentWorkspace`` reused across calls (absent in files from older runs).
    var linearityWorkspaceNsPerByte: [String: [String: Double]]?
    var classifierConstructionMs: Double

    enum CodingKeys: String, CodingKey {
        case machine, documents, bytes, passes, stages, scaling
        case latencyUs = "latency_us"
        case latency2KBUs = "latency_2kb_us"
        case peakRssMb = "peak_rss_mb"
        case modelResidentMb = "model_resident_mb"
        case modelHeapMb = "model_heap_mb"
        case heapGrowthBytesPerDoc = "heap_growth_bytes_per_doc"
        case allocationsPerDoc = "allocations_per_doc"
        case linearityNsPerByte = "linearity_ns_per_byte"
        case linearityWorkspaceNsPerByte = "linearity_workspace_ns_per_byte"
        case classifierConstructionMs = "classifier_construction_ms"
    }
}

// MARK: - Arguments

struct Options {
    var passes = 7, json = false, quick = false, tolerance = 15.0
    var baseline: String? = nil
    var corpora: [String] = []
    var packs: [String] = []
    var report: String? = nil
    var references: String? = nil
}

func parseOptions() -> Options {
    var args = Array(CommandLine.arguments.dropFirst())
    var passes = 7
    var json = false
    var quick = false
    var tolerance = 15.0
    var baseline: String? = nil
    var corpora: [String] = []
    var packs: [String] = []
    var report: String? = nil
    var references: String? = nil
    while !args.isEmpty {
        let a = args.removeFirst()
        switch a {
        case "--passes": passes = Int(args.isEmpty ? "" : args.removeFirst()) ?? 0
        case "--json": json = true
        case "--quick": quick = true
        case "--baseline": baseline = args.isEmpty ? nil : args.removeFirst()
        case "--tolerance": tolerance = Double(args.isEmpty ? "" : args.removeFirst()) ?? -1
        case "--rules": if !args.isEmpty { packs.append(args.removeFirst()) }
        case "--report": report = args.isEmpty ? "" : args.removeFirst()
        case "--references": references = args.isEmpty ? "" : args.removeFirst()
        case "--help", "-h":
            print(usage)
            exit(0)
        default:
            if a.hasPrefix("-") {
                FileHandle.standardError.write(Data("unknown option \(a)\n\(usage)\n".utf8))
                exit(2)
            }
            corpora.append(a)
        }
    }
    guard passes >= 1, tolerance >= 0, report != "", references != "" else {
        FileHandle.standardError.write(Data("bad --passes, --tolerance, --report or --references\n".utf8))
        exit(2)
    }
    if references != nil && report == nil {
        FileHandle.standardError.write(Data("--references draws on the report: add --report FILE\n".utf8))
        exit(2)
    }
    if quick { passes = min(passes, 3) }
    if corpora.isEmpty { corpora = ["Corpus"] }
    return Options(
        passes: passes, json: json, quick: quick, tolerance: tolerance, baseline: baseline, corpora: corpora,
        packs: packs, report: report, references: references)
}

let options = parseOptions()
let passes = options.passes
let json = options.json
let quick = options.quick
let tolerance = options.tolerance
let baseline = options.baseline
let corpora = options.corpora

func log(_ s: String) { if !json { print(s) } }

// Read before the timings, so that a bad file stops the bench before the long part.
let referenceFigures = options.references.map { path -> ReferenceFile in
    guard let data = FileManager.default.contents(atPath: path), let file = ReferenceFile.decode(data) else {
        FileHandle.standardError.write(
            Data("cannot read references \(path): expected compare-speed.sh --json output\n".utf8))
        exit(1)
    }
    return file
}

// MARK: - Corpus

var ads: [String] = []
for path in corpora {
    do { ads += try CorpusReader().read(path: path).ads.map(\.text) } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
}
let documents = ads.map { Array($0.utf8) }
let totalBytes = documents.reduce(0) { $0 + $1.count }

/// The first character boundary of UTF-8 `text` at or after byte `i` (at most its end).
func characterBoundary(_ text: [UInt8], _ i: Int) -> Int {
    var i = min(i, text.count)
    while i < text.count && text[i] & 0xC0 == 0x80 { i += 1 }
    return i
}

/// A memory figure of this process from /proc/self/status (`VmRSS:` now, `VmHWM:` the peak), in MB; `nil`
/// where there is no such file.
func procStatusMegabytes(_ field: String) -> Double? {
    #if os(Linux)
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) })
    {
        return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
    }
    #endif
    return nil
}

/// Resident memory now, in MB; 0 where unknown.
func residentMegabytes() -> Double { procStatusMegabytes("VmRSS:") ?? 0 }

// The first use of `Classifier.default` decodes the embedded model, compiles the built-in rules and builds
// the naive-Bayes table: what an app pays once. Timed, and its resident memory measured, here.
let residentBeforeModel = residentMegabytes()
let heapBeforeModel = bench_heap_in_use()
let constructionStart = ContinuousClock.now
let classifier = Classifier.default
let constructionMs =
    Double((ContinuousClock.now - constructionStart).components.attoseconds) / 1e15
    + Double((ContinuousClock.now - constructionStart).components.seconds) * 1000
let modelResident = residentBeforeModel > 0 ? residentMegabytes() - residentBeforeModel : nil
let modelHeap = heapBeforeModel >= 0 ? Double(bench_heap_in_use() - heapBeforeModel) / 1_048_576 : nil
let tokenizer = Tokenizer()
let rules = classifier.rules

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

/// Times `body` over all documents `passes` times after one warm-up pass; returns the seconds of each pass.
func timePasses(_ body: ([UInt8]) -> Void) -> [Double] {
    for d in documents { body(d) }
    var times: [Double] = []
    for _ in 0..<passes {
        let start = ContinuousClock.now
        for d in documents { body(d) }
        times.append(seconds(ContinuousClock.now - start))
    }
    return times
}

func stage(_ times: [Double], bytes: Int, docs: Int) -> StageResult {
    let sorted = times.sorted()
    let median = sorted[sorted.count / 2]
    return StageResult(
        docsPerS: Double(docs) / median, mbPerS: Double(bytes) / median / 1e6,
        nsPerByte: median * 1e9 / Double(bytes), mbPerSMin: Double(bytes) / sorted.last! / 1e6,
        mbPerSMax: Double(bytes) / sorted.first! / 1e6)
}

var sink = 0.0
log("corpus: \(documents.count) documents, \(totalBytes) bytes; \(passes) passes per stage")
let tokenized = documents.map { tokenizer.tokenize(bytes: $0) }
var stages: [String: StageResult] = [:]
stages["tokenize"] = stage(
    timePasses { sink += Double(tokenizer.tokenize(bytes: $0).tokens.count) }, bytes: totalBytes, docs: documents.count)
do {
    var times: [Double] = []
    for p in 0...passes {
        let start = ContinuousClock.now
        for t in tokenized { sink += classifier.naiveBayesLogOdds(of: t) }
        if p > 0 { times.append(seconds(ContinuousClock.now - start)) }
    }
    stages["naive_bayes"] = stage(times, bytes: totalBytes, docs: documents.count)
    times = []
    for p in 0...passes {
        let start = ContinuousClock.now
        for t in tokenized { sink += Double(rules.evaluate(t).count) }
        if p > 0 { times.append(seconds(ContinuousClock.now - start)) }
    }
    stages["rules"] = stage(times, bytes: totalBytes, docs: documents.count)
}
stages["full"] = stage(
    timePasses { sink += classifier.assess(bytes: $0).probability }, bytes: totalBytes, docs: documents.count)
// The same assessments through one reused AssessmentWorkspace, as a loop over a stream of ads would call it.
var workspace = AssessmentWorkspace()
stages["full_workspace"] = stage(
    timePasses { sink += classifier.assess(bytes: $0, workspace: &workspace).probability }, bytes: totalBytes,
    docs: documents.count)
if !options.packs.isEmpty {
    var packs = [RulePack.builtin]
    for path in options.packs {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
            exit(1)
        }
        do { packs.append(try RulePack.decode(data, source: path)) } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            exit(1)
        }
    }
    let withPacks = Classifier(model: classifier.model, rules: try RuleSet(packs: packs))
    stages["full_with_packs"] = stage(
        timePasses { sink += withPacks.assess(bytes: $0).probability }, bytes: totalBytes, docs: documents.count)
}
for name in ["tokenize", "naive_bayes", "rules", "full", "full_workspace", "full_with_packs"] where stages[name] != nil
{
    let s = stages[name]!
    log(
        String(
            format: "  %-16@ %9.0f docs/s  %7.2f MB/s (min %.2f, max %.2f)  %7.1f ns/byte", name as NSString,
            s.docsPerS, s.mbPerS, s.mbPerSMin, s.mbPerSMax, s.nsPerByte))
}
if let with = stages["full_with_packs"], let without = stages["full"] {
    log(
        String(
            format: "  packs slow the full assessment by %.1f%% (target: at most 10%%)",
            (without.mbPerS / with.mbPerS - 1) * 100))
}

// MARK: - Latency, memory

/// p50, p99 and max of non-empty `samples`.
func percentiles(_ samples: [Double]) -> [String: Double] {
    let sorted = samples.sorted()
    return [
        "p50": sorted[sorted.count / 2], "p99": sorted[min(sorted.count - 1, sorted.count * 99 / 100)],
        "max": sorted.last!,
    ]
}

var latencies: [Double] = []
for d in documents {
    let start = ContinuousClock.now
    sink += classifier.assess(bytes: d).probability
    latencies.append(seconds(ContinuousClock.now - start) * 1e6)
}
let latency = percentiles(latencies)
log(
    String(
        format: "  latency (full): p50 %.1f µs, p99 %.1f µs, max %.1f µs", latency["p50"]!, latency["p99"]!,
        latency["max"]!))

// The target names a 2 KB ad: the corpus cut into consecutive 2 KB texts (at character boundaries), each
// assessed once after a warm-up pass, so every sample is a different text.
var latency2KB: [String: Double] = [:]
do {
    let stream = Array(documents.joined(separator: [0x0A]))
    var texts: [[UInt8]] = []
    var start = 0
    while start + 2048 <= stream.count {
        let end = characterBoundary(stream, start + 2048)
        texts.append(Array(stream[start..<end]))
        start = end
    }
    for t in texts { sink += classifier.assess(bytes: t).probability }
    var samples: [Double] = []
    for t in texts {
        let start = ContinuousClock.now
        sink += classifier.assess(bytes: t).probability
        samples.append(seconds(ContinuousClock.now - start) * 1e6)
    }
    if !samples.isEmpty {
        latency2KB = percentiles(samples)
        latency2KB["samples"] = Double(samples.count)
        log(
            String(
                format: "  latency (full) of 2 KB ads: p50 %.1f µs, p99 %.1f µs, max %.1f µs (%d different texts)",
                latency2KB["p50"]!, latency2KB["p99"]!, latency2KB["max"]!, samples.count))
    }
}

func peakRSSMegabytes() -> Double {
    #if os(Linux)
    return procStatusMegabytes("VmHWM:") ?? 0
    #else
    var usage = rusage()
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1_048_576
    #endif
}

var heapGrowth: Double? = nil
var allocationsPerDoc: [String: Double] = [:]
if bench_heap_in_use() >= 0 {
    let before = bench_heap_in_use()
    for d in documents { sink += classifier.assess(bytes: d).probability }
    let after = bench_heap_in_use()
    heapGrowth = (Double(after) - Double(before)) / Double(documents.count)
    log(String(format: "  heap in use after a pass vs before: %+.1f bytes/doc (steady state: no growth)", heapGrowth!))
}
if bench_allocation_count() >= 0 {
    func count(_ body: () -> Void) -> Double {
        let before = bench_allocation_count()
        body()
        return Double(bench_allocation_count() - before) / Double(documents.count)
    }
    allocationsPerDoc["tokenize"] = count {
        for d in documents { sink += Double(tokenizer.tokenize(bytes: d).tokens.count) }
    }
    allocationsPerDoc["naive_bayes"] = count { for t in tokenized { sink += classifier.naiveBayesLogOdds(of: t) } }
    allocationsPerDoc["rules"] = count { for t in tokenized { sink += Double(rules.evaluate(t).count) } }
    allocationsPerDoc["full"] = count { for d in documents { sink += classifier.assess(bytes: d).probability } }
    allocationsPerDoc["full_workspace"] = count {
        for d in documents { sink += classifier.assess(bytes: d, workspace: &workspace).probability }
    }
    log(
        "  heap allocations per document: "
            + ["tokenize", "naive_bayes", "rules", "full", "full_workspace"].map {
                String(format: "%@ %.1f", $0, allocationsPerDoc[$0]!)
            }.joined(separator: ", "))
}
let peak = peakRSSMegabytes()
log(
    String(
        format:
            "  peak resident memory: %.1f MB; default classifier: %.1f MB heap (%.1f MB resident), built in %.1f ms",
        peak, modelHeap ?? 0, modelResident ?? 0, constructionMs))

// MARK: - Multi-core scaling

let cores = ProcessInfo.processInfo.activeProcessorCount
var scaling: [String: Double] = [:]
for threads in 1...max(1, cores) {
    var best = Double.infinity
    for _ in 0..<max(1, passes / 2) {
        let start = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            var local = 0.0
            var i = t
            while i < documents.count {
                local += classifier.assess(bytes: documents[i]).probability
                i += threads
            }
            if local.isNaN { print("") }
        }
        best = min(best, seconds(ContinuousClock.now - start))
    }
    scaling["\(threads)"] = Double(documents.count) / best
}
let scale1 = scaling["1"]!
log(
    "  scaling (full, docs/s): "
        + (1...max(1, cores)).map {
            String(format: "%d thread(s) %.0f (%.2fx)", $0, scaling["\($0)"]!, scaling["\($0)"]! / scale1)
        }.joined(separator: ", "))

// MARK: - Linearity

let ordinary = ads.prefix(40).joined(separator: "\n")
let families: [String: (Int) -> [UInt8]] = [
    "ordinary": { n in
        Array(String(repeating: ordinary + "\n", count: n / max(1, ordinary.utf8.count) + 1).utf8.prefix(n))
    },
    "combining_marks": { n in Array(("a" + String(repeating: "\u{0301}", count: n / 2)).utf8.prefix(n)) },
    "emoji": { n in Array(String(repeating: "🔥", count: n / 4 + 1).utf8.prefix(n / 4 * 4)) },
    "long_word": { n in Array(repeating: UInt8(ascii: "g"), count: n) },
    "letter_spaced": { n in Array(String(repeating: "g a j i  ", count: n / 9 + 1).utf8.prefix(n)) },
    // One lure repeated: every sentence fires a sign whose structured checks read the ad's cue lists.
    "repeated_lure": { n in Array(String(repeating: "kerja di Kamboja. ", count: n / 18 + 1).utf8.prefix(n)) },
]
let sizes = quick ? [1 << 10, 1 << 16] : [1 << 10, 1 << 16, 1 << 20]
/// Up to 16 different windows of `text`, each about `size` bytes, cut at character boundaries: timing one
/// 1 KB text thousands of times would let the branch predictor and the caches learn it, which flatters the
/// small size; a stream of different ads, as an app scores them, does not repeat.
func windows(of text: [UInt8], size: Int) -> [[UInt8]] {
    (0..<min(16, max(1, text.count / size))).map { k in
        let start = characterBoundary(text, k * size)
        return Array(text[start..<characterBoundary(text, start + size)])
    }
}
/// ns/byte per family and size; `reuse`: one workspace for every call instead of a fresh one per call.
@MainActor func measureLinearity(reuse: Bool) -> [String: [String: Double]] {
    var result: [String: [String: Double]] = [:]
    var workspace = AssessmentWorkspace()
    for (name, make) in families.sorted(by: { $0.key < $1.key }) {
        var row: [String: Double] = [:]
        let source = name == "ordinary" ? make(sizes.last!) : []
        for size in sizes {
            // Ordinary text: different ads at each size. The pathological texts repeat one unit, so any window
            // is the same text; they are built whole at each size (a window could start inside a unit).
            let inputs = name == "ordinary" ? windows(of: source, size: size) : [make(size)]
            let bytes = inputs.reduce(0) { $0 + $1.count }
            let repeats = max(3, (1 << 22) / max(1, bytes))
            var best = Double.infinity
            for _ in 0..<3 {
                let start = ContinuousClock.now
                for _ in 0..<repeats {
                    for input in inputs {
                        sink +=
                            reuse
                            ? classifier.assess(bytes: input, workspace: &workspace).probability
                            : classifier.assess(bytes: input).probability
                    }
                }
                best = min(best, seconds(ContinuousClock.now - start) / Double(repeats))
            }
            row[size == 1 << 10 ? "1KB" : size == 1 << 16 ? "64KB" : "1MB"] = best * 1e9 / Double(bytes)
        }
        result[name] = row
        log(
            String(format: "  ns/byte %-16@ ", (name + (reuse ? " (workspace)" : "")) as NSString)
                + sizes.map { s -> String in
                    let k = s == 1 << 10 ? "1KB" : s == 1 << 16 ? "64KB" : "1MB"
                    return String(format: "%@ %.1f", k, row[k]!)
                }.joined(separator: "  "))
    }
    return result
}
let linearity = measureLinearity(reuse: false)
let linearityWorkspace = measureLinearity(reuse: true)

var machine = "\(cores) cores"
#if os(Linux)
if let cpu = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
    let model = cpu.split(separator: "\n").first(where: { $0.hasPrefix("model name") })
{
    machine =
        model.split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) }.map {
            "\($0), \(cores) cores"
        } ?? machine
}
#endif

let report = Report(
    machine: machine, documents: documents.count, bytes: totalBytes, passes: passes, stages: stages,
    latencyUs: latency, latency2KBUs: latency2KB.isEmpty ? nil : latency2KB, peakRssMb: peak,
    modelResidentMb: modelResident, modelHeapMb: modelHeap,
    heapGrowthBytesPerDoc: heapGrowth,
    allocationsPerDoc: allocationsPerDoc, scaling: scaling,
    linearityNsPerByte: linearity, linearityWorkspaceNsPerByte: linearityWorkspace,
    classifierConstructionMs: constructionMs)
if json {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    print(String(decoding: try encoder.encode(report), as: UTF8.self))
}
if sink.isNaN { print("") }

if let path = options.report {
    var page = BenchmarkReportPage(figures: report.figures(references: referenceFigures, path: options.references))
    page.notes = [
        "Command: swift run -c release scamsignals-bench " + CommandLine.arguments.dropFirst().joined(separator: " ")
            + "; corpus: " + corpora.joined(separator: ", ") + "."
    ]
    do { try page.html().write(toFile: path, atomically: true, encoding: .utf8) } catch {
        FileHandle.standardError.write(Data("cannot write \(path): \(error)\n".utf8))
        exit(1)
    }
    log("  report → \(path)")
}

// MARK: - Baseline

if let baseline {
    guard let data = FileManager.default.contents(atPath: baseline),
        let old = try? JSONDecoder().decode(Report.self, from: data)
    else {
        FileHandle.standardError.write(Data("cannot read baseline \(baseline)\n".utf8))
        exit(1)
    }
    var regressions: [String] = []
    for (name, now) in stages {
        guard let before = old.stages[name] else { continue }
        let change = (now.mbPerS - before.mbPerS) / before.mbPerS * 100
        FileHandle.standardError.write(
            Data(String(format: "%@: %.2f → %.2f MB/s (%+.1f%%)\n", name, before.mbPerS, now.mbPerS, change).utf8))
        if change < -tolerance { regressions.append(name) }
    }
    if !regressions.isEmpty {
        FileHandle.standardError.write(
            Data("regression beyond \(tolerance)%: \(regressions.sorted().joined(separator: ", "))\n".utf8))
        exit(1)
    }
}
