// The first, allocation-free walk of a pattern: which token offsets a match can reach, as bits.

/// One text's match view and the matcher's tables, as raw pointers, valid during one `matches(in:)` call.
///
/// `reach` answers "does this pattern match here, and where can it end" for every candidate of every token,
/// most of the rules stage; it reads only pointers, so it neither checks bounds nor counts references.
/// Indices into the tables come from the compiled program; positions are checked against `count`.
struct MatchCursor {
    let tables: MatchTables
    let tokens: UnsafePointer<Token>
    let positions: UnsafePointer<Int>
    let clauses: UnsafePointer<Int32>
    let forms: UnsafePointer<UInt8>
    /// Positions in the view.
    let count: Int

    @inline(__always) func token(_ p: Int) -> Token { tokens[positions[p]] }

    /// The offsets from `p` (bit i = position p + i) reachable after `node`, from the offsets in `from`.
    /// Matches are at most 63 tokens long; longer ones are cut off, which only loses absurd patterns.
    func reach(_ node: Int32, _ from: UInt64, _ p: Int, _ clause: Int32) -> UInt64 {
        if from == 0 { return 0 }
        let op = tables.ops.base[Int(node)]
        switch op.kind {
        case .element:
            let e = tables.elements.base[Int(op.start)]
            var out: UInt64 = 0
            var bits = from
            while bits != 0 {
                let i = bits.trailingZeroBitCount
                bits &= bits - 1
                let q = p + i
                if i < 63, q < count, clauses[q] == clause, element(e, matches: token(q)) { out |= 1 << UInt64(i + 1) }
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
                    if p + i <= count, clauses[p + i - 1] == clause { valid |= 1 << UInt64(i) }
                }
                bits = valid
                out |= bits
            }
            return out
        case .sequence:
            var current = from
            for c in Int(op.start)..<Int(op.start + op.count) {
                current = reach(tables.children.base[c], current, p, clause)
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
                    guard i < 63, q < count, clauses[q] == clause else { continue }
                    let (a, b) = branches(op.literals, token(q))
                    if let a { out |= reach(branch: a, after: i, p, clause) }
                    if let b { out |= reach(branch: b, after: i, p, clause) }
                }
            }
            for c in Int(op.start)..<Int(op.start + op.count) {
                out |= reach(tables.children.base[c], from, p, clause)
            }
            return out
        }
    }

    /// The offsets reachable through `branch` once its word was read at offset `i`.
    @inline(__always)
    private func reach(branch: Int32, after i: Int, _ p: Int, _ clause: Int32) -> UInt64 {
        let next = tables.branches.base[Int(branch)]
        let moved: UInt64 = 1 << UInt64(i + 1)
        var out: UInt64 = next.alone ? moved : 0
        if next.next >= 0 { out |= reach(next.next, moved, p, clause) }
        return out
    }

    /// The branches of literal set `set` that token `t` selects: by its accent-preserving key and by its
    /// diacritic-free key (the same test as a literal element's).
    @inline(__always)
    func branches(_ set: Int32, _ t: Token) -> (Int32?, Int32?) {
        let a = tables.literalKeys.value(for: MatchProgram.setKey(set, t.key))
        if t.flags.contains(.hasDiacritics) { return (a, nil) }
        return (a, tables.literalPlainKeys.value(for: MatchProgram.setKey(set, t.plainKey)))
    }

    /// Whether token `t` satisfies element `e`.
    @inline(__always)
    func element(_ e: PatternElement, matches t: Token) -> Bool {
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
            return StableHash.bytes(UnsafeBufferPointer(start: forms + Int(t.plainRange.lowerBound), count: length))
                == e.key
        }
    }
}
