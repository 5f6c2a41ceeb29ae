// A small, strict argument parser: options declared up front, unknown options are usage errors.

/// A usage error: printed with the command's usage, exit status 2.
struct UsageError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Parsed arguments of one subcommand.
struct Arguments {
    /// Options that take a value, with whether they may repeat.
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var positional: [String] = []

    /// Parses `args` given the options that take values and the flags (both spelled with `--`).
    init(_ args: [String], valueOptions: Set<String>, flagOptions: Set<String>) throws {
        var i = 0
        var onlyPositional = false
        while i < args.count {
            let a = args[i]
            i += 1
            if onlyPositional || !a.hasPrefix("-") || a == "-" {
                positional.append(a)
                continue
            }
            if a == "--" {
                onlyPositional = true
                continue
            }
            var name = a
            var inline: String? = nil
            if let eq = a.firstIndex(of: "="), a.hasPrefix("--") {
                name = String(a[..<eq])
                inline = String(a[a.index(after: eq)...])
            }
            if valueOptions.contains(name) {
                guard let value = inline ?? (i < args.count ? args[i] : nil) else {
                    throw UsageError(message: "option \(name) needs a value")
                }
                if inline == nil { i += 1 }
                values[name, default: []].append(value)
            } else if flagOptions.contains(name) {
                guard inline == nil else { throw UsageError(message: "option \(name) takes no value") }
                flags.insert(name)
            } else {
                throw UsageError(message: "unknown option \(name)")
            }
        }
    }

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func has(_ name: String) -> Bool { flags.contains(name) }

    func int(_ name: String, default d: Int, range: ClosedRange<Int>) throws -> Int {
        guard let v = value(name) else { return d }
        guard let n = Int(v), range.contains(n) else {
            throw UsageError(message: "\(name) must be a whole number in \(range.lowerBound)…\(range.upperBound)")
        }
        return n
    }
}
