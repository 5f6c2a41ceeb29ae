// The compiled rule program file: a rule set's signs and match tables, stored so loading skips compilation.

#if canImport(FoundationEssentials)
import FoundationEssentials
#elseif canImport(Foundation)
import Foundation
#endif

/// Reads and writes compiled rule programs (`.ssr`): a ``RuleSet`` with its patterns already compiled.
///
/// Compiling the built-in rules (parsing 2,000 patterns, tokenizing their words, building the match
/// tables) is most of a classifier's construction; loading the compiled tables is a copy. The library
/// embeds the built-in rules compiled this way (`Resources/builtin-rules.ssr`, written by
/// `scamsignals rules --compile`), and a large rule pack can be shipped compiled too:
///
/// ```swift
/// let rules = try RuleSet(packs: [RulePack.builtin, myPack])
/// try RuleProgramFile.write(rules, path: "my-rules.ssr")
/// // later, or in the app:
/// let classifier = Classifier(model: DefaultModel, rules: try RuleProgramFile.read(path: "my-rules.ssr"))
/// ```
///
/// The match tables hold hashes of words as this version of the tokenizer reads them, so a program is
/// tied to the feature version it was compiled with: recompile after upgrading the library (loading one
/// from another feature version throws ``ModelError/incompatible(_:)``).
///
/// Layout (little-endian): `SSRP` magic, format version (UInt16), feature version (UInt32), source
/// fingerprint (UInt64), then the signs, thresholds, prior, wage table, patterns and match tables,
/// and an FNV-1a 64 checksum of everything before it. Loading checks the checksum and every index the
/// matcher will follow (operations refer only to earlier operations, so a program cannot loop), and
/// every count against the bytes present before allocating: a damaged file is a ``ModelError``, never a
/// crash.
public enum RuleProgramFile {
    static let magic: [UInt8] = Array("SSRP".utf8)
    /// Version of this layout.
    public static let formatVersion = 1
    /// The deepest nesting of operations a program may have (the compiler nests far less).
    static let maximumDepth = 64

    /// Serializes a rule set. `fingerprint` identifies the sources it was compiled from (0: none).
    public static func encode(_ rules: RuleSet, fingerprint: UInt64 = 0) -> [UInt8] {
        var w = ByteWriter()
        w.append(magic)
        w.put(UInt16(formatVersion))
        w.put(ScamModel.currentFeatureVersion)
        w.put(fingerprint)
        w.put(rules.definitions) { w, d in
            w.put(d.id)
            w.put(d.category)
            w.put(d.weight)
            w.put(d.negatable)
            for text in [d.title, d.sign, d.explanation] {
                w.put(text.id)
                w.put(text.vi)
                w.put(text.en)
            }
            w.put(d.check)
            w.put(d.pack)
            w.put(d.enabled)
        }
        w.put(rules.thresholds != nil)
        if let t = rules.thresholds {
            w.put(t.suspicious)
            w.put(t.scam)
        }
        w.put(rules.priorScamRate != nil)
        if let p = rules.priorScamRate { w.put(p) }
        put(rules.salary.wages, into: &w)
        w.put(rules.matcher.patterns) { w, p in
            w.put(p.root)
            switch p.role {
            case .fires(let d):
                w.put(UInt8(0))
                w.put(Int32(d))
            case .exception(let d):
                w.put(UInt8(1))
                w.put(Int32(d))
            case .negator: w.put(UInt8(2))
            case .cue(let name):
                w.put(UInt8(3))
                w.put(name)
            case .place(let c):
                w.put(UInt8(4))
                w.put(Int32(c))
            }
        }
        let t = rules.matcher.layout
        w.put(t.ops) { w, op in
            w.put(op.kind.rawValue)
            w.put(op.start)
            w.put(op.count)
            w.put(op.literals)
        }
        w.put(t.elements) { w, e in
            w.put(e.kind.rawValue)
            w.put(e.key)
            w.put(e.plainKey)
            w.put(e.length)
        }
        w.put(t.branches) { w, b in
            w.put(b.alone)
            w.put(b.next)
        }
        // Hash tables are at most half full: a bitmap of the occupied slots, then those slots in order.
        w.put(t.keyTables) { w, slots in
            w.put(UInt32(slots.count))
            for chunk in stride(from: 0, to: slots.count, by: 8) {
                var bits: UInt8 = 0
                for i in chunk..<min(chunk + 8, slots.count) where slots[i].key != 0 { bits |= 1 << UInt8(i - chunk) }
                w.put(bits)
            }
            for slot in slots where slot.key != 0 {
                w.put(slot.key)
                w.put(slot.value)
            }
        }
        for list in [t.children, t.bucketStarts, t.bucketItems, t.kindStarts, t.kindItems, t.byFlag, t.prefixLengths] {
            w.put(list) { $0.put($1) }
        }
        w.put(StableHash.bytes(w.bytes, 0..<w.bytes.count))
        return w.bytes
    }

    /// Whether `bytes` begin like a compiled rule program (as opposed to a JSON rule pack).
    public static func isCompiled(_ bytes: [UInt8]) -> Bool { bytes.starts(with: magic) }

    /// The built-in rules compiled from their source now, stamped with the fingerprint of the embedded
    /// sources: what `scamsignals rules --compile` writes to `Resources/builtin-rules.ssr`.
    public static func builtinProgram() -> [UInt8] {
        encode(RuleSet.compiledBuiltin(), fingerprint: EmbeddedRuleProgram.fingerprint)
    }

    /// Reads a compiled rule program, or throws a ``ModelError`` saying what is wrong with it.
    public static func decode(_ bytes: [UInt8]) throws -> RuleSet { try decodeWithFingerprint(bytes).rules }

    /// Reads a compiled rule program and the fingerprint of the sources it was compiled from.
    static func decodeWithFingerprint(_ bytes: [UInt8]) throws -> (rules: RuleSet, fingerprint: UInt64) {
        guard bytes.count >= 4 else { throw ModelError.truncated("\(bytes.count) bytes, no header") }
        guard Array(bytes[0..<4]) == magic else { throw ModelError.badMagic }
        guard bytes.count >= 4 + 2 + 4 + 8 + 8 else { throw ModelError.truncated("\(bytes.count) bytes, no header") }
        var r = ByteReader(bytes, from: 4, to: bytes.count - 8)
        let version = Int(try r.get(UInt16.self))
        guard version == formatVersion else { throw ModelError.unsupportedVersion(version) }
        let featureVersion = try r.get(UInt32.self)
        guard featureVersion == ScamModel.currentFeatureVersion else {
            throw ModelError.incompatible(
                "rules compiled for feature version \(featureVersion), this build reads \(ScamModel.currentFeatureVersion)"
            )
        }
        var tail = ByteReader(bytes, from: bytes.count - 8)
        guard try tail.get(UInt64.self) == StableHash.bytes(bytes, 0..<(bytes.count - 8)) else {
            throw ModelError.checksumMismatch
        }
        let fingerprint = try r.get(UInt64.self)
        let definitions = try r.array(minimumSize: 30) { r in
            let id = try r.string()
            let category = try r.string()
            let weight = try r.double()
            let negatable = try r.bool()
            var texts: [LocalizedText] = []
            for _ in 0..<3 {
                texts.append(
                    LocalizedText(id: try r.optionalString(), vi: try r.optionalString(), en: try r.optionalString()))
            }
            return SignalDefinition(
                id: id, category: category, weight: weight, negatable: negatable, title: texts[0], sign: texts[1],
                explanation: texts[2], check: try r.optionalString(), pack: try r.string(), enabled: try r.bool())
        }
        let thresholds = try r.bool() ? RulePack.Thresholds(suspicious: try r.double(), scam: try r.double()) : nil
        let prior = try r.bool() ? try r.double() : nil
        let wages = try readWages(&r)
        let patterns = try r.array(minimumSize: 5) { r in
            let root = try r.get(Int32.self)
            let role: CompiledPattern.Role
            switch try r.get(UInt8.self) {
            case 0: role = .fires(Int(try r.get(Int32.self)))
            case 1: role = .exception(Int(try r.get(Int32.self)))
            case 2: role = .negator
            case 3: role = .cue(try r.string())
            case 4: role = .place(Int(try r.get(Int32.self)))
            case let tag: throw ModelError.corrupt("pattern role \(tag)")
            }
            return CompiledPattern(root: root, role: role)
        }
        let ops = try r.array(minimumSize: 13) { r in
            let raw = try r.get(UInt8.self)
            guard let kind = MatchOpKind(rawValue: raw) else { throw ModelError.corrupt("operation kind \(raw)") }
            return MatchOp(
                kind: kind, start: try r.get(Int32.self), count: try r.get(Int32.self), literals: try r.get(Int32.self))
        }
        let elements = try r.array(minimumSize: 21) { r in
            let raw = try r.get(UInt8.self)
            guard let kind = PatternElement.Kind(rawValue: raw) else { throw ModelError.corrupt("element kind \(raw)") }
            return PatternElement(
                kind: kind, key: try r.get(UInt64.self), plainKey: try r.get(UInt64.self), length: try r.get(Int32.self)
            )
        }
        let branches = try r.array(minimumSize: 5) { r in
            LiteralBranch(alone: try r.bool(), next: try r.get(Int32.self))
        }
        let keyTables = try r.array(minimumSize: 6) { r in try keyTable(&r) }
        var lists: [[Int32]] = []
        for _ in 0..<7 { lists.append(try r.int32s()) }
        guard r.remaining == 0 else { throw ModelError.corrupt("\(r.remaining) unexpected bytes after the tables") }
        let layout = MatchLayout(
            ops: ops, children: lists[0], elements: elements, branches: branches, keyTables: keyTables,
            bucketStarts: lists[1], bucketItems: lists[2], kindStarts: lists[3], kindItems: lists[4], byFlag: lists[5],
            prefixLengths: lists[6], roots: patterns.map(\.root))
        try check(layout, patterns: patterns, definitions: definitions.count, countries: wages.countries.count)
        let rules = RuleSet(
            definitions: definitions, thresholds: thresholds, priorScamRate: prior,
            matcher: PhraseMatcher(patterns, tables: MatchTables(layout)), salary: SalaryCheck(wages: wages))
        return (rules, fingerprint)
    }

    /// Reads a compiled rule program from disk.
    public static func read(path: String) throws -> RuleSet {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelError.truncated("cannot read \(path)")
        }
        return try decode([UInt8](data))
    }

    /// Writes a compiled rule program to disk.
    public static func write(_ rules: RuleSet, path: String, fingerprint: UInt64 = 0) throws {
        try Data(encode(rules, fingerprint: fingerprint)).write(to: URL(fileURLWithPath: path))
    }

    /// One hash table: its slot count, the bitmap of occupied slots, the occupied slots in order.
    private static func keyTable(_ r: inout ByteReader) throws -> [KeyTable.Slot] {
        let size = Int(try r.get(UInt32.self))
        guard size >= 16, size & (size - 1) == 0, size / 8 <= r.remaining else {
            throw ModelError.corrupt("hash table of \(size) slots")
        }
        var slots = [KeyTable.Slot](repeating: KeyTable.Slot(key: 0, value: -1), count: size)
        var occupied: [Int] = []
        for chunk in stride(from: 0, to: size, by: 8) {
            var bits = try r.get(UInt8.self)
            while bits != 0 {
                occupied.append(chunk + bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
        guard occupied.count < size, occupied.count * 12 <= r.remaining else {
            throw ModelError.truncated("hash table of \(occupied.count) keys")
        }
        for i in occupied {
            slots[i] = KeyTable.Slot(key: try r.get(UInt64.self), value: try r.get(Int32.self))
            guard slots[i].key != 0 else { throw ModelError.corrupt("hash table key 0 in an occupied slot") }
        }
        return slots
    }

    /// The wage table (its countries are indexed by the `place` patterns), currencies in sorted order so
    /// that equal rule sets encode to equal bytes.
    private static func put(_ wages: WageTable, into w: inout ByteWriter) {
        w.put(wages.rates.date)
        w.put(wages.rates.source)
        w.put(wages.rates.usdPerUnit.sorted { $0.key < $1.key }) { w, rate in
            w.put(rate.key)
            w.put(rate.value)
        }
        func put(_ list: [String]?, _ w: inout ByteWriter) {
            w.put(list != nil)
            if let list { w.put(list) { $0.put($1) } }
        }
        w.put(wages.countries) { w, c in
            w.put(c.code)
            for list in [c.names.id, c.names.vi, c.names.en, c.names.any, c.cities] { put(list, &w) }
            w.put(c.currency)
            w.put(c.minimumMonthly)
            w.put(c.entryMonthly)
            w.put(c.source)
            w.put(Int64(c.year))
        }
    }

    private static func readWages(_ r: inout ByteReader) throws -> WageTable {
        let date = try r.string()
        let source = try r.string()
        var rates: [String: Double] = [:]
        var previous: String? = nil
        for (currency, rate) in try r.array(minimumSize: 12, { r in (try r.string(), try r.double()) }) {
            // Written in sorted order, each once: anything else is not what `encode` writes.
            guard previous.map({ $0 < currency }) ?? true else {
                throw ModelError.corrupt("exchange rates out of order at \(currency)")
            }
            previous = currency
            rates[currency] = rate
        }
        func list(_ r: inout ByteReader) throws -> [String]? {
            try r.bool() ? try r.array(minimumSize: 4) { try $0.string() } : nil
        }
        let countries = try r.array(minimumSize: 40) { r in
            let code = try r.string()
            let names = PhraseLists(id: try list(&r), vi: try list(&r), en: try list(&r), any: try list(&r))
            return WageTable.Country(
                code: code, names: names, cities: try list(&r), currency: try r.string(),
                minimumMonthly: try r.double(), entryMonthly: try r.double(), source: try r.string(),
                year: Int(try r.get(Int64.self)))
        }
        return WageTable(rates: WageTable.Rates(date: date, source: source, usdPerUnit: rates), countries: countries)
    }

    /// Checks every index the matcher follows without bounds checks.
    private static func check(_ t: MatchLayout, patterns: [CompiledPattern], definitions: Int, countries: Int) throws {
        func fail(_ what: String) -> ModelError { ModelError.corrupt(what) }
        // Operations refer only to earlier ones (the compiler adds children first), so a walk cannot loop;
        // a branch's next operation consumes a token first, which bounds the walk by the match length.
        var depth = [Int](repeating: 1, count: t.ops.count)
        for (i, op) in t.ops.enumerated() {
            switch op.kind {
            case .element:
                guard op.start >= 0, Int(op.start) < t.elements.count else { throw fail("operation \(i): element") }
            case .gap: break
            case .sequence, .choice:
                guard op.start >= 0, op.count >= 0, Int(op.start) + Int(op.count) <= t.children.count else {
                    throw fail("operation \(i): children out of range")
                }
                for c in t.children[Int(op.start)..<Int(op.start + op.count)] {
                    guard c >= 0, Int(c) < i else {
                        throw fail("operation \(i): child \(c) is not an earlier operation")
                    }
                    depth[i] = max(depth[i], depth[Int(c)] + 1)
                }
                guard depth[i] <= maximumDepth else { throw fail("operation \(i) is nested too deeply") }
            }
        }
        for e in t.elements where e.kind == .prefix && e.length < 1 || e.kind == .tokenKind && e.length < 0 {
            throw fail("element length \(e.length)")
        }
        for b in t.branches where b.next < -1 || Int(b.next) >= t.ops.count { throw fail("branch to \(b.next)") }
        guard t.keyTables.count == 4 else { throw fail("\(t.keyTables.count) hash tables, expected 4") }
        let bucketCount = t.bucketStarts.count - 1
        for (n, slots) in t.keyTables.enumerated() {
            // A power of two with an empty slot, so every probe ends.
            guard slots.count >= 2, slots.count & (slots.count - 1) == 0, slots.contains(where: { $0.key == 0 }) else {
                throw fail("hash table \(n) has \(slots.count) slots")
            }
            let limit = n < 2 ? t.branches.count : bucketCount
            for s in slots where s.key != 0 && (s.value < 0 || Int(s.value) >= limit) {
                throw fail("hash table \(n) value \(s.value)")
            }
        }
        try checkRanges(t.bucketStarts, items: t.bucketItems, patterns: patterns.count, what: "bucket")
        guard t.kindStarts.count == TokenKind.allCases.count + 1 else { throw fail("token kind lists") }
        try checkRanges(t.kindStarts, items: t.kindItems, patterns: patterns.count, what: "kind")
        for p in t.byFlag where p < 0 || Int(p) >= patterns.count { throw fail("flag pattern \(p)") }
        guard t.prefixLengths.allSatisfy({ $0 >= 1 }), t.prefixLengths == t.prefixLengths.sorted() else {
            throw fail("prefix lengths")
        }
        for p in patterns {
            guard p.root >= 0, Int(p.root) < t.ops.count else { throw fail("pattern root \(p.root)") }
            switch p.role {
            case .fires(let d), .exception(let d): guard (0..<definitions).contains(d) else { throw fail("sign \(d)") }
            case .place(let c): guard (0..<countries).contains(c) else { throw fail("country \(c)") }
            case .negator, .cue: break
            }
        }
    }

    private static func checkRanges(_ starts: [Int32], items: [Int32], patterns: Int, what: String) throws {
        guard starts.first == 0, starts.last.map({ Int($0) == items.count }) ?? false,
            zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 })
        else { throw ModelError.corrupt("\(what) lists are out of order") }
        for p in items where p < 0 || Int(p) >= patterns { throw ModelError.corrupt("\(what) pattern \(p)") }
    }
}
