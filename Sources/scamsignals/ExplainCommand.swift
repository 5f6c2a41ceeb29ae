// `scamsignals explain`: the ad with every warning sign numbered and highlighted, and a legend for teachers;
// as text on the terminal or as a printable lesson page.

import Foundation
import ScamSignals

enum ExplainCommand {
    static let usage = """
        USAGE: scamsignals explain [options] [TEXT ...]

        Prints the ad with each warning sign marked [1]…, then a legend explaining each sign and the verdict in
        plain words. Colours only on a terminal (and never with NO_COLOR set); the numbers carry the meaning.

        With --format html, writes a lesson sheet instead: one self-contained web page (no scripts, no external
        files, works offline and prints) showing each ad first, with a button that reveals its marked warning
        signs, the legend and the verdict after the class has discussed it.

        OPTIONS:
          --in id|vi|en        language of the legend and the page (default: each ad's language)
          --file PATH          read an ad from a file (repeatable)
          --demo               explain the built-in sample ads (Indonesian, Vietnamese, English)
          --format text|html   text for the terminal (default) or an HTML lesson page
          --title TEXT         title of the HTML page
          --out FILE           write to FILE instead of standard output
          --model FILE / --rules FILE   as for check

        EXAMPLES:
          scamsignals explain --demo
          scamsignals explain --in en "Lowongan admin Kamboja gaji 20jt, tiket pesawat gratis, chat WA"
          scamsignals explain --demo --format html --out lesson.html
          scamsignals explain --format html --in id --file ad1.txt --file ad2.txt --out kelas.html
        """

    static func run(_ argv: [String]) throws {
        let args = try Arguments(
            argv,
            valueOptions: ClassifierOptions.valueOptions.union(["--in", "--file", "--format", "--title", "--out"]),
            flagOptions: ["--demo", "--help"])
        if args.has("--help") {
            Console.write(usage + "\n")
            return
        }
        let format = args.value("--format") ?? "text"
        guard ["text", "html"].contains(format) else { throw UsageError(message: "--format takes text or html") }
        if args.value("--title") != nil && format != "html" { throw UsageError(message: "--title needs --format html") }
        let classifier = try ClassifierOptions.classifier(args)
        let language = try language(args.value("--in"))
        var ads: [String] = []
        if args.has("--demo") { ads = SampleAd.all.map(\.text) }
        for path in args.all("--file") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandError(description: "\(path): cannot read")
            }
            ads.append(String(decoding: data, as: UTF8.self))
        }
        if !args.positional.isEmpty { ads.append(args.positional.joined(separator: " ")) }
        if ads.isEmpty { ads.append(String(decoding: readStandardInput(), as: UTF8.self)) }
        let assessed = ads.map { (text: $0, assessment: classifier.assess($0, explanationLanguage: language)) }
        let output: String
        if format == "html" {
            output = LessonPage.html(assessed, language: language, title: args.value("--title"))
        } else {
            let color =
                args.value("--out") == nil && isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            output = assessed.map {
                TeacherView.render($0.text, $0.assessment, language: language ?? $0.assessment.language, color: color)
            }
            .joined(separator: "\n" + String(repeating: "─", count: 60) + "\n\n")
        }
        if let path = args.value("--out") {
            do { try output.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                throw CommandError(description: "\(path): cannot write")
            }
        } else {
            Console.write(output)
        }
    }
}
