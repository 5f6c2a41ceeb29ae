// One-pass multi-pattern matching over tokens: candidates by their first token, then a bounded walk of the pattern tree.

/// A match of a compiled pattern: which pattern, and the token positions it covers (gaps excluded).
struct PhraseMatch: Sendable {
    var pattern: Int32
    /// Covered runs of positions (indices into the match view), in order; gaps lie between them.
    var segments: [Range<Int>]
    var start: Int { segments[0].lowerBound }
    var end: Int { segments[segments.count - 1].upperBound }
}

/// The tokens patterns are matched against: every token but emoji (emoji between words are transparent),
/// with the clause each belongs to.
struct MatchView {
    let text: TokenizedText
    /// Indices into `text.tokens`.
    let positions: [Int]
    /// Clause number of each position (a new clause starts after `. ! ? ;`, a line break or a bullet).
    let clauses: [Int32]

    init(_ text: TokenizedText) {
        self.text = text
        var positions: [Int] = []
        var clauses: [Int32] = []
        positions.reserveCapacity(text.tokens.count)
        clauses.reserveCapacity(text.tokens.count)
        var clause: Int32 = 0
        for (i, t) in text.tokens.enumerated() {
            if t.flags.contains(.startsClause) { clause += 1 }
            if t.kind == .emoji { continue }
            positions.append(i)
            clauses.append(clause)
        }
        self.positions = positions
        self.clauses = clauses
    }

    var count: Int { positions.count }
    @inline(__always) func token(_ p: Int) -> Token { text.tokens[positions[p]] }

    /// The byte range of the original text covered by positions `range`.
    func sourceRange(_ range: Range<Int>) -> Range<Int> {
        token(range.lowerBound).range.lowerBound..<token(range.upperBound - 1).range.upperBound
    }
}

/// Finds every occurrence of many token patterns in one pass. Candidates come from hash tables keyed by
/// the tokens a pattern can start with, so the cost grows with the text and the candidates found, not with
/// the number of patterns. A match stays within one clause.
struct PhraseMatcher: Sendable {
    let patterns: [CompiledPattern]
    let program: MatchProgram
    private var byPlainKey = KeyTable(capacity: 1024)
    private var byPrefix = KeyTable(capacity: 64)
    private var buckets: [[Int32]] = []
    private var byKind: [[Int32]] = Array(repeating: [], count: TokenKind.allCases.count)
    private var byFlag: [Int32] = []
    private var prefixLengths: [Int] = []

    init(_ patterns: [CompiledPattern], program: MatchProgram) {
        self.patterns = patterns
        self.program = program
        var lengths = Set<Int>()
        for (i, p) in patterns.enumerated() {
            var seen = Set<PatternElement>()
            for first in program.first(p.root).elements where seen.insert(first).inserted {
                switch first.kind {
                case .literal: add(i, to: first.plainKey, in: \.byPlainKey)
                case .prefix:
                    lengths.insert(Int(first.length))
                    add(i, to: StableHash.combine(first.key, UInt64(first.length)), in: \.byPrefix)
                case .tokenKind:
                    if byKind[Int(first.length)].last != Int32(i) { byKind[Int(first.length)].append(Int32(i)) }
                case .tokenFlag: if byFlag.last != Int32(i) { byFlag.append(Int32(i)) }
                }
            }
        }
        prefixLengths = lengths.sorted()
    }

    private mutating func add(_ pattern: Int, to key: UInt64, in table: WritableKeyPath<PhraseMatcher, KeyTable>) {
        if let bucket = self[keyPath: table].value(for: key) {
            if buckets[Int(bucket)].last != Int32(pattern) { buckets[Int(bucket)].append(Int32(pattern)) }
        } else {
            self[keyPath: table].set(key, Int32(buckets.count))
            buckets.append([Int32(pattern)])
        }
    }

    /// Every match in the view (the longest per pattern and start), in order of start position.
    func matches(in view: MatchView) -> [PhraseMatch] {
        var out: [PhraseMatch] = []
        var candidates: [Int32] = []
        for p in 0..<view.count {
            let t = view.token(p)
            candidates.removeAll(keepingCapacity: true)
            if let b = byPlainKey.value(for: t.plainKey) { candidates += buckets[Int(b)] }
            candidates += byKind[t.kind.ordinal]
            if !byFlag.isEmpty && !t.flags.isDisjoint(with: [.freeMail, .shortLink]) { candidates += byFlag }
            if !prefixLengths.isEmpty {
                let start = Int(t.plainRange.lowerBound)
                let end = Int(t.plainRange.upperBound)
                var h = StableHash.offset
                var next = 0
                var k = start
                while k < end && next < prefixLengths.count {
                    h = (h ^ UInt64(view.text.forms[k])) &* StableHash.prime
                    k += 1
                    let length = k - start
                    while next < prefixLengths.count && prefixLengths[next] < length { next += 1 }
                    if next < prefixLengths.count, prefixLengths[next] == length,
                        let bucket = byPrefix.value(for: StableHash.combine(h, UInt64(length)))
                    {
                        candidates += buckets[Int(bucket)]
                    }
                }
            }
            if candidates.count > 1 { candidates.sort() }
            var last: Int32 = -1
            for c in candidates where c != last {
                last = c
                if let spans = match(patterns[Int(c)].root, at: p, view) {
                    out.append(PhraseMatch(pattern: c, segments: spans))
                }
            }
        }
        return out
    }

    /// A partial match: the next position and the runs covered so far.
    struct State {
        var position: Int
        var spans: [Range<Int>]
    }

    /// The covered runs of the longest match of `root` starting at `p`, or `nil`.
    ///
    /// A first walk tracks only the reachable offsets from `p` as bits of a `UInt64` (no allocation); only
    /// when it ends somewhere does a second walk record the covered runs for the evidence.
    func match(_ root: Int32, at p: Int, _ view: MatchView) -> [Range<Int>]? {
        let clause = view.clauses[p]
        guard reach(root, 1, p, view, clause) & ~1 != 0 else { return nil }
        let ends = walk(root, [State(position: p, spans: [])], view, clause)
        guard let best = ends.filter({ !$0.spans.isEmpty }).max(by: { $0.position < $1.position }) else { return nil }
        return best.spans
    }

    /// The offsets from `p` (bit i = position p + i) reachable after `node`, from the offsets in `from`.
    /// Matches are at most 63 tokens long; longer ones are cut off, which only loses absurd patterns.
    private func reach(_ node: Int32, _ from: UInt64, _ p: Int, _ view: MatchView, _ clause: Int32) -> UInt64 {
        if from == 0 { return 0 }
        let op = program.ops[Int(node)]
        switch op.kind {
        case .element:
            let e = program.elements[Int(op.start)]
            var out: UInt64 = 0
            var bits = from
            while bits != 0 {
                let i = bits.trailingZeroBitCount
                bits &= bits - 1
                let q = p + i
                if i < 63, q < view.count, view.clauses[q] == clause, Self.element(e, matches: view.token(q), view.text)
                {
                    out |= 1 << UInt64(i + 1)
                }
            }
            return out
        case .gap:
            var out = from
            var bits = from
            for _ in 0..<PatternCompiler.maxGap {
                bits = (bits << 1) & ~(1 << 63)
                var valid: UInt64 = 0
                var b = bits
                while b != 0 {
                    let i = b.trailingZeroBitCount
                    b &= b - 1
                    if p + i <= view.count, view.clauses[p + i - 1] == clause { valid |= 1 << UInt64(i) }
                }
                bits = valid
                out |= bits
            }
            return out
        case .sequence:
            var current = from
            for c in Int(op.start)..<Int(op.start + op.count) {
                current = reach(program.children[c], current, p, view, clause)
                if current == 0 { break }
            }
            return current
        case .choice:
            var out: UInt64 = 0
            if op.literals >= 0 {
                var bits = from
                while bits != 0 {
                    let i = bits.trailingZeroBitCount
                    bits &= bits - 1
                    let q = p + i
                    guard i < 63, q < view.count, view.clauses[q] == clause else { continue }
                    let (a, b) = branches(op.literals, view.token(q))
                    if a >= 0 { out |= reach(branch: a, after: i, p, view, clause) }
                    if b >= 0 { out |= reach(branch: b, after: i, p, view, clause) }
                }
            }
            for c in Int(op.start)..<Int(op.start + op.count) {
                out |= reach(program.children[c], from, p, view, clause)
            }
            return out
        }
    }

    /// Advances every state through `node`; states that cannot continue are dropped, duplicates merged.
    private func walk(_ node: Int32, _ states: [State], _ view: MatchView, _ clause: Int32) -> [State] {
        if states.isEmpty { return states }
        let op = program.ops[Int(node)]
        switch op.kind {
        case .element:
            let e = program.elements[Int(op.start)]
            return advance(states, view, clause) { Self.element(e, matches: $0, view.text) }
        case .gap:
            var out: [State] = []
            for s in states {
                var q = s.position
                while q <= s.position + PatternCompiler.maxGap && q <= view.count {
                    if q > s.position && view.clauses[q - 1] != clause { break }
                    out.append(State(position: q, spans: s.spans))
                    q += 1
                }
            }
            return Self.merged(out)
        case .sequence:
            var current = states
            for c in Int(op.start)..<Int(op.start + op.count) {
                current = walk(program.children[c], current, view, clause)
                if current.isEmpty { break }
            }
            return current
        case .choice:
            var out: [State] = []
            if op.literals >= 0 {
                for state in states where state.position < view.count && view.clauses[state.position] == clause {
                    let (a, b) = branches(op.literals, view.token(state.position))
                    let moved = advance([state], view, clause) { _ in true }
                    for branch in [a, b] where branch >= 0 {
                        let next = program.branches[Int(branch)]
                        if next.alone { out += moved }
                        if next.next >= 0 { out += walk(next.next, moved, view, clause) }
                    }
                }
            }
            for c in Int(op.start)..<Int(op.start + op.count) {
                out += walk(program.children[c], states, view, clause)
            }
            return Self.merged(out)
        }
    }

    /// The states that can take the next token, moved past it.
    private func advance(_ states: [State], _ view: MatchView, _ clause: Int32, _ accepts: (Token) -> Bool)
        -> [State]
    {
        var out: [State] = []
        for var s in states
        where s.position < view.count && view.clauses[s.position] == clause && accepts(view.token(s.position)) {
            if let last = s.spans.last, last.upperBound == s.position {
                s.spans[s.spans.count - 1] = last.lowerBound..<(s.position + 1)
            } else {
                s.spans.append(s.position..<(s.position + 1))
            }
            s.position += 1
            out.append(s)
        }
        return out
    }

    /// Keeps one state per position (the first found), so choices and gaps cannot multiply states.
    private static func merged(_ states: [State]) -> [State] {
        guard states.count > 1 else { return states }
        var out: [State] = []
        for s in states where !out.contains(where: { $0.position == s.position }) { out.append(s) }
        return out
    }

    /// The branches of literal set `set` that token `t` selects: by its accent-preserving key and by its
    /// diacritic-free key (the same test as a literal element's), -1 where none.
    @inline(__always)
    private func branches(_ set: Int32, _ t: Token) -> (Int32, Int32) {
        let a = program.literalKeys.value(for: MatchProgram.setKey(set, t.key)) ?? -1
        if t.flags.contains(.hasDiacritics) { return (a, -1) }
        return (a, program.literalPlainKeys.value(for: MatchProgram.setKey(set, t.plainKey)) ?? -1)
    }

    /// The offsets reachable through `branch` once its word was read at offset `i`.
    private func reach(branch: Int32, after i: Int, _ p: Int, _ view: MatchView, _ clause: Int32) -> UInt64 {
        let next = program.branches[Int(branch)]
        let moved: UInt64 = 1 << UInt64(i + 1)
        var out: UInt64 = next.alone ? moved : 0
        if next.next >= 0 { out |= reach(next.next, moved, p, view, clause) }
        return out
    }

    @inline(__always)
    static func element(_ e: PatternElement, matches t: Token, _ text: TokenizedText) -> Bool {
        switch e.kind {
        case .literal:
            return t.key == e.key || (!t.flags.contains(.hasDiacritics) && t.plainKey == e.plainKey)
        case .tokenKind:
            return t.kind.ordinal == Int(e.length)
        case .tokenFlag:
            return t.flags.contains(TokenFlags(rawValue: UInt16(e.length)))
        case .prefix:
            let length = Int(e.length)
            guard Int(t.plainRange.count) >= length else { return false }
            let start = Int(t.plainRange.lowerBound)
            return StableHash.bytes(text.forms, start..<(start + length)) == e.key
        }
    }
}
