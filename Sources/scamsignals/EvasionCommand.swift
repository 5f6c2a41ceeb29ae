// `scamsignals evasion`: how detection holds up when scam ads are rewritten with filter-dodging tricks.

import Foundation
import ScamSignals

enum EvasionCommand {
    static let usage = """
        USAGE: scamsignals evasion [CORPUS ...] [options]

        Trains on the ads whose "split" is not "test", then takes every scam ad of the test split and rewrites
        it with each trick (zero-width characters, homoglyphs, letter spacing, diacritics stripped, digit-for-
        letter swaps, case mangling, emoji between words), and reports the share still detected (probability
        ≥ 0.5) against the clean text. Default corpus: Corpus.

        OPTIONS:
          --json               print the report as JSON
          --variants FILE      also write every rewritten ad with its probability as JSON Lines
          --text-field NAME / --label-field NAME / --positive LABEL / --skip-bad   as for train
          --quiet              no progress messages

        EXAMPLE:
          scamsignals evasion Corpus
        """

    static func run(_ argv: [String]) throws {
        let args = try Arguments(
            argv, valueOptions: CorpusOptions.valueOptions.union(["--variants"]),
            flagOptions: CorpusOptions.flagOptions.union(["--json", "--quiet", "--help"]))
        if args.has("--help") {
            Console.write(usage + "\n")
            return
        }
        let ads = try CorpusOptions.read(
            args.positional.isEmpty ? ["Corpus"] : args.positional, args, quiet: args.has("--quiet"))
        let testAds = ads.filter { $0.split == "test" && $0.isScam }
        let test = testAds.map(\.text)
        guard !test.isEmpty else { throw CommandError(description: "no scam ads with \"split\": \"test\"") }
        let model = Trainer().train(ads.filter { $0.split != "test" })
        let classifier = Classifier(model: model)
        let report = EvasionSuite(classifier: classifier).run(test)
        if let path = args.value("--variants") {
            struct Variant: Encodable {
                var id: String?
                var trick: String
                var probability: Double
                var text: String
            }
            var lines = ""
            for ad in testAds {
                for trick in Obfuscation.allCases {
                    let text = trick.apply(ad.text)
                    lines +=
                        try Console.json(
                            Variant(
                                id: ad.id, trick: trick.rawValue, probability: classifier.assess(text).probability,
                                text: text)) + "\n"
                }
            }
            do { try lines.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                throw CommandError(description: "\(path): \(error)")
            }
        }
        if args.has("--json") {
            Console.write(try Console.json(report) + "\n")
            return
        }
        var out = "\(report.scamAds) scam ads of the test split\ntrick                  detected   change\n"
        for row in report.rows {
            out +=
                row.trick.padding(toLength: 21, withPad: " ", startingAt: 0)
                + String(format: "  %6.1f%%  %+6.1f pp\n", row.detection * 100, row.change)
        }
        Console.write(out)
    }
}
