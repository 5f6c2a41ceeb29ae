// One-pass multi-pattern matching over tokens: candidates by their first token, then a bounded walk of the pattern tree.

/// A match of a compiled pattern: which pattern, and the token positions it covers (gaps excluded), as bits
/// from its first position (matches are at most 63 tokens long), so a match is a plain value.
struct PhraseMatch: Sendable {
    var pattern: Int32
    /// The position bit 0 of `covered` stands for.
    var origin: Int
    /// Bit i: position `origin + i` is covered. Never 0.
    var covered: UInt64

    var start: Int { origin + covered.trailingZeroBitCount }
    var end: Int { origin + 64 - covered.leadingZeroBitCount }

    /// The covered runs of positions, in order; gaps lie between them.
    var segments: Segments { Segments(origin: origin, bits: covered) }

    /// The runs of set bits of a covered mask, as position ranges (no array is made).
    struct Segments: Sequence, IteratorProtocol {
        let origin: Int
        var bits: UInt64

        mutating func next() -> Range<Int>? {
            guard bits != 0 else { return nil }
            let first = bits.trailingZeroBitCount
            let run = (~(bits >> UInt64(first))).trailingZeroBitCount
            bits &= run + first >= 64 ? 0 : ~0 << UInt64(first + run)
            return (origin + first)..<(origin + first + run)
        }
    }
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
        tables = MatchTables(MatchLayout(program: program, index: index, roots: patterns.map(\.root)))
    }

    /// A matcher over tables read back from a compiled rule program (checked by ``RuleProgramFile``).
    init(_ patterns: [CompiledPattern], tables: MatchTables) {
        self.patterns = patterns
        self.tables = tables
    }

    /// The tables, for writing them to a compiled rule program.
    var layout: MatchLayout { tables.layout }

    /// Every match in the view (the longest per pattern and start), in order of start position.
    func matches(in view: MatchView) -> [PhraseMatch] {
        var out: [PhraseMatch] = []
        guard view.count > 0 else { return out }
        // Sized from the text (matches include cues, negators and places), so most ads need one allocation
        // instead of a chain of doublings (allocation-sites.py: 8.7 -> 3.6 per ad for this function).
        out.reserveCapacity(view.count / 2 + 8)
        let forms = view.text.forms.isEmpty ? [0] : view.text.forms
        withExtendedLifetime(tables) {
            view.positions.withUnsafeBufferPointer { positions in
                view.clauses.withUnsafeBufferPointer { clauses in
                    view.text.tokens.withUnsafeBufferPointer { tokens in
                        forms.withUnsafeBufferPointer { forms in
                            let cursor = MatchCursor(
                                tables: tables, tokens: tokens.baseAddress!, positions: positions.baseAddress!,
                                clauses: clauses.baseAddress!, forms: forms.baseAddress!, count: view.count)
                            collect(cursor, into: &out)
                        }
                    }
                }
            }
        }
        return out
    }

    private func collect(_ cursor: MatchCursor, into out: inout [PhraseMatch]) {
        var candidates: [Int32] = []
        candidates.reserveCapacity(64)
        var arena: [MatchCursor.State] = []
        arena.reserveCapacity(64)
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
                    while next < t.prefixLengthCount && Int(lengths[next]) < length { next += 1 }
                    if next < t.prefixLengthCount, Int(lengths[next]) == length,
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
                if let covered = cursor.match(root, at: p, arena: &arena) {
                    out.append(PhraseMatch(pattern: c, origin: p, covered: covered))
                }
            }
        }
    }
}
