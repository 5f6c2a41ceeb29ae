// Finds the line of a value in a JSON text by its path, so pack errors can name the line they are about.

/// One step of a path into JSON: an object key or an array index.
enum JSONPathComponent: Hashable, Sendable {
    case key(String)
    case index(Int)
}

/// A small JSON scanner that only tracks where it is: linear, allocation-light, and tolerant of the
/// text after the target (it stops there). Malformed JSON simply yields `nil`.
enum JSONLocator {
    /// The 1-based line where the value at `path` starts, or `nil`.
    static func line(of path: [JSONPathComponent], in bytes: [UInt8]) -> Int? {
        enum Frame {
            case object(key: String?)
            case array(index: Int)
        }
        var stack: [Frame] = []
        var line = 1
        var i = 0
        let n = bytes.count
        func currentPath() -> [JSONPathComponent] {
            stack.compactMap { frame in
                switch frame {
                case .object(let key): key.map(JSONPathComponent.key)
                case .array(let index): .index(index)
                }
            }
        }
        func readString() -> String? {
            // At the opening quote.
            i += 1
            var out: [UInt8] = []
            while i < n {
                let b = bytes[i]
                if b == 0x5C {
                    if i + 1 < n { out.append(bytes[i + 1]) }
                    i += 2
                    continue
                }
                if b == 0x22 {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b == 0x0A { line += 1 }
                out.append(b)
                i += 1
            }
            return nil
        }
        var expectingValue = true
        if path.isEmpty { return 1 }
        while i < n {
            let b = bytes[i]
            switch b {
            case 0x0A:
                line += 1
                i += 1
            case 0x20, 0x09, 0x0D: i += 1
            case 0x7B, 0x5B:  // { [
                if expectingValue && currentPath() == path { return line }
                stack.append(b == 0x7B ? .object(key: nil) : .array(index: 0))
                expectingValue = b == 0x5B
                i += 1
            case 0x7D, 0x5D:  // } ]
                guard !stack.isEmpty else { return nil }
                stack.removeLast()
                expectingValue = false
                i += 1
            case 0x2C:  // ,
                if case .array(let index)? = stack.last {
                    stack[stack.count - 1] = .array(index: index + 1)
                    expectingValue = true
                } else if case .object? = stack.last {
                    stack[stack.count - 1] = .object(key: nil)
                    expectingValue = false
                }
                i += 1
            case 0x3A:  // :
                expectingValue = true
                i += 1
            case 0x22:  // "
                if case .object(key: nil)? = stack.last, !expectingValue {
                    guard let key = readString() else { return nil }
                    stack[stack.count - 1] = .object(key: key)
                } else {
                    if currentPath() == path { return line }
                    guard readString() != nil else { return nil }
                    expectingValue = false
                }
            default:  // numbers, true, false, null
                if expectingValue && currentPath() == path { return line }
                while i < n, !" \t\r\n,]}".utf8.contains(bytes[i]) { i += 1 }
                expectingValue = false
            }
        }
        return nil
    }
}
