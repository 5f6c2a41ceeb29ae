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
    let prefixLengths: FrozenArray<Int>
    let prefixLengthCount: Int
    /// The root operation of each pattern.
    let roots: FrozenArray<Int32>
    /// Keeps the slot arrays the readers point into alive.
    private let slots: [FrozenArray<KeyTable.Slot>]

    init(program: MatchProgram, index: FirstTokenIndex, roots: [Int32]) {
        ops = FrozenArray(program.ops)
        children = FrozenArray(program.children)
        elements = FrozenArray(program.elements)
        branches = FrozenArray(program.branches)
        let frozen = [program.literalKeys, program.literalPlainKeys, index.byPlainKey, index.byPrefix].map {
            $0.frozen()
        }
        slots = frozen.map(\.slots)
        literalKeys = KeyTable.Reader(slots: frozen[0].slots.pointer, mask: frozen[0].mask)
        literalPlainKeys = KeyTable.Reader(slots: frozen[1].slots.pointer, mask: frozen[1].mask)
        byPlainKey = KeyTable.Reader(slots: frozen[2].slots.pointer, mask: frozen[2].mask)
        byPrefix = KeyTable.Reader(slots: frozen[3].slots.pointer, mask: frozen[3].mask)
        (bucketStarts, bucketItems) = Self.flatten(index.buckets)
        (kindStarts, kindItems) = Self.flatten(index.byKind)
        byFlag = FrozenArray(index.byFlag)
        flagCount = index.byFlag.count
        let lengths = index.prefixLengths.sorted()
        prefixLengths = FrozenArray(lengths)
        prefixLengthCount = lengths.count
        self.roots = FrozenArray(roots)
    }

    private static func flatten(_ lists: [[Int32]]) -> (FrozenArray<Int32>, FrozenArray<Int32>) {
        var starts: [Int32] = [0]
        var items: [Int32] = []
        for list in lists {
            items += list
            starts.append(Int32(items.count))
        }
        return (FrozenArray(starts), FrozenArray(items))
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
