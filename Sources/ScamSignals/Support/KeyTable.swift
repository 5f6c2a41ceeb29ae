// An open-addressing hash table from 64-bit keys to small integers, deterministic and allocation-free to read.

/// A read-mostly map from `UInt64` keys to `Int32` values.
///
/// Used on hot paths (lexicon membership, phrase matching, naive-Bayes weights) where `Dictionary`'s
/// seeded SipHash costs more than the work itself. Keys are already well-mixed hashes; `0` is reserved.
struct KeyTable: Sendable {
    /// A key and its value side by side: a probe reads one cache line, not one in each of two arrays.
    struct Slot: Sendable {
        var key: UInt64
        var value: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    /// Creates an empty table sized for about `capacity` keys.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(key: 0, value: -1), count: size)
        mask = size - 1
    }

    @inline(__always)
    static func slotKey(_ key: UInt64) -> UInt64 { key == 0 ? 0x5bd1_e995 : key }

    @inline(__always)
    static func home(_ k: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: k ^ (k >> 29)) & mask }

    /// The value for `key`, or `nil` (the probe of ``Reader/value(for:)``, on this table's own slots).
    @inline(__always)
    func value(for key: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { Reader(slots: $0.baseAddress!, mask: mask).value(for: key) }
    }

    /// Whether `key` is present.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { value(for: key) != nil }

    /// Sets the value for `key`, growing the table as needed.
    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let k = Self.slotKey(key)
        var i = Self.home(k, mask)
        while true {
            let stored = slots[i].key
            if stored == k {
                slots[i].value = value
                return
            }
            if stored == 0 {
                slots[i] = Slot(key: k, value: value)
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(key: 0, value: -1), count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for slot in old where slot.key != 0 {
            var j = Self.home(slot.key, mask)
            while slots[j].key != 0 { j = (j + 1) & mask }
            slots[j] = slot
            count += 1
        }
    }

    /// The table's slots (a power of two of them; empty ones have key 0): what a ``Reader`` reads, once frozen.
    var slotArray: [Slot] { slots }

    /// A read-only view of a ``KeyTable``'s slots (``slotArray``), frozen in memory of their own, through a raw pointer: no bounds checks
    /// and no reference counting per look-up. Valid while the frozen slots are alive.
    struct Reader {
        let slots: UnsafePointer<Slot>
        let mask: Int

        /// The value for `key`, or `nil`.
        @inline(__always)
        func value(for key: UInt64) -> Int32? {
            let k = KeyTable.slotKey(key)
            var i = KeyTable.home(k, mask)
            while true {
                let stored = slots[i]
                if stored.key == k { return stored.value }
                if stored.key == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }
}
