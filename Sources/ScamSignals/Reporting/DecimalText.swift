// Numbers as text for the report pages: exact, locale-free, the same bytes on every platform.

/// Formats numbers without Foundation or a locale, so a page is byte-identical wherever it is rendered.
///
/// ``fixed(_:_:)`` rounds from the exact binary value of the `Double`, to nearest with ties to even, as C's
/// `printf("%.3f")` does: a figure on a report page reads exactly as `scamsignals eval` prints it.
enum DecimalText {
    /// `x` with `digits` decimals (0…9), the same text as `String(format: "%.{digits}f", x)`.
    static func fixed(_ x: Double, _ digits: Int) -> String {
        precondition((0...9).contains(digits), "0…9 decimals")
        guard x.isFinite else { return x.isNaN ? "nan" : x < 0 ? "-inf" : "inf" }
        let sign = x.sign == .minus ? "-" : ""
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        let magnitude = x.magnitude
        // Beyond 2^62 units of the last decimal the exact arithmetic below would overflow; no report figure
        // comes near (that is 4.6e9 with nine decimals), so plain rounding is good enough there.
        let units =
            magnitude * Double(scale) < 0x1p62
            ? exactUnits(magnitude, scale) : UInt64(min(0x1p63, (magnitude * Double(scale)).rounded()))
        guard digits > 0 else { return sign + String(units) }
        let fraction = String(units % scale)
        return sign + String(units / scale) + "." + String(repeating: "0", count: digits - fraction.count) + fraction
    }

    /// `x · scale` rounded to an integer, to nearest with ties to even, computed from `x`'s exact binary value.
    private static func exactUnits(_ x: Double, _ scale: UInt64) -> UInt64 {
        guard x != 0 else { return 0 }
        // x = m · 2^e exactly.
        let m = x.significandBitPattern | (x.isNormal ? 1 << 52 : 0)
        let e = (x.isNormal ? Int(x.exponentBitPattern) : 1) - 1075
        if e >= 0 { return (m << UInt64(e)) * scale }
        // x · scale = (m · scale) / 2^k: a 128-bit product divided by a power of two.
        let k = -e
        let (high, low) = m.multipliedFullWidth(by: scale)
        let quotient: UInt64
        let remainder: (high: UInt64, low: UInt64)
        let half: (high: UInt64, low: UInt64)
        switch k {
        case ..<64:
            quotient = (low >> UInt64(k)) | (high << UInt64(64 - k))
            remainder = (0, low & ((1 << UInt64(k)) - 1))
            half = (0, 1 << UInt64(k - 1))
        case 64:
            quotient = high
            remainder = (0, low)
            half = (0, 1 << 63)
        case ..<128:
            quotient = high >> UInt64(k - 64)
            remainder = (high & ((1 << UInt64(k - 64)) - 1), low)
            half = (1 << UInt64(k - 65), 0)
        default:
            return 0  // below 2^-10 of a unit: the product has at most 117 bits
        }
        let above = remainder.high > half.high || (remainder.high == half.high && remainder.low > half.low)
        let tie = remainder == half
        return above || (tie && quotient & 1 == 1) ? quotient + 1 : quotient
    }

    /// A whole number with thousands separators: `1,979`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = n < 0 ? "-" : ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return out
    }

    /// A share (0…1) as a percentage: `21.5%`.
    static func percent(_ share: Double, _ digits: Int = 1) -> String { fixed(share * 100, digits) + "%" }

    /// ``significant(_:)`` without trailing zeros, for tick labels: `0.1`, `2`, `1,000`.
    static func compact(_ x: Double) -> String {
        var text = significant(x)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A figure with about three significant digits, grouped when large: `0.234`, `12.2`, `518`, `3,002`.
    static func significant(_ x: Double) -> String {
        let a = x.magnitude
        if a >= 999.5 { return (x < 0 ? "-" : "") + grouped(Int(a.rounded())) }
        let digits = a >= 99.95 ? 0 : a >= 9.995 ? 1 : a >= 0.9995 ? 2 : 3
        return fixed(x, digits)
    }
}
