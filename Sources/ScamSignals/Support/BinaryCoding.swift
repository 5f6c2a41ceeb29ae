// Little-endian writing and bounds-checked reading of the binary files (compiled rule programs).

/// Appends little-endian values to a byte array.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func put<T: FixedWidthInteger>(_ v: T) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func put(_ d: Double) { put(d.bitPattern) }
    mutating func put(_ b: Bool) { put(UInt8(b ? 1 : 0)) }

    /// A length (UInt32) followed by the UTF-8 bytes.
    mutating func put(_ s: String) {
        put(UInt32(s.utf8.count))
        bytes.append(contentsOf: s.utf8)
    }

    mutating func put(_ s: String?) {
        put(s != nil)
        if let s { put(s) }
    }

    /// A count (UInt32) followed by each element as `write` puts it.
    mutating func put<C: Collection>(_ items: C, _ write: (inout ByteWriter, C.Element) -> Void) {
        put(UInt32(items.count))
        for item in items { write(&self, item) }
    }

    mutating func append(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }
}

/// Reads little-endian values, throwing ``ModelError/truncated(_:)`` instead of reading past the end, and
/// checking every count against the bytes left before allocating, so a hostile file cannot request a
/// giant allocation.
struct ByteReader {
    let bytes: [UInt8]
    private(set) var at: Int
    let end: Int

    init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.at = start
        self.end = end ?? bytes.count
    }

    var remaining: Int { end - at }

    mutating func get<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard remaining >= size else { throw ModelError.truncated("needs \(size) more bytes at offset \(at)") }
        let v = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: at, as: T.self) }
        at += size
        return T(littleEndian: v)
    }

    mutating func double() throws -> Double { Double(bitPattern: try get(UInt64.self)) }

    mutating func bool() throws -> Bool {
        switch try get(UInt8.self) {
        case 0: return false
        case 1: return true
        case let b: throw ModelError.corrupt("byte \(b) at offset \(at - 1) is not a boolean")
        }
    }

    /// A count of items each at least `minimumSize` bytes long, checked against the bytes left.
    mutating func count(minimumSize: Int) throws -> Int {
        let n = Int(try get(UInt32.self))
        guard n <= remaining / max(1, minimumSize) else {
            throw ModelError.truncated("\(n) items at offset \(at - 4) need more than the \(remaining) bytes left")
        }
        return n
    }

    mutating func string() throws -> String {
        let n = try count(minimumSize: 1)
        let raw = bytes[at..<at + n]
        // Decoding repairs invalid UTF-8 with U+FFFD, which changes the bytes: equal bytes mean it was valid.
        let s = String(decoding: raw, as: UTF8.self)
        guard s.utf8.elementsEqual(raw) else { throw ModelError.corrupt("string at offset \(at) is not valid UTF-8") }
        at += n
        return s
    }

    mutating func optionalString() throws -> String? { try bool() ? try string() : nil }

    /// A count followed by that many items; each item is at least `minimumSize` bytes.
    mutating func array<T>(minimumSize: Int, _ read: (inout ByteReader) throws -> T) throws -> [T] {
        let n = try count(minimumSize: minimumSize)
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read(&self)) }
        return out
    }

    /// A count followed by that many Int32 values.
    mutating func int32s() throws -> [Int32] { try array(minimumSize: 4) { try $0.get(Int32.self) } }
}
