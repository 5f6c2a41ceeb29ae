// Shared pieces of the subcommands: reading input, loading model and rules, printing JSON, errors.

import Foundation
import ScamSignals

/// An error that ends the command with exit status 1.
struct CommandError: Error, CustomStringConvertible {
    var description: String
}

enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("scamsignals: " + message + "\n").utf8))
    }

    static func progress(_ message: String, quiet: Bool) {
        guard !quiet, isatty(2) != 0 else { return }
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static let jsonEncoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try jsonEncoder.encode(value), as: UTF8.self)
    }
}

/// Options shared by check, explain and eval.
struct ClassifierOptions {
    static let valueOptions: Set<String> = ["--model", "--rules"]

    static func classifier(_ args: Arguments) throws -> Classifier {
        let rules = try ruleSet(args)
        if let path = args.value("--model") {
            do {
                return Classifier(model: try ModelFile.read(path: path), rules: rules)
            } catch let error as ModelError {
                throw CommandError(description: "\(path): \(error)")
            }
        }
        return args.all("--rules").isEmpty ? .default : Classifier(model: Classifier.default.model, rules: rules)
    }

    static func ruleSet(_ args: Arguments) throws -> RuleSet {
        let paths = args.all("--rules")
        guard !paths.isEmpty else { return .builtin }
        var packs = [RulePack.builtin]
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandError(description: "\(path): cannot read")
            }
            // A compiled program (`rules --compile`) is a whole rule set, built-in signs included.
            if RuleProgramFile.isCompiled([UInt8](data.prefix(4))) {
                guard paths.count == 1 else {
                    throw CommandError(
                        description: "\(path): a compiled rule program cannot be stacked with other packs")
                }
                do { return try RuleProgramFile.decode([UInt8](data)) } catch let e as ModelError {
                    throw CommandError(description: "\(path): \(e)")
                }
            }
            do { packs.append(try RulePack.decode(data, source: path)) } catch let e as RulePackError {
                throw CommandError(description: e.description)
            }
        }
        do { return try RuleSet(packs: packs) } catch let e as RulePackError {
            throw CommandError(description: e.description)
        }
    }
}

/// Corpus options shared by train and eval.
struct CorpusOptions {
    static let valueOptions: Set<String> = ["--text-field", "--label-field", "--id-field", "--positive"]
    static let flagOptions: Set<String> = ["--skip-bad"]

    static func read(_ paths: [String], _ args: Arguments, quiet: Bool) throws -> [LabeledAd] {
        var reader = CorpusReader()
        reader.textField = args.value("--text-field") ?? reader.textField
        reader.labelField = args.value("--label-field") ?? reader.labelField
        reader.idField = args.value("--id-field") ?? reader.idField
        reader.positiveLabel = args.value("--positive")
        reader.skipBad = args.has("--skip-bad")
        var ads: [LabeledAd] = []
        var skipped = 0
        for path in paths {
            do {
                let r = try reader.read(path: path)
                ads += r.ads
                skipped += r.skipped.count
                for e in r.skipped.prefix(5) { Console.error("skipped: \(e)") }
            } catch let e as CorpusError {
                throw CommandError(description: e.description)
            }
        }
        if skipped > 0 { Console.error("skipped \(skipped) malformed line(s)") }
        guard !ads.isEmpty else { throw CommandError(description: "no ads read from \(paths.joined(separator: ", "))") }
        Console.progress("read \(ads.count) ads", quiet: quiet)
        return ads
    }
}

/// Reads all of standard input.
func readStandardInput() -> [UInt8] {
    [UInt8](FileHandle.standardInput.readDataToEndOfFile())
}

/// Parses `id`, `vi`, `en` for `--in`.
func language(_ code: String?) throws -> Language? {
    guard let code else { return nil }
    guard let l = Language.supported.first(where: { $0.rawValue == code }) else {
        throw UsageError(message: "--in takes id, vi or en")
    }
    return l
}
