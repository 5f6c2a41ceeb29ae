// One-pass multi-pattern matching over tokens: candidates by the first element, then bounded verification.

/// A match of a compiled pattern: which pattern, and the token positions of each segment.
struct PhraseMatch: Sendable {
    var pattern: Int32
    /// Per segment, the range of positions (indices into the match view) it covers.
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

/// Finds every occurrence of many token patterns in one pass; cost grows with the text, not with the
/// number of patterns (candidates are looked up by the first element in hash tables).
struct PhraseMatcher: Sendable {
    let patterns: [CompiledPattern]
    private var byPlainKey = KeyTable(capacity: 1024)
    private var byPrefix = KeyTable(capacity: 64)
    private var buckets: [[Int32]] = []
    private var byKind: [[Int32]] = Array(repeating: [], count: TokenKind.allCases.count)
    private var prefixLengths: [Int] = []

    init(_ patterns: [CompiledPattern]) {
        self.patterns = patterns
        var lengths = Set<Int>()
        for (i, p) in patterns.enumerated() {
            let first = p.segments[0][0]
            switch first.kind {
            case .literal: add(i, to: first.plainKey, in: \.byPlainKey)
            case .prefix:
                lengths.insert(Int(first.length))
                add(i, to: StableHash.combine(first.key, UInt64(first.length)), in: \.byPrefix)
            case .tokenKind: byKind[Int(first.length)].append(Int32(i))
            }
        }
        prefixLengths = lengths.sorted()
    }

    private mutating func add(_ pattern: Int, to key: UInt64, in table: WritableKeyPath<PhraseMatcher, KeyTable>) {
        if let bucket = self[keyPath: table].value(for: key) {
            buckets[Int(bucket)].append(Int32(pattern))
        } else {
            self[keyPath: table].set(key, Int32(buckets.count))
            buckets.append([Int32(pattern)])
        }
    }

    /// Every match in the view, in order of start position.
    func matches(in view: MatchView) -> [PhraseMatch] {
        var out: [PhraseMatch] = []
        for p in 0..<view.count {
            let t = view.token(p)
            if let b = byPlainKey.value(for: t.plainKey) { verify(buckets[Int(b)], at: p, view, &out) }
            let kindBucket = byKind[TokenKind.allCases.firstIndex(of: t.kind)!]
            if !kindBucket.isEmpty { verify(kindBucket, at: p, view, &out) }
            if !prefixLengths.isEmpty {
                let plain = view.text.forms[Int(t.plainRange.lowerBound)..<Int(t.plainRange.upperBound)]
                var h = StableHash.offset
                var length = 0
                var next = 0
                for b in plain {
                    h = (h ^ UInt64(b)) &* StableHash.prime
                    length += 1
                    while next < prefixLengths.count && prefixLengths[next] < length { next += 1 }
                    guard next < prefixLengths.count else { break }
                    if prefixLengths[next] == length, let bucket = byPrefix.value(for: StableHash.combine(h, UInt64(length))) {
                        verify(buckets[Int(bucket)], at: p, view, &out)
                    }
                }
            }
        }
        return out
    }

    private func verify(_ candidates: [Int32], at p: Int, _ view: MatchView, _ out: inout [PhraseMatch]) {
        for c in candidates {
            if let segments = match(patterns[Int(c)], at: p, view) { out.append(PhraseMatch(pattern: c, segments: segments)) }
        }
    }

    /// The segment ranges of `pattern` starting at position `p`, or `nil`.
    private func match(_ pattern: CompiledPattern, at p: Int, _ view: MatchView) -> [Range<Int>]? {
        var segments: [Range<Int>] = []
        segments.reserveCapacity(pattern.segments.count)
        var start = p
        for (s, segment) in pattern.segments.enumerated() {
            if s == 0 {
                guard matchSegment(segment, at: p, view) else { return nil }
                segments.append(p..<(p + segment.count))
                start = p + segment.count
                continue
            }
            // The next segment starts within `maxGap` tokens, in the same clause.
            var found = false
            let clause = view.clauses[start - 1]
            var q = start
            while q <= start + PatternCompiler.maxGap, q + segment.count <= view.count, view.clauses[q] == clause {
                if matchSegment(segment, at: q, view) {
                    segments.append(q..<(q + segment.count))
                    start = q + segment.count
                    found = true
                    break
                }
                q += 1
            }
            guard found else { return nil }
        }
        return segments
    }

    @inline(__always)
    private func matchSegment(_ segment: [PatternElement], at p: Int, _ view: MatchView) -> Bool {
        guard p + segment.count <= view.count else { return false }
        let clause = view.clauses[p]
        for (j, e) in segment.enumerated() {
            let q = p + j
            if j > 0 && view.clauses[q] != clause { return false }
            guard Self.element(e, matches: view.token(q), view.text) else { return false }
        }
        return true
    }

    @inline(__always)
    static func element(_ e: PatternElement, matches t: Token, _ text: TokenizedText) -> Bool {
        switch e.kind {
        case .literal:
            return t.key == e.key || (!t.flags.contains(.hasDiacritics) && t.plainKey == e.plainKey)
        case .tokenKind:
            return TokenKind.allCases[Int(e.length)] == t.kind
        case .prefix:
            let length = Int(e.length)
            guard Int(t.plainRange.count) >= length else { return false }
            let start = Int(t.plainRange.lowerBound)
            return StableHash.bytes(text.forms, start..<(start + length)) == e.key
        }
    }
}
