// scamsignals-profile: runs one stage of the hot loop a fixed number of times, for a profiler to count.
//
// Benchmarks/profile.sh runs it under `valgrind --tool=callgrind` with collection switched on only inside
// the stage's entry point, so set-up (reading the corpus, building the classifier) is not counted unless
// the stage is `construct`. Instruction counts, unlike seconds, repeat exactly on a busy machine.

import Foundation
import ScamSignals

let usage = """
    USAGE: scamsignals-profile STAGE [PASSES] [CORPUS ...]

    STAGE: full (Classifier.assess), workspace (the same with one AssessmentWorkspace), tokenize, rules (RuleSet.evaluate on pre-tokenized text), construct
    (Classifier from the embedded model and built-in rules), emoji-1KB / emoji-1MB (a synthetic text of one
    emoji repeated, 1,024 passes of 1 KB or 1 pass of 1 MB per PASS), ordinary-1KB / ordinary-64KB /
    ordinary-1MB (the first 40 ads of the corpus joined and repeated, as the bench's linearity test builds
    them: 1 MB per PASS in 1 KB, 64 KB or 1 MB texts). Default corpus: Corpus/.
    """

var arguments = Array(CommandLine.arguments.dropFirst())
guard let stage = arguments.first, !stage.hasPrefix("-") else {
    print(usage)
    exit(2)
}
arguments.removeFirst()
let passes = arguments.first.flatMap { Int($0) } ?? 1
if !arguments.isEmpty, Int(arguments[0]) != nil { arguments.removeFirst() }
let corpora = arguments.isEmpty ? ["Corpus"] : arguments

var documents: [[UInt8]] = []
if !stage.hasPrefix("emoji") && stage != "construct" {
    for path in corpora {
        do {
            documents += try CorpusReader().read(path: path).ads.map { Array($0.text.utf8) }
        } catch {
            FileHandle.standardError.write(Data("scamsignals-profile: \(path): \(error)\n".utf8))
            exit(1)
        }
    }
}
let classifier = Classifier.default
let tokenizer = Tokenizer()
let tokenized = stage == "rules" ? documents.map { tokenizer.tokenize(bytes: $0) } : []
var sink = 0.0
var bytes = 0
let start = ContinuousClock.now
for _ in 0..<passes {
    switch stage {
    case "full":
        for d in documents { sink += classifier.assess(bytes: d).probability }
        bytes += documents.reduce(0) { $0 + $1.count }
    case "workspace":
        var workspace = AssessmentWorkspace()
        for d in documents { sink += classifier.assess(bytes: d, workspace: &workspace).probability }
        bytes += documents.reduce(0) { $0 + $1.count }
    case "tokenize":
        for d in documents { sink += Double(tokenizer.tokenize(bytes: d).tokens.count) }
        bytes += documents.reduce(0) { $0 + $1.count }
    case "rules":
        for t in tokenized { sink += Double(classifier.rules.evaluate(t).count) }
        bytes += documents.reduce(0) { $0 + $1.count }
    case "construct":
        let rules = try RuleSet(packs: [RulePack.builtin])
        sink += Double(Classifier(model: classifier.model, rules: rules).rules.definitions.count)
    case "emoji-1KB", "emoji-1MB":
        let n = stage == "emoji-1KB" ? 1 << 10 : 1 << 20
        let input = Array(String(repeating: "\u{1F525}", count: n / 4).utf8)
        for _ in 0..<(n == 1 << 10 ? 1024 : 1) { sink += classifier.assess(bytes: input).probability }
        bytes += 1 << 20
    case "ordinary-1KB", "ordinary-64KB", "ordinary-1MB":
        let n = stage == "ordinary-1KB" ? 1 << 10 : stage == "ordinary-64KB" ? 1 << 16 : 1 << 20
        let ordinary = documents.prefix(40).map { $0 + [0x0A] }.joined()
        var input: [UInt8] = []
        while input.count < n { input += ordinary }
        input = Array(input.prefix(n))
        for _ in 0..<((1 << 20) / n) { sink += classifier.assess(bytes: input).probability }
        bytes += 1 << 20
    default:
        print(usage)
        exit(2)
    }
}
let elapsed = ContinuousClock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print("stage \(stage): \(passes) pass(es), \(bytes) bytes, \(String(format: "%.3f", seconds)) s (checksum \(sink))")
