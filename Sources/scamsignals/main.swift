// Entry point of the `scamsignals` command-line tool: dispatches to the subcommands.

import Foundation
import ScamSignals

let version = "0.1.0"
let usage = """
    USAGE: scamsignals <command> [options]

    Finds the warning signs of fake job-offer scams in Indonesian, Vietnamese and English job ads.

    COMMANDS:
      check     verdict, probability and warning signs of ads (text, files, stdin, or a JSONL stream)
      explain   an ad with every warning sign numbered and explained, for teachers
      train     train a model file from a labelled corpus
      eval      cross-validation or train/test metrics on a labelled corpus
      rules     the warning signs in force, with the pack each comes from
      evasion   detection of test-split scams rewritten with filter-dodging tricks

    Run `scamsignals <command> --help` for a command's options. `scamsignals --version` prints the version.
    """

let arguments = Array(CommandLine.arguments.dropFirst())
var status: Int32 = 0
do {
    switch arguments.first {
    case "check": try CheckCommand.run(Array(arguments.dropFirst()))
    case "explain": try ExplainCommand.run(Array(arguments.dropFirst()))
    case "train": try TrainCommand.run(Array(arguments.dropFirst()))
    case "eval": try EvalCommand.run(Array(arguments.dropFirst()))
    case "rules": try RulesCommand.run(Array(arguments.dropFirst()))
    case "evasion": try EvasionCommand.run(Array(arguments.dropFirst()))
    case "--version": Console.write("scamsignals \(version)\n")
    case "--help", "-h", "help": Console.write(usage + "\n")
    case nil:
        Console.write(usage + "\n")
        status = 2
    case let other?: throw UsageError(message: "unknown command \(other)")
    }
} catch let error as UsageError {
    Console.error(error.message + " (see --help)")
    status = 2
} catch {
    Console.error("\(error)")
    status = 1
}
exit(status)
