// `scamsignals explain`: the ad with every warning sign numbered and highlighted, and a legend for teachers.

import Foundation
import ScamSignals

enum ExplainCommand {
    static let usage = """
    USAGE: scamsignals explain [options] [TEXT ...]

    Prints the ad with each warning sign marked [1]…, then a legend explaining each sign and the verdict in
    plain words. Colours only on a terminal (and never with NO_COLOR set); the numbers carry the meaning.

    OPTIONS:
      --in id|vi|en        language of the legend (default: the ad's language)
      --file PATH          read the ad from a file
      --demo               explain the built-in sample ads (Indonesian, Vietnamese, English)
      --model FILE / --rules FILE   as for check

    EXAMPLES:
      scamsignals explain --demo
      scamsignals explain --in en "Lowongan admin Kamboja gaji 20jt, tiket pesawat gratis, chat WA"
    """

    static func run(_ argv: [String]) throws {
        let args = try Arguments(argv, valueOptions: ClassifierOptions.valueOptions.union(["--in", "--file"]),
                                 flagOptions: ["--demo", "--help"])
        if args.has("--help") { Console.write(usage + "\n"); return }
        let classifier = try ClassifierOptions.classifier(args)
        let language = try language(args.value("--in"))
        var ads: [String] = []
        if args.has("--demo") { ads = SampleAd.all.map(\.text) }
        for path in args.all("--file") {
            guard let data = FileManager.default.contents(atPath: path) else { throw CommandError(description: "\(path): cannot read") }
            ads.append(String(decoding: data, as: UTF8.self))
        }
        if !args.positional.isEmpty { ads.append(args.positional.joined(separator: " ")) }
        if ads.isEmpty { ads.append(String(decoding: readStandardInput(), as: UTF8.self)) }
        let color = isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        for (n, ad) in ads.enumerated() {
            if n > 0 { Console.write("\n" + String(repeating: "─", count: 60) + "\n\n") }
            let a = classifier.assess(ad, explanationLanguage: language)
            Console.write(TeacherView.render(ad, a, language: language ?? a.language, color: color))
        }
    }
}
