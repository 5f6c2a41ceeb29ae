// Compilation of the pattern syntax (`{a|b}`, `...`, `word*`, `@set`, `<kind>`) into token-level elements.

/// One element of a compiled pattern: what one token must be.
struct PatternElement: Sendable, Hashable {
    enum Kind: UInt8, Sendable { case literal, prefix, tokenKind }
    var kind: Kind
    /// Literal: hash of the normalized form; prefix: hash of the diacritic-free prefix.
    var key: UInt64
    /// Literal: hash of the diacritic-free form.
    var plainKey: UInt64
    /// Prefix: its length in bytes; token kind: the kind's index in `TokenKind.allCases`.
    var length: Int32
}

/// A compiled pattern: contiguous segments separated by bounded gaps, owned by a rule in some role.
struct CompiledPattern: Sendable {
    enum Role: Sendable, Hashable {
        case fires(Int)
        case exception(Int)
        case negator
        /// A phrase of a named set (used by structured checks, e.g. `entry_level`).
        case cue(String)
        /// A country or city name of the wage table.
        case place(Int)
    }
    var segments: [[PatternElement]]
    var role: Role
    /// The pattern as written, for messages.
    var source: String
}

/// Expands pattern syntax and tokenizes its words exactly as ad text is tokenized.
struct PatternCompiler {
    /// The largest gap `...` allows, in tokens.
    static let maxGap = 5
    /// Expansions of one pattern beyond this are refused (a pattern, not a grammar).
    static let maxExpansions = 4096

    let tokenizer: Tokenizer
    let sets: [String: [String]]

    struct Failure: Error { var reason: String }

    /// Compiles one pattern into its expansions.
    func compile(_ pattern: String, role: CompiledPattern.Role) throws -> [CompiledPattern] {
        let substituted = try substituteSets(pattern)
        let expansions = try expand(Substring(substituted))
        var out: [CompiledPattern] = []
        out.reserveCapacity(expansions.count)
        for text in expansions {
            var segments: [[PatternElement]] = [[]]
            for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                if word == "..." || word == "…" {
                    if !segments[segments.count - 1].isEmpty { segments.append([]) }
                    continue
                }
                segments[segments.count - 1].append(contentsOf: try elements(of: String(word)))
            }
            segments.removeAll { $0.isEmpty }
            if segments.isEmpty { continue }
            out.append(CompiledPattern(segments: segments, role: role, source: pattern))
        }
        guard !out.isEmpty else { throw Failure(reason: "matches nothing (no words after expansion)") }
        return out
    }

    private func elements(of word: String) throws -> [PatternElement] {
        if word.hasPrefix("<") && word.hasSuffix(">") && word.count > 2 {
            let name = String(word.dropFirst().dropLast())
            guard let index = TokenKind.allCases.firstIndex(where: { $0.rawValue == name }) else {
                throw Failure(reason: "unknown token kind <\(name)>")
            }
            return [PatternElement(kind: .tokenKind, key: 0, plainKey: 0, length: Int32(index))]
        }
        if word.hasSuffix("*") {
            let stem = WordFolder().plain(String(word.dropLast()))
            guard stem.count >= 3 else { throw Failure(reason: "a prefix needs at least 3 letters before *") }
            return [PatternElement(kind: .prefix, key: StableHash.bytes(stem, 0..<stem.count), plainKey: 0,
                                   length: Int32(stem.count))]
        }
        let text = tokenizer.tokenize(word)
        return text.tokens.filter { $0.kind != .emoji }.map {
            PatternElement(kind: .literal, key: $0.key, plainKey: $0.plainKey, length: 0)
        }
    }

    private func substituteSets(_ pattern: String) throws -> String {
        guard pattern.contains("@") else { return pattern }
        var out = ""
        var i = pattern.startIndex
        while i < pattern.endIndex {
            let c = pattern[i]
            let atWordStart = i == pattern.startIndex || " {|".contains(pattern[pattern.index(before: i)])
            if c == "@", atWordStart {
                var j = pattern.index(after: i)
                while j < pattern.endIndex, pattern[j].isLetter || pattern[j].isNumber || pattern[j] == "_" { j = pattern.index(after: j) }
                let name = String(pattern[pattern.index(after: i)..<j])
                guard let phrases = sets[name], !phrases.isEmpty else { throw Failure(reason: "unknown or empty set @\(name)") }
                out += "{" + phrases.joined(separator: "|") + "}"
                i = j
            } else {
                out.append(c)
                i = pattern.index(after: i)
            }
        }
        return out
    }

    /// Expands `{a|b c|}` alternatives (nesting allowed) into plain phrases.
    func expand(_ s: Substring) throws -> [String] {
        guard let open = s.firstIndex(of: "{") else { return [String(s)] }
        var depth = 0
        var close: Substring.Index? = nil
        var bars: [Substring.Index] = []
        var i = open
        while i < s.endIndex {
            switch s[i] {
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth == 0 { close = i }
            case "|" where depth == 1: bars.append(i)
            default: break
            }
            if close != nil { break }
            i = s.index(after: i)
        }
        guard let close else { throw Failure(reason: "unbalanced {") }
        var alternatives: [Substring] = []
        var start = s.index(after: open)
        for bar in bars { alternatives.append(s[start..<bar]); start = s.index(after: bar) }
        alternatives.append(s[start..<close])
        let prefix = s[..<open], rest = try expand(s[s.index(after: close)...])
        var out: [String] = []
        for alternative in alternatives {
            for inner in try expand(alternative) {
                for tail in rest {
                    out.append(prefix + " " + inner + " " + tail)
                    if out.count > Self.maxExpansions { throw Failure(reason: "expands to more than \(Self.maxExpansions) phrases") }
                }
            }
        }
        return out
    }
}
