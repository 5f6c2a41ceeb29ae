// Every compiled pattern as one flat program of operations over tokens, read through raw pointers when matching.

/// What one operation of a ``MatchProgram`` does.
enum MatchOpKind: UInt8, Sendable {
    /// One token that satisfies one ``PatternElement``.
    case element
    /// Its children, one after another.
    case sequence
    /// Any one of its children, or any one word of its literal set.
    case choice
    /// 0 to `PatternCompiler.maxGap` tokens.
    case gap
}

/// One operation: a node of a pattern tree, stored by index so the trees share sub-trees (a `@set` used by
/// fifty patterns is stored once) and matching walks plain arrays without reference counting.
struct MatchOp: Sendable {
    var kind: MatchOpKind
    /// Element: index into `elements`; sequence and choice: first index into `children`.
    var start: Int32
    /// Sequence and choice: number of children.
    var count: Int32
    /// Choice: the literal set indexing its alternatives that begin with a literal word, or -1.
    var literals: Int32
}

/// The alternatives of a choice that begin with one given word.
struct LiteralBranch: Sendable {
    /// The word alone completes the choice.
    var alone: Bool
    /// What may follow the word (an operation), or -1.
    var next: Int32
}

/// The patterns of a rule set compiled into flat arrays.
///
/// A choice between many single words (`{ditanggung|dibayar|gratis|free|…}`, a 300-word `@set`) is the
/// common shape of a rule. Its words go into one hash table keyed by (set, word), so testing a token
/// against the whole choice is one or two lookups, whatever its size; only the alternatives that are
/// phrases, prefixes or token kinds are walked one by one.
struct MatchProgram: Sendable {
    private(set) var ops: [MatchOp] = []
    private(set) var children: [Int32] = []
    private(set) var elements: [PatternElement] = []
    /// The first words of each literal set's alternatives (for the first-token index).
    private(set) var literalMembers: [[Int32]] = []
    /// What may follow each indexed word of a choice.
    private(set) var branches: [LiteralBranch] = []
    /// (literal set, accent-preserving key of a first word) → branch; (literal set, diacritic-free key) → branch.
    private(set) var literalKeys = KeyTable(capacity: 1024)
    private(set) var literalPlainKeys = KeyTable(capacity: 1024)

    /// Adds one element and returns its operation.
    mutating func element(_ e: PatternElement) -> Int32 {
        elements.append(e)
        return append(MatchOp(kind: .element, start: Int32(elements.count - 1), count: 0, literals: -1))
    }

    /// Adds a gap and returns its operation.
    mutating func gap() -> Int32 { append(MatchOp(kind: .gap, start: 0, count: 0, literals: -1)) }

    /// Adds a sequence of operations (a single one is returned as it is).
    mutating func sequence(_ nodes: [Int32]) -> Int32 {
        if nodes.count == 1 { return nodes[0] }
        let start = Int32(children.count)
        children += nodes
        return append(MatchOp(kind: .sequence, start: start, count: Int32(nodes.count), literals: -1))
    }

    /// Adds a choice. Alternatives that begin with a literal word are indexed by that word (a trie level):
    /// a token then selects, in one or two lookups, the few alternatives it can continue, whatever the size
    /// of the choice. The others are kept as children and walked one by one.
    mutating func choice(_ nodes: [Int32]) -> Int32 {
        var entries: [(element: Int32, tail: Int32?)] = []
        var rest: [Int32] = []
        for node in nodes {
            if let entry = literalHead(node) { entries.append(entry) } else { rest.append(node) }
        }
        var set: Int32 = -1
        if entries.count >= 2 {
            set = Int32(literalMembers.count)
            literalMembers.append(entries.map(\.element))
            index(entries, set: set, plain: false)
            index(entries, set: set, plain: true)
        } else {
            rest = nodes
        }
        let start = Int32(children.count)
        children += rest
        return append(MatchOp(kind: .choice, start: start, count: Int32(rest.count), literals: set))
    }

    /// The literal word a node begins with, and what must follow it (`nil`: nothing).
    private mutating func literalHead(_ node: Int32) -> (element: Int32, tail: Int32?)? {
        let op = ops[Int(node)]
        switch op.kind {
        case .element:
            return elements[Int(op.start)].kind == .literal ? (op.start, nil) : nil
        case .sequence:
            guard op.count >= 1, let head = literalHead(children[Int(op.start)]) else { return nil }
            let tail = (head.tail.map { [$0] } ?? []) + children[Int(op.start + 1)..<Int(op.start + op.count)]
            return (head.element, tail.isEmpty ? nil : sequence(tail))
        default:
            return nil
        }
    }

    /// Groups `entries` by one key of their first word (the accent-preserving or the `plain` one); each group
    /// becomes a branch: whether the word alone completes the choice, and the choice of what may follow it.
    private mutating func index(_ entries: [(element: Int32, tail: Int32?)], set: Int32, plain: Bool) {
        var groupOf = KeyTable(capacity: entries.count)
        var groups: [(key: UInt64, alone: Bool, tails: [Int32])] = []
        for entry in entries {
            let e = elements[Int(entry.element)]
            let k = plain ? e.plainKey : e.key
            let g: Int
            if let found = groupOf.value(for: k) {
                g = Int(found)
            } else {
                g = groups.count
                groupOf.set(k, Int32(g))
                groups.append((k, false, []))
            }
            if let tail = entry.tail { groups[g].tails.append(tail) } else { groups[g].alone = true }
        }
        for group in groups {
            let k = group.key
            let next: Int32 = group.tails.isEmpty ? -1 : group.tails.count == 1 ? group.tails[0] : choice(group.tails)
            if plain {
                literalPlainKeys.set(Self.setKey(set, k), Int32(branches.count))
            } else {
                literalKeys.set(Self.setKey(set, k), Int32(branches.count))
            }
            branches.append(LiteralBranch(alone: group.alone, next: next))
        }
    }

    private mutating func append(_ op: MatchOp) -> Int32 {
        ops.append(op)
        return Int32(ops.count - 1)
    }

    /// The key of a word in a literal set: the set's number mixed into the word's hash.
    @inline(__always)
    static func setKey(_ set: Int32, _ key: UInt64) -> UInt64 {
        StableHash.combine(key, UInt64(UInt32(bitPattern: set)) &+ 0x9E37_79B9)
    }

    /// The elements a match of `node` can start with, and whether `node` can match no token at all.
    func first(_ node: Int32) -> (elements: [PatternElement], nullable: Bool) {
        let op = ops[Int(node)]
        switch op.kind {
        case .element: return ([elements[Int(op.start)]], false)
        case .gap: return ([], true)
        case .choice:
            var all: [PatternElement] = []
            if op.literals >= 0 { all = literalMembers[Int(op.literals)].map { elements[Int($0)] } }
            var nullable = op.count == 0 && op.literals < 0
            for c in childList(op) {
                let f = first(c)
                all += f.elements
                nullable = nullable || f.nullable
            }
            return (all, nullable)
        case .sequence:
            var all: [PatternElement] = []
            for c in childList(op) {
                let f = first(c)
                all += f.elements
                if !f.nullable { return (all, false) }
            }
            return (all, true)
        }
    }

    /// Whether a match of `node` can begin with a gap.
    func startsWithGap(_ node: Int32) -> Bool {
        let op = ops[Int(node)]
        switch op.kind {
        case .gap: return true
        case .element: return false
        case .choice: return childList(op).contains { startsWithGap($0) }
        case .sequence: return childList(op).first.map { startsWithGap($0) } ?? false
        }
    }

    private func childList(_ op: MatchOp) -> ArraySlice<Int32> {
        children[Int(op.start)..<Int(op.start + op.count)]
    }
}
