// `scamsignals rules`: the effective rule set (built-in signs plus packs), each sign with its source pack.

import Foundation
import ScamSignals

enum RulesCommand {
    static let usage = """
        USAGE: scamsignals rules [--rules FILE ...] [--json] [--in id|vi|en]
               scamsignals rules [--rules FILE ...] --compile OUT.ssr

        Lists every warning sign in force: id, category, weight, whether it is enabled, and the pack that
        defined or last changed it, with its title and explanation in the chosen language (default: en).

        --compile writes the rule set compiled (a `.ssr` file): `--rules OUT.ssr` then loads it without
        compiling its patterns again (faster start-up for large packs; recompile after upgrading). Without
        --rules it compiles the built-in signs: Scripts/update-default-model.sh writes the library's
        embedded Resources/builtin-rules.ssr this way.

        EXAMPLES:
          scamsignals rules
          scamsignals rules --rules my-pack.json --json
          scamsignals rules --rules my-pack.json --compile my-rules.ssr
        """

    struct Row: Encodable {
        var id: String
        var category: String
        var weight: Double
        var enabled: Bool
        var pack: String
        var title: String
        var sign: String
        var explanation: String
    }

    static func run(_ argv: [String]) throws {
        let args = try Arguments(
            argv, valueOptions: ["--rules", "--in", "--compile"], flagOptions: ["--json", "--help"])
        if args.has("--help") {
            Console.write(usage + "\n")
            return
        }
        guard args.positional.isEmpty else { throw UsageError(message: "rules takes no arguments") }
        if let out = args.value("--compile") {
            let bytes =
                args.all("--rules").isEmpty
                ? RuleProgramFile.builtinProgram() : RuleProgramFile.encode(try ClassifierOptions.ruleSet(args))
            guard FileManager.default.createFile(atPath: out, contents: Data(bytes)) else {
                throw CommandError(description: "\(out): cannot write")
            }
            return
        }
        let rules = try ClassifierOptions.ruleSet(args)
        let language = try language(args.value("--in")) ?? .english
        let rows = rules.definitions.map {
            Row(
                id: $0.id, category: $0.category, weight: $0.weight, enabled: $0.enabled, pack: $0.pack,
                title: $0.title.text(in: language), sign: $0.sign.text(in: language),
                explanation: $0.explanation.text(in: language))
        }
        if args.has("--json") {
            Console.write(try Console.json(rows) + "\n")
            return
        }
        for r in rows {
            Console.write(
                "\(r.id) [\(r.category)] weight \(String(format: "%.1f", r.weight))\(r.enabled ? "" : " (disabled)") — pack \(r.pack)\n"
            )
            Console.write("  \(r.title) — \(r.sign)\n")
        }
    }
}
