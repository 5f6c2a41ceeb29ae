// `scamsignals train` and `scamsignals eval`: corpus → model file, and honest metrics.

import Foundation
import ScamSignals

enum TrainCommand {
    static let usage = """
        USAGE: scamsignals train CORPUS ... --out FILE [options]

        Trains a model from labelled corpora (JSON Lines, CSV with a header row, or folders of .txt files named
        by label) and writes it to FILE. Training is deterministic: the same corpus gives the same bytes.

        OPTIONS:
          --out FILE           where to write the model (required)
          --all-splits         also learn from ads whose "split" is "test" (default: they are left out)
          --text-field NAME    field or column holding the ad (default: text)
          --label-field NAME   field or column holding the label (default: label)
          --positive LABEL     this label means scam, every other label legit
          --skip-bad           skip malformed lines (reported) instead of stopping
          --rules FILE         rule pack used while fitting the combination (repeatable)
          --quiet              no progress messages

        EXAMPLE:
          scamsignals train Corpus --out my-model.ssm
        """

    static func run(_ argv: [String]) throws {
        let args = try Arguments(
            argv, valueOptions: CorpusOptions.valueOptions.union(["--out", "--rules"]),
            flagOptions: CorpusOptions.flagOptions.union(["--quiet", "--help", "--all-splits"]))
        if args.has("--help") {
            Console.write(usage + "\n")
            return
        }
        guard !args.positional.isEmpty else { throw UsageError(message: "train needs at least one CORPUS") }
        guard let out = args.value("--out") else { throw UsageError(message: "train needs --out FILE") }
        var ads = try CorpusOptions.read(args.positional, args, quiet: args.has("--quiet"))
        if !args.has("--all-splits") { ads = ads.filter { $0.split != "test" } }
        let model = Trainer(rules: try ClassifierOptions.ruleSet(args)).train(ads)
        do { try ModelFile.write(model, path: out) } catch { throw CommandError(description: "\(out): \(error)") }
        Console.progress(
            "trained on \(ads.count) ads, \(model.naiveBayes.counts.count) features → \(out)",
            quiet: args.has("--quiet"))
    }
}

enum EvalCommand {
    static let usage = """
        USAGE: scamsignals eval CORPUS ... [options]

        Measures the classifier on labelled corpora: stratified k-fold cross-validation (default), or train on
        the ads whose "split" is "train" and test on those whose split is "test" (--split), or train on the
        corpora and test on --test FILE. Prints precision, recall, F1, ROC AUC, PR AUC, accuracy and the
        confusion matrix of the scam class (an ad counts as scam when its probability is at least 0.5),
        overall and per language, and how often each signal fires on scam and legit ads.

        OPTIONS:
          --folds K            folds of the cross-validation (default: 10)
          --split              train on split "train", test on split "test"
          --test FILE          train on CORPUS, test on FILE
          --json               print the report as JSON (overall, by_language, by_signal)
          --predictions FILE   also write every ad's out-of-sample probability and signals as JSON Lines
          --report FILE        also write an HTML report: ROC and precision-recall curves, calibration,
                               confusion matrices, metrics per language, signals, naive-Bayes clues and the
                               misclassified ads (one offline, printable page; see docs/Reports.md)
          --compare FILE       draw the curves of an earlier run beside this one's in the report: FILE is the
                               --predictions output of that run (e.g. with other rule packs or another version)
          --label NAME         this run's name in the report's legends (default: its rule packs)
          --compare-label NAME the earlier run's name (default: FILE's name without extension)
          --text-field NAME / --label-field NAME / --positive LABEL / --skip-bad   as for train
          --rules FILE         add a rule pack (repeatable)
          --quiet              no progress messages

        EXAMPLES:
          scamsignals eval Corpus
          scamsignals eval Corpus --split --json
          scamsignals eval Corpus --report eval.html
          scamsignals eval Corpus --predictions builtin.jsonl
          scamsignals eval Corpus --rules my-pack.json --report eval.html --compare builtin.jsonl
        """

    static func run(_ argv: [String]) throws {
        let args = try Arguments(
            argv,
            valueOptions: CorpusOptions.valueOptions.union([
                "--folds", "--test", "--rules", "--predictions", "--report", "--compare", "--label", "--compare-label",
            ]),
            flagOptions: CorpusOptions.flagOptions.union(["--json", "--split", "--quiet", "--help"]))
        if args.has("--help") {
            Console.write(usage + "\n")
            return
        }
        guard !args.positional.isEmpty else { throw UsageError(message: "eval needs at least one CORPUS") }
        guard args.value("--report") != nil || args.value("--compare") == nil else {
            throw UsageError(message: "--compare draws on the report: add --report FILE")
        }
        // Read before the evaluation, so that a bad file stops the command before the long part.
        let comparison = try args.value("--compare").map { try readPredictions($0) }
        let ads = try CorpusOptions.read(args.positional, args, quiet: args.has("--quiet"))
        let evaluator = Evaluator(trainer: Trainer(rules: try ClassifierOptions.ruleSet(args)))
        let report: EvaluationReport
        let evaluated: [LabeledAd]
        let training: [LabeledAd]
        if let test = args.value("--test") {
            training = ads
            evaluated = try CorpusOptions.read([test], args, quiet: true)
            report = evaluator.trainTest(train: training, test: evaluated)
        } else if args.has("--split") {
            evaluated = ads.filter { $0.split == "test" }
            guard !evaluated.isEmpty else { throw CommandError(description: "no ads have \"split\": \"test\"") }
            training = ads.filter { $0.split != "test" }
            report = evaluator.trainTest(train: training, test: evaluated)
        } else {
            training = ads
            evaluated = ads
            report = evaluator.crossValidate(ads, folds: try args.int("--folds", default: 10, range: 2...100))
        }
        if let path = args.value("--report") {
            let page = reportPage(
                report, evaluated: evaluated, training: training, trainer: evaluator.trainer, comparison: comparison,
                args)
            do { try page.html().write(toFile: path, atomically: true, encoding: .utf8) } catch {
                throw CommandError(description: "\(path): \(error)")
            }
            Console.progress("report → \(path)", quiet: args.has("--quiet"))
        }
        if let path = args.value("--predictions") {
            var lines = ""
            for p in report.predictions { lines += try Console.json(p) + "\n" }
            do { try lines.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                throw CommandError(description: "\(path): \(error)")
            }
        }
        if args.has("--json") {
            var trimmed = report
            trimmed.predictions = []
            Console.write(try Console.json(trimmed) + "\n")
        } else {
            Console.write(human(report))
        }
    }

    static func human(_ r: EvaluationReport) -> String {
        func row(_ name: String, _ m: Metrics) -> String {
            let c = m.confusion
            return name.padding(toLength: 9, withPad: " ", startingAt: 0)
                + String(
                    format: "%5d  %.3f  %.3f  %.3f  %.3f  %.3f  %.3f   %d/%d/%d/%d\n", m.count, m.precision, m.recall,
                    m.f1, m.rocAuc, m.prAuc, m.accuracy, c.tp, c.fp, c.tn, c.fn)
        }
        var out = r.method == "cross-validation" ? "\(r.folds ?? 0)-fold cross-validation\n" : "train/test\n"
        out += "         count  prec.  recall F1     ROC    PR     acc.    tp/fp/tn/fn\n"
        out += row("overall", r.overall)
        for (language, m) in r.byLanguage.sorted(by: { $0.key < $1.key }) { out += row(language, m) }
        let annotated = r.bySignal.values.contains { $0.annotated != nil }
        out +=
            "\nsignal                      on scam   on legit" + (annotated ? "   annotated  recall  precision" : "")
            + "\n"
        for (id, s) in r.bySignal.sorted(by: { $0.value.scamRate > $1.value.scamRate }) {
            out +=
                id.padding(toLength: 26, withPad: " ", startingAt: 0)
                + String(format: "  %5.1f%%    %5.1f%%", s.scamRate * 100, s.legitRate * 100)
            if annotated {
                out += String(format: "   %6d    %5.2f   %5.2f", s.annotated ?? 0, s.recall ?? 0, s.precision ?? 0)
            }
            out += "\n"
        }
        return out
    }
}
