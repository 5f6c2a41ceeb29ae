// Compilation of the pattern syntax (`{a|b}`, `...`, `word*`, `@set`, `<kind>`) into a small token automaton.

/// One element of a compiled pattern: what one token must be.
struct PatternElement: Sendable, Hashable {
    enum Kind: UInt8, Sendable { case literal, prefix, tokenKind, tokenFlag }
    var kind: Kind
    /// Literal: hash of the normalized form; prefix: hash of the diacritic-free prefix.
    var key: UInt64
    /// Literal: hash of the diacritic-free form.
    var plainKey: UInt64
    /// Prefix: its length in bytes; token kind: the kind's index in `TokenKind.allCases`; token flag: the flag's bits.
    var length: Int32
}

/// A compiled pattern with the role it plays for the rule that owns it.
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
    /// The pattern's operation in the rule set's ``MatchProgram``.
    var root: Int32
    var role: Role
}

/// Parses pattern syntax and tokenizes its words exactly as ad text is tokenized.
struct PatternCompiler {
    /// The largest gap `...` allows, in tokens.
    static let maxGap = 5
    /// The most elements a pattern may stand for once its `@set`s are unfolded. Set nodes are shared, but
    /// matching walks the tree unfolded, so sets of sets would otherwise grow it exponentially: a 700-byte
    /// pack nesting 14 sets of four references hung compilation (docs/Hardening.md). The built-in
    /// patterns stay far below this.
    static let maxExpandedSize = 20_000

    let tokenizer: Tokenizer
    let sets: [String: [String]]
    /// Every pattern compiled so far; sets and words are compiled once and shared.
    private(set) var program = MatchProgram()
    private var setNodes: [String: (node: Int32, size: Int)] = [:]
    private var wordNodes: [String: Int32] = [:]

    struct Failure: Error { var reason: String }

    init(tokenizer: Tokenizer, sets: [String: [String]]) {
        self.tokenizer = tokenizer
        self.sets = sets
    }

    /// Compiles one pattern.
    mutating func compile(_ pattern: String, role: CompiledPattern.Role) throws -> CompiledPattern {
        var setsInUse: [String] = []
        var size = 0
        let bytes = Array(pattern.utf8)
        let root = try parse(bytes, 0..<bytes.count, depth: 0, setsInUse: &setsInUse, size: &size)
        let first = program.first(root)
        guard !first.nullable, !first.elements.isEmpty else { throw Failure(reason: "can match an empty text") }
        guard !program.startsWithGap(root) else { throw Failure(reason: "cannot start with ...") }
        return CompiledPattern(root: root, role: role)
    }

    /// Parses a sequence of words, `{…|…}` choices, `...` gaps and `@set` references, adding the number of
    /// elements they stand for (sets unfolded) to `size`. Works on UTF-8 bytes: the syntax is ASCII.
    private mutating func parse(
        _ s: [UInt8], _ range: Range<Int>, depth: Int, setsInUse: inout [String], size: inout Int
    ) throws -> Int32 {
        guard depth < 16 else { throw Failure(reason: "nested too deeply") }
        var nodes: [Int32] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let c = s[i]
            if Self.isSpace(c) {
                i += 1
                continue
            }
            if c == UInt8(ascii: "{") {
                let close = try matchingBrace(s, from: i, limit: range.upperBound)
                var alternatives: [Int32] = []
                for part in splitTopLevel(s, (i + 1)..<close) {
                    alternatives.append(try parse(s, part, depth: depth + 1, setsInUse: &setsInUse, size: &size))
                }
                nodes.append(program.choice(alternatives))
                i = close + 1
                continue
            }
            if c == UInt8(ascii: "}") || c == UInt8(ascii: "|") {
                throw Failure(reason: "unbalanced \(Character(Unicode.Scalar(c)))")
            }
            var end = i
            while end < range.upperBound, !Self.endsWord(s[end]) { end += 1 }
            let word = String(decoding: s[i..<end], as: UTF8.self)
            i = end
            if word == "..." || word == "…" {
                nodes.append(program.gap())
                size += 1
            } else if word.hasPrefix("@"), word.utf8.count > 1 {
                nodes.append(try setNode(String(word.dropFirst()), depth: depth, setsInUse: &setsInUse, size: &size))
            } else {
                nodes.append(try wordNode(word))
                size += 1
            }
            guard size <= Self.maxExpandedSize else {
                throw Failure(reason: "stands for more than \(Self.maxExpandedSize) words once its sets are unfolded")
            }
        }
        return program.sequence(nodes)
    }

    private static func isSpace(_ c: UInt8) -> Bool {
        c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\n")
    }

    private static func endsWord(_ c: UInt8) -> Bool {
        isSpace(c) || c == UInt8(ascii: "{") || c == UInt8(ascii: "}") || c == UInt8(ascii: "|")
    }

    private mutating func setNode(_ name: String, depth: Int, setsInUse: inout [String], size: inout Int) throws
        -> Int32
    {
        if let (node, setSize) = setNodes[name] {
            size += setSize
            return node
        }
        guard !setsInUse.contains(name) else { throw Failure(reason: "set @\(name) refers to itself") }
        guard let phrases = sets[name], !phrases.isEmpty else { throw Failure(reason: "unknown or empty set @\(name)") }
        setsInUse.append(name)
        var alternatives: [Int32] = []
        var setSize = 0
        for phrase in phrases {
            let bytes = Array(phrase.utf8)
            alternatives.append(
                try parse(bytes, 0..<bytes.count, depth: depth + 1, setsInUse: &setsInUse, size: &setSize))
        }
        setsInUse.removeLast()
        let node = program.choice(alternatives)
        setNodes[name] = (node, setSize)
        size += setSize
        return node
    }

    private mutating func wordNode(_ word: String) throws -> Int32 {
        if let node = wordNodes[word] { return node }
        let node: Int32
        if word == "<free-mail>" || word == "<short-link>" {
            let flag = word == "<free-mail>" ? TokenFlags.freeMail : TokenFlags.shortLink
            node = program.element(PatternElement(kind: .tokenFlag, key: 0, plainKey: 0, length: Int32(flag.rawValue)))
        } else if word.hasPrefix("<") && word.hasSuffix(">") && word.count > 2 {
            let name = String(word.dropFirst().dropLast())
            guard let index = TokenKind.allCases.firstIndex(where: { $0.rawValue == name }) else {
                throw Failure(reason: "unknown token kind <\(name)>")
            }
            node = program.element(PatternElement(kind: .tokenKind, key: 0, plainKey: 0, length: Int32(index)))
        } else if word.hasSuffix("*") {
            let stem = WordFolder().plain(String(word.dropLast()))
            guard stem.count >= 3 else { throw Failure(reason: "a prefix needs at least 3 letters before *") }
            node = program.element(
                PatternElement(
                    kind: .prefix, key: StableHash.bytes(stem, 0..<stem.count), plainKey: 0,
                    length: Int32(stem.count)))
        } else {
            let words = tokenizer.tokenize(String(word)).tokens.filter { $0.kind != .emoji }
            var elements: [Int32] = []
            for t in words {
                elements.append(
                    program.element(PatternElement(kind: .literal, key: t.key, plainKey: t.plainKey, length: 0)))
            }
            node = program.sequence(elements)
        }
        wordNodes[word] = node
        return node
    }

    private func matchingBrace(_ s: [UInt8], from open: Int, limit: Int) throws -> Int {
        var depth = 0
        var i = open
        while i < limit {
            if s[i] == UInt8(ascii: "{") { depth += 1 }
            if s[i] == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return i }
            }
            i += 1
        }
        throw Failure(reason: "unbalanced {")
    }

    private func splitTopLevel(_ s: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var depth = 0
        var start = range.lowerBound
        for i in range {
            switch s[i] {
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: "|") where depth == 0:
                parts.append(start..<i)
                start = i + 1
            default: break
            }
        }
        parts.append(start..<range.upperBound)
        return parts
    }
}
