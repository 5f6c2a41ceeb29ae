// The matcher's read-only tables: the first-token index and the match program, frozen for raw-pointer reads.

/// Which patterns a token can start: by its diacritic-free key, by a prefix of it, by its kind or by a flag.
/// Built once per rule set; ``MatchTables`` freezes it.
struct FirstTokenIndex {
    var byPlainKey = KeyTable(capacity: 1024)
    var byPrefix = KeyTable(capacity: 64)
    var buckets: [[Int32]] = []
    var byKind: [[Int32]] = Array(repeating: [], count: TokenKind.allCases.count)
    var byFlag: [Int32] = []
    var prefixLengths = Set<Int>()

    /// Records that `pattern` can start with a token matching `first`.
    mutating func add(_ pattern: Int32, first: PatternElement) {
        switch first.kind {
        case .literal: add(pattern, to: first.plainKey, in: \.byPlainKey)
        case .prefix:
            prefixLengths.insert(Int(first.length))
            add(pattern, to: StableHash.combine(first.key, UInt64(first.length)), in: \.byPrefix)
        case .tokenKind:
            if byKind[Int(first.length)].last != pattern { byKind[Int(first.length)].append(pattern) }
        case .tokenFlag: if byFlag.last != pattern { byFlag.append(pattern) }
        }
    }

    private mutating func add(_ pattern: Int32, to key: UInt64, in table: WritableKeyPath<FirstTokenIndex, KeyTable>) {
        if let bucket = self[keyPath: table].value(for: key) {
            if buckets[Int(bucket)].last != pattern { buckets[Int(bucket)].append(pattern) }
        } else {
            self[keyPath: table].set(key, Int32(buckets.count))
            buckets.append([pattern])
        }
    }
}

/// The matcher's tables as plain arrays: what the compiler produces and a compiled rule program file
/// stores (``RuleProgramFile``). ``MatchTables`` freezes them for the hot loop.
struct MatchLayout: Sendable {
    var ops: [MatchOp]
    var children: [Int32]
    var elements: [PatternElement]
    var branches: [LiteralBranch]
    /// The slots of the four hash tables: literal keys, diacritic-free literal keys, first tokens by
    /// diacritic-free key, first tokens by prefix (see ``KeyTable``; each count a power of two).
    var keyTables: [[KeyTable.Slot]]
    /// Bucket `i`'s patterns are `bucketItems[bucketStarts[i]..<bucketStarts[i + 1]]`.
    var bucketStarts: [Int32]
    var bucketItems: [Int32]
    /// Kind `k`'s patterns are `kindItems[kindStarts[k]..<kindStarts[k + 1]]`.
    var kindStarts: [Int32]
    var kindItems: [Int32]
    var byFlag: [Int32]
    /// Sorted.
    var prefixLengths: [Int32]
    /// The root operation of each pattern.
    var roots: [Int32]

    /// Flattens a compiled program and its first-token index.
    init(program: MatchProgram, index: FirstTokenIndex, roots: [Int32]) {
        ops = program.ops
        children = program.children
        elements = program.elements
        branches = program.branches
        keyTables = [program.literalKeys, program.literalPlainKeys, index.byPlainKey, index.byPrefix].map(\.slotArray)
        (bucketStarts, bucketItems) = Self.flatten(index.buckets)
        (kindStarts, kindItems) = Self.flatten(index.byKind)
        byFlag = index.byFlag
        prefixLengths = index.prefixLengths.sorted().map { Int32($0) }
        self.roots = roots
    }

    init(
        ops: [MatchOp], children: [Int32], elements: [PatternElement], branches: [LiteralBranch],
        keyTables: [[KeyTable.Slot]], bucketStarts: [Int32], bucketItems: [Int32], kindStarts: [Int32],
        kindItems: [Int32], byFlag: [Int32], prefixLengths: [Int32], roots: [Int32]
    ) {
        self.ops = ops
        self.children = children
        self.elements = elements
        self.branches = branches
        self.keyTables = keyTables
        self.bucketStarts = bucketStarts
        self.bucketItems = bucketItems
        self.kindStarts = kindStarts
        self.kindItems = kindItems
        self.byFlag = byFlag
        self.prefixLengths = prefixLengths
        self.roots = roots
    }

    private static func flatten(_ lists: [[Int32]]) -> ([Int32], [Int32]) {
        var starts: [Int32] = [0]
        var items: [Int32] = []
        for list in lists {
            items += list
            starts.append(Int32(items.count))
        }
        return (starts, items)
    }
}

/// Everything the matcher's hot loop reads, copied once into ``FrozenArray``s: the loop then indexes raw
/// pointers, with no bounds checks and no reference counting per access. Bucket and kind lists are flattened
/// (`starts[i]..<starts[i + 1]` in `items`), so adding a bucket's patterns to the candidates copies memory
/// instead of retaining an inner array.
///
/// `@unchecked Sendable`: every stored property is a constant, and the readers point into the frozen slot
/// arrays this instance owns (`slots`), which never change after `init`.
final class MatchTables: @unchecked Sendable {
    let ops: FrozenArray<MatchOp>
    let children: FrozenArray<Int32>
    let elements: FrozenArray<PatternElement>
    let branches: FrozenArray<LiteralBranch>
    let literalKeys: KeyTable.Reader
    let literalPlainKeys: KeyTable.Reader
    let byPlainKey: KeyTable.Reader
    let byPrefix: KeyTable.Reader
    let bucketStarts: FrozenArray<Int32>
    let bucketItems: FrozenArray<Int32>
    let kindStarts: FrozenArray<Int32>
    let kindItems: FrozenArray<Int32>
    let byFlag: FrozenArray<Int32>
    let flagCount: Int
    let prefixLengths: FrozenArray<Int32>
    let prefixLengthCount: Int
    /// The root operation of each pattern.
    let roots: FrozenArray<Int32>
    /// Keeps the slot arrays the readers point into alive.
    private let slots: [FrozenArray<KeyTable.Slot>]

    /// Freezes `layout`, which must be well formed: made by ``MatchLayout/init(program:index:roots:)`` or
    /// checked by ``RuleProgramFile``.
    init(_ layout: MatchLayout) {
        ops = FrozenArray(layout.ops)
        children = FrozenArray(layout.children)
        elements = FrozenArray(layout.elements)
        branches = FrozenArray(layout.branches)
        let frozen = layout.keyTables.map { FrozenArray($0) }
        let readers = frozen.map { KeyTable.Reader(slots: $0.pointer, mask: $0.count - 1) }
        slots = frozen
        literalKeys = readers[0]
        literalPlainKeys = readers[1]
        byPlainKey = readers[2]
        byPrefix = readers[3]
        bucketStarts = FrozenArray(layout.bucketStarts)
        bucketItems = FrozenArray(layout.bucketItems)
        kindStarts = FrozenArray(layout.kindStarts)
        kindItems = FrozenArray(layout.kindItems)
        byFlag = FrozenArray(layout.byFlag)
        flagCount = layout.byFlag.count
        prefixLengths = FrozenArray(layout.prefixLengths)
        prefixLengthCount = layout.prefixLengths.count
        roots = FrozenArray(layout.roots)
    }

    /// The tables as plain arrays again (for writing them to a file).
    var layout: MatchLayout {
        MatchLayout(
            ops: ops.array, children: children.array, elements: elements.array, branches: branches.array,
            keyTables: slots.map(\.array), bucketStarts: bucketStarts.array, bucketItems: bucketItems.array,
            kindStarts: kindStarts.array, kindItems: kindItems.array, byFlag: byFlag.array,
            prefixLengths: prefixLengths.array, roots: roots.array)
    }

    @inline(__always)
    func appendBucket(_ bucket: Int32, to out: inout [Int32]) {
        append(bucketStarts, bucketItems, Int(bucket), to: &out)
    }

    @inline(__always)
    func appendKind(_ kind: Int, to out: inout [Int32]) { append(kindStarts, kindItems, kind, to: &out) }

    @inline(__always)
    private func append(_ starts: FrozenArray<Int32>, _ items: FrozenArray<Int32>, _ i: Int, to out: inout [Int32]) {
        let from = Int(starts.base[i])
        let to = Int(starts.base[i + 1])
        if to > from { out.append(contentsOf: UnsafeBufferPointer(start: items.pointer + from, count: to - from)) }
    }
}
