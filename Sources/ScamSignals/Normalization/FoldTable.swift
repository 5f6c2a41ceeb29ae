// Per-code-point folding: case, compatibility forms, homoglyphs, diacritics, and composition of marks.

/// The folding of one code point: its class and its two views.
struct Fold: Sendable {
    /// Class of the folded character.
    var charClass: CharClass
    /// The folded, accent-preserving form (lowercase, NFC, Latin for homoglyphs), as UTF-8.
    var folded: ArraySlice<UInt8>
    /// The diacritic-free form, as UTF-8.
    var plain: ArraySlice<UInt8>
    /// The single folded code point, or `nil` when the folded form has several (`ß` → `ss`).
    var scalar: UInt32?
    /// Whether the folded form carries a diacritic (folded differs from plain).
    var hasDiacritic: Bool
}

/// Lookup tables built once from the generated data in `FoldTable+Data.swift`.
///
/// Code points below `0x3001` are found by direct indexing; the few higher ranges (fullwidth forms,
/// mathematical alphanumerics, enclosed letters) by binary search. Everything else falls back to the
/// standard library's Unicode properties, which need no allocation.
struct FoldTable: Sendable {
    static let shared = FoldTable()

    private struct Entry: Sendable {
        var charClass: CharClass
        var folded: Range<Int>
        var plain: Range<Int>
        var scalar: UInt32?
        var hasDiacritic: Bool
    }

    private let entries: [Entry]
    private let bytes: [UInt8]
    private let directIndex: [UInt16]  // cp < directLimit → entry index + 1, 0 = none
    private let highKeys: [UInt32]
    private let highIndex: [UInt16]
    private let compositionKeys: [UInt64]
    private let compositionValues: [UInt32]
    static let directLimit: UInt32 = 0x3001

    init() {
        var entries: [Entry] = []
        var bytes: [UInt8] = []
        var direct = [UInt16](repeating: 0, count: Int(Self.directLimit))
        var highKeys: [UInt32] = []
        var highIndex: [UInt16] = []
        // The tables are parsed as bytes, not as strings: this runs once per process, before the first ad, and
        // string splitting made it a sixth of building the default classifier.
        func appendScalars(_ field: ArraySlice<UInt8>) -> (Range<Int>, first: UInt32?, count: Int) {
            let start = bytes.count
            if field.elementsEqual([UInt8(ascii: "-")]) { return (start..<start, nil, 0) }
            var first: UInt32? = nil
            var count = 0
            for part in field.split(separator: UInt8(ascii: ".")) {
                let value = Self.hex(part)!
                if count == 0 { first = value }
                count += 1
                for b in UTF8.encode(Unicode.Scalar(value)!)! { bytes.append(b) }
            }
            return (start..<bytes.count, first, count)
        }
        for line in Array(Self.entryData.utf8).split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: " "))
            guard fields.count == 4, let cp = Self.hex(fields[0]) else { continue }
            let cls: CharClass
            switch fields[1].first {
            case UInt8(ascii: "L"): cls = .letter
            case UInt8(ascii: "N"): cls = .digit
            case UInt8(ascii: "M"): cls = .mark
            case UInt8(ascii: "I"): cls = .invisible
            case UInt8(ascii: "S"): cls = .space
            default: cls = .punct
            }
            let (folded, first, count) = appendScalars(fields[2])
            let (plain, _, _) = appendScalars(fields[3])
            entries.append(
                Entry(
                    charClass: cls, folded: folded, plain: plain,
                    scalar: count == 1 ? first : nil, hasDiacritic: bytes[folded] != bytes[plain]))
            let index = UInt16(entries.count)
            if cp < Self.directLimit {
                direct[Int(cp)] = index
            } else {
                highKeys.append(cp)
                highIndex.append(index)
            }
        }
        var pairs: [(UInt64, UInt32)] = []
        for line in Array(Self.compositionData.utf8).split(separator: UInt8(ascii: "\n")) {
            let f = line.split(separator: UInt8(ascii: " ")).compactMap(Self.hex)
            guard f.count == 3 else { continue }
            pairs.append((UInt64(f[0]) << 32 | UInt64(f[1]), f[2]))
        }
        pairs.sort { $0.0 < $1.0 }
        self.entries = entries
        self.bytes = bytes
        self.directIndex = direct
        self.highKeys = highKeys
        self.highIndex = highIndex
        self.compositionKeys = pairs.map(\.0)
        self.compositionValues = pairs.map(\.1)
    }

    /// A hexadecimal number written in ASCII (at most 8 digits), or `nil`.
    private static func hex(_ digits: ArraySlice<UInt8>) -> UInt32? {
        guard !digits.isEmpty, digits.count <= 8 else { return nil }
        var value: UInt32 = 0
        for d in digits {
            let v: UInt8
            switch d {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = d - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): v = d - UInt8(ascii: "A") + 10
            case UInt8(ascii: "a")...UInt8(ascii: "f"): v = d - UInt8(ascii: "a") + 10
            default: return nil
            }
            value = value << 4 | UInt32(v)
        }
        return value
    }

    /// The index of the table entry for a non-ASCII code point, or `nil` when it has none.
    @inline(__always)
    func entryIndex(_ cp: UInt32) -> Int? {
        if cp < Self.directLimit {
            let i = directIndex[Int(cp)]
            return i == 0 ? nil : Int(i) - 1
        }
        var lo = 0
        var hi = highKeys.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if highKeys[mid] < cp { lo = mid + 1 } else { hi = mid }
        }
        return lo < highKeys.count && highKeys[lo] == cp ? Int(highIndex[lo]) - 1 : nil
    }

    /// The table's folding of a non-ASCII code point, or `nil` when it has no entry.
    @inline(__always)
    func fold(_ cp: UInt32) -> Fold? {
        entryIndex(cp).map(fold(at:))
    }

    /// The folding stored at an entry index.
    @inline(__always)
    func fold(at i: Int) -> Fold {
        let e = entries[i]
        return Fold(
            charClass: e.charClass, folded: bytes[e.folded], plain: bytes[e.plain], scalar: e.scalar,
            hasDiacritic: e.hasDiacritic)
    }

    /// Whether the folded form of the entry at `i` carries a diacritic.
    @inline(__always)
    func hasDiacritic(at i: Int) -> Bool { entries[i].hasDiacritic }

    /// The first byte of the folded form of the entry at `i` (0 when it is empty).
    @inline(__always)
    func firstFoldedByte(at i: Int) -> UInt8 {
        let r = entries[i].folded
        return r.isEmpty ? 0 : bytes[r.lowerBound]
    }

    /// The first byte of the diacritic-free form of the entry at `i` (0 when it is empty).
    @inline(__always)
    func firstPlainByte(at i: Int) -> UInt8 {
        let r = entries[i].plain
        return r.isEmpty ? 0 : bytes[r.lowerBound]
    }

    /// Appends the folded form of the entry at `i` to `out`, byte by byte (forms are 1 to 4 bytes, for
    /// which a loop beats slicing).
    @inline(__always)
    func appendFolded(at i: Int, to out: inout [UInt8]) {
        for k in entries[i].folded { out.append(bytes[k]) }
    }

    /// Appends the diacritic-free form of the entry at `i` to `out`.
    @inline(__always)
    func appendPlain(at i: Int, to out: inout [UInt8]) {
        for k in entries[i].plain { out.append(bytes[k]) }
    }

    /// Feeds the folded form of the entry at `i` into an FNV-1a hash.
    @inline(__always)
    func hashFolded(at i: Int, into h: inout UInt64) {
        for k in entries[i].folded { h = (h ^ UInt64(bytes[k])) &* StableHash.prime }
    }

    /// The precomposed letter for `base` followed by combining `mark`, if Unicode has one.
    @inline(__always)
    func compose(_ base: UInt32, _ mark: UInt32) -> UInt32? {
        let key = UInt64(base) << 32 | UInt64(mark)
        var lo = 0
        var hi = compositionKeys.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if compositionKeys[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < compositionKeys.count && compositionKeys[lo] == key ? compositionValues[lo] : nil
    }
}
