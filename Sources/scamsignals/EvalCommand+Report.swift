// `scamsignals eval --report`: the HTML report page, and the earlier run that `--compare` draws beside it.

import Foundation
import ScamSignals

extension EvalCommand {
    /// The report page of an evaluation, with the clues of the model trained on `training`.
    static func reportPage(
        _ report: EvaluationReport, evaluated: [LabeledAd], training: [LabeledAd], trainer: Trainer,
        comparison: EvaluationReportPage.Comparison?, _ args: Arguments
    ) -> EvaluationReportPage {
        var page = EvaluationReportPage(report: report, texts: evaluated.map(\.text))
        let corpora = args.positional.joined(separator: ", ")
        page.title = "ScamSignals evaluation: \(corpora)"
        let packs = args.all("--rules").map { URL(fileURLWithPath: $0).lastPathComponent }
        let rules = packs.isEmpty ? "built-in rules" : "built-in rules + \(packs.joined(separator: ", "))"
        page.label = args.value("--label") ?? rules
        var corpus = "Corpus: \(corpora)"
        if let test = args.value("--test") { corpus += "; test set: \(test)" }
        if args.has("--split") { corpus += " (trained on split \"train\", tested on split \"test\")" }
        page.notes = ["\(corpus). Rule packs: \(rules)."]
        let rs = trainer.rules
        page.thresholds = rs.thresholds.map { VerdictThresholds(suspicious: $0.suspicious, scam: $0.scam) } ?? .standard
        if rs.priorScamRate != nil {
            page.notes.append(
                "The rule packs set a prior scam rate; the evaluation's probabilities use the training corpus's own "
                    + "rate, as the metrics do.")
        }
        page.clues = StrongestClues(model: trainer.train(training), ads: training)
        page.cluesModel =
            report.method == "cross-validation"
            ? "a model trained on all the evaluated ads (each fold of the cross-validation trains its own on the "
                + "other folds; they differ from it only slightly)"
            : "the evaluated model, trained on the training ads"
        if var comparison {
            comparison.label = args.value("--compare-label") ?? comparison.label
            let mine = Set(report.predictions.compactMap(\.id))
            let theirs = Set(comparison.predictions.compactMap(\.id))
            if mine != theirs || report.predictions.count != comparison.predictions.count {
                let note =
                    "The compared run scored other ads: \(comparison.predictions.count) predictions against "
                    + "\(report.predictions.count), \(mine.intersection(theirs).count) ad ids in "
                    + "common. Its curves are not measured on the same ads."
                Console.error(note)
                page.notes.append(note)
            }
            page.comparison = comparison
        }
        return page
    }

    /// The predictions an earlier `eval --predictions FILE` wrote, named after the file.
    static func readPredictions(_ path: String) throws -> EvaluationReportPage.Comparison {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError(description: "\(path): cannot read")
        }
        var predictions: [EvaluationReport.Prediction] = []
        let decoder = JSONDecoder()
        for (n, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }) else { continue }
            do { predictions.append(try decoder.decode(EvaluationReport.Prediction.self, from: Data(line))) } catch {
                throw CommandError(
                    description: "\(path):\(n + 1): not a prediction of `eval --predictions` (id, language, isScam, "
                        + "probability, signals)")
            }
        }
        guard !predictions.isEmpty else { throw CommandError(description: "\(path): no predictions") }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return EvaluationReportPage.Comparison(label: name, predictions: predictions)
    }
}
