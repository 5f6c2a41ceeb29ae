// The second walk of a pattern, for a candidate the first one (`reach`) found to match: which positions it
// covers, for the evidence.

extension MatchCursor {
    /// A partial match: the next position, and the positions covered so far as bits relative to the start
    /// (bit i: position start + i). A plain value, so the walk's state arrays hold no nested arrays to
    /// allocate and release; matches are at most 63 tokens long, as in ``reach(_:_:_:_:)``.
    struct State {
        var position: Int
        var covered: UInt64
    }

    /// The covered runs of the longest match of `root` starting at `p`, or `nil`.
    func match(_ root: Int32, at p: Int) -> [Range<Int>]? {
        let clause = clauses[p]
        let ends = walk(root, [State(position: p, covered: 0)], clause, from: p)
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
    private func walk(_ node: Int32, _ states: [State], _ clause: Int32, from: Int) -> [State] {
        if states.isEmpty { return states }
        let op = tables.ops.base[Int(node)]
        switch op.kind {
        case .element:
            let e = tables.elements.base[Int(op.start)]
            return advance(states, clause, from: from) { element(e, matches: $0) }
        case .gap:
            var out: [State] = []
            for s in states {
                var q = s.position
                while q <= s.position + PatternCompiler.maxGap && q <= count {
                    if q > s.position && clauses[q - 1] != clause { break }
                    out.append(State(position: q, covered: s.covered))
                    q += 1
                }
            }
            return Self.merged(out)
        case .sequence:
            var current = states
            for c in Int(op.start)..<Int(op.start + op.count) {
                current = walk(tables.children.base[c], current, clause, from: from)
                if current.isEmpty { break }
            }
            return current
        case .choice:
            var out: [State] = []
            if op.literals >= 0 {
                for state in states where state.position < count && clauses[state.position] == clause {
                    let (a, b) = branches(op.literals, token(state.position))
                    let moved = advance([state], clause, from: from) { _ in true }
                    for branch in [a, b] {
                        guard let branch else { continue }
                        let next = tables.branches.base[Int(branch)]
                        if next.alone { out += moved }
                        if next.next >= 0 { out += walk(next.next, moved, clause, from: from) }
                    }
                }
            }
            for c in Int(op.start)..<Int(op.start + op.count) {
                out += walk(tables.children.base[c], states, clause, from: from)
            }
            return Self.merged(out)
        }
    }

    /// The states that can take the next token, moved past it.
    private func advance(_ states: [State], _ clause: Int32, from: Int, _ accepts: (Token) -> Bool) -> [State] {
        var out: [State] = []
        for var s in states
        where s.position < count && s.position - from < 63 && clauses[s.position] == clause
            && accepts(token(s.position))
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
}
