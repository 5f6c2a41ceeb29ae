// Decoding of the base64 literals the library embeds (the default model, the compiled built-in rules).

/// Decodes base64 text, skipping line breaks and any other byte outside the alphabet (as
/// `Data(base64Encoded:options: .ignoreUnknownCharacters)` does, at a third of its cost on these literals:
/// one table look-up per byte over the string's contiguous UTF-8).
enum Base64 {
    /// 0–63 for the alphabet, 64 for `=`, 255 for everything else.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 255, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(c)] = UInt8(i)
        }
        table[Int(UInt8(ascii: "="))] = 64
        return table
    }()

    /// The decoded bytes, or `nil` if the text ends in the middle of a byte or has data after `=` padding.
    static func decode(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { decode($0) }
    }

    static func decode(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(input.count / 4 * 3)
        var acc: UInt32 = 0
        var n = 0
        var padding = 0
        let values = Self.values
        return values.withUnsafeBufferPointer { table -> [UInt8]? in
            for c in input {
                let v = table[Int(c)]
                if v == 255 { continue }
                if v == 64 {
                    padding += 1
                    continue
                }
                guard padding == 0 else { return nil }
                acc = acc << 6 | UInt32(v)
                n += 1
                if n == 4 {
                    out.append(UInt8(truncatingIfNeeded: acc >> 16))
                    out.append(UInt8(truncatingIfNeeded: acc >> 8))
                    out.append(UInt8(truncatingIfNeeded: acc))
                    acc = 0
                    n = 0
                }
            }
            switch n {
            case 0: break
            case 2: out.append(UInt8(truncatingIfNeeded: acc >> 4))
            case 3:
                out.append(UInt8(truncatingIfNeeded: acc >> 10))
                out.append(UInt8(truncatingIfNeeded: acc >> 2))
            default: return nil
            }
            return out
        }
    }
}
