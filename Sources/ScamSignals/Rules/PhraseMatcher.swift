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
    /// The compiled program and the first-token index, frozen behind raw pointers (see ``MatchTables``); the
    /// ``MatchProgram`` itself is not kept, so its arrays and tables are not held twice.
    private let tables: MatchTables

    init(_ patterns: [CompiledPattern], program: MatchProgram) {
        self.patterns = patterns
        var index = FirstTokenIndex()
        for (i, p) in patterns.enumerated() {
            var seen = Set<PatternElement>()
            for first in program.first(p.root).elements where seen.insert(first).inserted {
                index.add(Int32(i), first: first)
            }
        }
        tables = MatchTables(program: program, index: index, roots: patterns.map(\.root))
    }

    /// Every match in the view (the longest per pattern and start), in order of start position.
    func matches(in view: MatchView) -> [PhraseMatch] {
        var out: [PhraseMatch] = []
        guard view.count > 0 else { return out }
        let forms = view.text.forms.isEmpty ? [0] : view.text.forms
        withExtendedLifetime(tables) {
            view.positions.withUnsafeBufferPointer { positions in
                view.clauses.withUnsafeBufferPointer { clauses in
                    view.text.tokens.withUnsafeBufferPointer { tokens in
                        forms.withUnsafeBufferPointer { forms in
                            let cursor = MatchCursor(
                                tables: tables, tokens: tokens.baseAddress!, positions: positions.baseAddress!,
                                clauses: clauses.baseAddress!, forms: forms.baseAddress!, count: view.count)
                            collect(cursor, view, into: &out)
                        }
                    }
                }
            }
        }
        return out
    }

    private func collect(_ cursor: MatchCursor, _ view: MatchView, into out: inout [PhraseMatch]) {
        var candidates: [Int32] = []
        let t = tables
        for p in 0..<cursor.count {
            let token = cursor.token(p)
            candidates.removeAll(keepingCapacity: true)
            if let b = t.byPlainKey.value(for: token.plainKey) { t.appendBucket(b, to: &candidates) }
            t.appendKind(token.kind.ordinal, to: &candidates)
            if t.flagCount > 0 && !token.flags.isDisjoint(with: [.freeMail, .shortLink]) {
                candidates.append(contentsOf: UnsafeBufferPointer(start: t.byFlag.pointer, count: t.flagCount))
            }
            if t.prefixLengthCount > 0 {
                let lengths = t.prefixLengths.pointer
                let start = Int(token.plainRange.lowerBound)
                let end = Int(token.plainRange.upperBound)
                var h = StableHash.offset
                var next = 0
                var k = start
                while k < end && next < t.prefixLengthCount {
                    h = (h ^ UInt64(cursor.forms[k])) &* StableHash.prime
                    k += 1
                    let length = k - start
                    while next < t.prefixLengthCount && lengths[next] < length { next += 1 }
                    if next < t.prefixLengthCount, lengths[next] == length,
                        let bucket = t.byPrefix.value(for: StableHash.combine(h, UInt64(length)))
                    {
                        t.appendBucket(bucket, to: &candidates)
                    }
                }
            }
            if candidates.count > 1 { candidates.sort() }
            var last: Int32 = -1
            let clause = cursor.clauses[p]
            for c in candidates where c != last {
                last = c
                let root = t.roots.base[Int(c)]
                // A first walk tracks only the reachable offsets from `p` as bits of a `UInt64` (no allocation);
                // only when it ends somewhere does a second walk record the covered runs for the evidence.
                guard cursor.reach(root, 1, p, clause) & ~1 != 0 else { continue }
                if let spans = match(root, at: p, view) { out.append(PhraseMatch(pattern: c, segments: spans)) }
            }
        }
    }

    /// A partial match: the next position, and the positions covered so far as bits relative to the start
    /// (bit i: position start + i). A plain value, so the walk's state arrays hold no nested arrays to
    /// allocate and release; matches are at most 63 tokens long, as in ``MatchCursor/reach(_:_:_:_:)``.
    struct State {
        var position: Int
        var covered: UInt64
    }

    /// The covered runs of the longest match of `root` starting at `p`, or `nil`.
    func match(_ root: Int32, at p: Int, _ view: MatchView) -> [Range<Int>]? {
        let clause = view.clauses[p]
        let ends = walk(root, [State(position: p, covered: 0)], view, clause, from: p)
        guard let best = ends.filter({ $0.covered != 0 }).max(by: { $0.position < $1.position }) else { return nil }
        var spans: [Range<Int>] = []
        var bits = best.covered
        while bits != 0 {
            let first = bits.trailingZeroBitCount
            let run = (~(bits >> UInt64(first))).trailingZeroBitCount
            spans.append((p + first)..<(p + first + run))
            bits &= run + first >= 64 ? 0 : ~0 << UInt64(first + run)
        }
        return spans
    }

    /// Advances every state through `node`; states that cannot continue are dropped, duplicates merged.
    /// `from` is the match's first position, which the states' covered bits are relative to.
    private func walk(_ node: Int32, _ states: [State], _ view: MatchView, _ clause: Int32, from: Int) -> [State] {
        if states.isEmpty { return states }
        let op = tables.ops.base[Int(node)]
        switch op.kind {
        case .element:
            let e = tables.elements.base[Int(op.start)]
            return advance(states, view, clause, from: from) { Self.element(e, matches: $0, view.text) }
        case .gap:
            var out: [State] = []
            for s in states {
                var q = s.position
                while q <= s.position + PatternCompiler.maxGap && q <= view.count {
                    if q > s.position && view.clauses[q - 1] != clause { break }
                    out.append(State(position: q, covered: s.covered))
                    q += 1
                }
            }
            return Self.merged(out)
        case .sequence:
            var current = states
            for c in Int(op.start)..<Int(op.start + op.count) {
                current = walk(tables.children.base[c], current, view, clause, from: from)
                if current.isEmpty { break }
            }
            return current
        case .choice:
            var out: [State] = []
            if op.literals >= 0 {
                for state in states where state.position < view.count && view.clauses[state.position] == clause {
                    let (a, b) = branches(op.literals, view.token(state.position))
                    let moved = advance([state], view, clause, from: from) { _ in true }
                    for branch in [a, b] where branch >= 0 {
                        let next = tables.branches.base[Int(branch)]
                        if next.alone { out += moved }
                        if next.next >= 0 { out += walk(next.next, moved, view, clause, from: from) }
                    }
                }
            }
            for c in Int(op.start)..<Int(op.start + op.count) {
                out += walk(tables.children.base[c], states, view, clause, from: from)
            }
            return Self.merged(out)
        }
    }

    /// The states that can take the next token, moved past it.
    private func advance(
        _ states: [State], _ view: MatchView, _ clause: Int32, from: Int, _ accepts: (Token) -> Bool
    ) -> [State] {
        var out: [State] = []
        for var s in states
        where s.position < view.count && s.position - from < 63 && view.clauses[s.position] == clause
            && accepts(view.token(s.position))
        {
            s.covered |= 1 << UInt64(s.position - from)
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
        let a = tables.literalKeys.value(for: MatchProgram.setKey(set, t.key)) ?? -1
        if t.flags.contains(.hasDiacritics) { return (a, -1) }
        return (a, tables.literalPlainKeys.value(for: MatchProgram.setKey(set, t.plainKey)) ?? -1)
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
