// Decoding of the base64 literals the library embeds (the default model, the compiled built-in rules).

/// Decodes base64 text, skipping line breaks and any other byte outside the alphabet (as
/// `Data(base64Encoded:options: .ignoreUnknownCharacters)` does, faster on these literals: runs of four
/// alphabet characters are decoded with four table look-ups and one test, the rest one byte at a time).
enum Base64 {
    /// `tables[k * 256 + c]`: the 6-bit value of character `c` shifted into place for the `k`-th character
    /// of a group of four; bit 31 for `=` and for anything outside the alphabet.
    private static let tables: [UInt32] = {
        var t = [UInt32](repeating: 1 << 31, count: 4 * 256)
        for (v, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            for k in 0..<4 { t[k * 256 + Int(c)] = UInt32(v) << UInt32(18 - 6 * k) }
        }
        return t
    }()

    /// The decoded bytes, or `nil` if the text ends in the middle of a byte or has data after `=` padding.
    static func decode(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { decode($0) }
    }

    static func decode(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let start = input.baseAddress else { return [] }
        var failed = false
        let out = tables.withUnsafeBufferPointer { tables in
            [UInt8](unsafeUninitializedCapacity: input.count / 4 * 3 + 3) { buffer, initialized in
                let t = tables.baseAddress!
                let out = buffer.baseAddress!
                var o = 0
                var acc: UInt32 = 0
                var n = 0
                var padding = false
                var p = start
                let end = start + input.count
                while p < end {
                    while n == 0 && !padding && end - p >= 4 {
                        let w = t[Int(p[0])] | t[256 + Int(p[1])] | t[512 + Int(p[2])] | t[768 + Int(p[3])]
                        if w & (1 << 31) != 0 { break }
                        out[o] = UInt8(truncatingIfNeeded: w >> 16)
                        out[o + 1] = UInt8(truncatingIfNeeded: w >> 8)
                        out[o + 2] = UInt8(truncatingIfNeeded: w)
                        o += 3
                        p += 4
                    }
                    guard p < end else { break }
                    // One character: a line break or other byte to skip, padding, or a group that does not
                    // start on a multiple of four.
                    let c = p.pointee
                    p += 1
                    let w = t[Int(c)]
                    if w & (1 << 31) != 0 {
                        if c == UInt8(ascii: "=") { padding = true }
                        continue
                    }
                    if padding {
                        failed = true
                        break
                    }
                    acc = acc << 6 | w >> 18
                    n += 1
                    if n == 4 {
                        out[o] = UInt8(truncatingIfNeeded: acc >> 16)
                        out[o + 1] = UInt8(truncatingIfNeeded: acc >> 8)
                        out[o + 2] = UInt8(truncatingIfNeeded: acc)
                        o += 3
                        acc = 0
                        n = 0
                    }
                }
                switch n {
                case 0: break
                case 2:
                    out[o] = UInt8(truncatingIfNeeded: acc >> 4)
                    o += 1
                case 3:
                    out[o] = UInt8(truncatingIfNeeded: acc >> 10)
                    out[o + 1] = UInt8(truncatingIfNeeded: acc >> 2)
                    o += 2
                default: failed = true
                }
                initialized = o
            }
        }
        return failed ? nil : out
    }
}
