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

    /// The positions the longest match of `root` starting at `p` covers, as bits from `p` (see
    /// ``PhraseMatch``), or `nil`. `arena` is scratch space for the walk's states, reused from match to match
    /// (its contents on return are unspecified).
    func match(_ root: Int32, at p: Int, arena: inout [State]) -> UInt64? {
        let clause = clauses[p]
        arena.removeAll(keepingCapacity: true)
        arena.append(State(position: p, covered: 0))
        let ends = walk(root, 0..<1, clause, from: p, &arena)
        var best: State? = nil
        for s in arena[ends] where s.covered != 0 && s.position > (best?.position ?? Int.min) { best = s }
        return best?.covered
    }

    /// Advances the states in `arena[states]` through `node` and returns where the result lies in `arena`;
    /// states that cannot continue are dropped, duplicates merged. `from` is the match's first position,
    /// which the states' covered bits are relative to.
    ///
    /// Results are appended past everything the walk still needs (its input lies below), and each child's
    /// result is moved down over the child's garbage, so the arena grows with the pattern, not the text, and
    /// a stream of matches allocates nothing once it has grown. The order of states is that of the plain
    /// recursive definition (concatenate the alternatives' results, keep the first state per position),
    /// which decides whose covered positions become the evidence.
    private func walk(_ node: Int32, _ states: Range<Int>, _ clause: Int32, from: Int, _ arena: inout [State])
        -> Range<Int>
    {
        if states.isEmpty { return states }
        let op = tables.ops.base[Int(node)]
        let start = arena.count
        switch op.kind {
        case .element:
            let e = tables.elements.base[Int(op.start)]
            for i in states {
                if let m = advanced(arena[i], clause, from: from, { element(e, matches: $0) }) { arena.append(m) }
            }
            return start..<arena.count
        case .gap:
            for i in states {
                let s = arena[i]
                var q = s.position
                while q <= s.position + PatternCompiler.maxGap && q <= count {
                    if q > s.position && clauses[q - 1] != clause { break }
                    arena.append(State(position: q, covered: s.covered))
                    q += 1
                }
            }
            return Self.merge(start..<arena.count, &arena)
        case .sequence:
            var current = states
            for c in Int(op.start)..<Int(op.start + op.count) {
                current = Self.moveDown(
                    walk(tables.children.base[c], current, clause, from: from, &arena), to: start, &arena)
                if current.isEmpty { break }
            }
            return current
        case .choice:
            if op.literals >= 0 {
                for i in states {
                    let state = arena[i]
                    guard state.position < count && clauses[state.position] == clause else { continue }
                    let (a, b) = branches(op.literals, token(state.position))
                    guard let moved = advanced(state, clause, from: from, { _ in true }) else { continue }
                    for branch in [a, b] {
                        guard let branch else { continue }
                        let next = tables.branches.base[Int(branch)]
                        if next.alone { arena.append(moved) }
                        if next.next >= 0 {
                            let end = arena.count
                            arena.append(moved)
                            _ = Self.moveDown(
                                walk(next.next, end..<(end + 1), clause, from: from, &arena), to: end, &arena)
                        }
                    }
                }
            }
            for c in Int(op.start)..<Int(op.start + op.count) {
                let end = arena.count
                _ = Self.moveDown(walk(tables.children.base[c], states, clause, from: from, &arena), to: end, &arena)
            }
            return Self.merge(start..<arena.count, &arena)
        }
    }

    /// The state moved past the next token, if it can take it.
    @inline(__always)
    private func advanced(_ s: State, _ clause: Int32, from: Int, _ accepts: (Token) -> Bool) -> State? {
        guard
            s.position < count && s.position - from < 63 && clauses[s.position] == clause && accepts(token(s.position))
        else { return nil }
        return State(position: s.position + 1, covered: s.covered | 1 << UInt64(s.position - from))
    }

    /// Places the states of `range` at `target` and drops the rest of the arena: moved down when they lie
    /// above it (nothing between is needed any more), copied when a walk handed back its input (below it).
    private static func moveDown(_ range: Range<Int>, to target: Int, _ arena: inout [State]) -> Range<Int> {
        if range.lowerBound >= target {
            if range.lowerBound != target {
                for (k, i) in range.enumerated() { arena[target + k] = arena[i] }
            }
            arena.removeLast(arena.count - (target + range.count))
        } else {
            arena.removeLast(arena.count - target)
            for i in range { arena.append(arena[i]) }
        }
        return target..<(target + range.count)
    }

    /// Keeps one state per position in `range` (the first found), so choices and gaps cannot multiply states;
    /// `range` ends the arena.
    private static func merge(_ range: Range<Int>, _ arena: inout [State]) -> Range<Int> {
        guard range.count > 1 else { return range }
        var end = range.lowerBound
        for i in range where !arena[range.lowerBound..<end].contains(where: { $0.position == arena[i].position }) {
            arena[end] = arena[i]
            end += 1
        }
        arena.removeLast(arena.count - end)
        return range.lowerBound..<end
    }
}
