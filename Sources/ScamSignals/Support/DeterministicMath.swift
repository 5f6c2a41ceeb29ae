// Natural logarithm, exponential and logistic function in pure Swift, bit-identical on every platform.

/// Math functions built only from IEEE-754 basic operations (correctly rounded everywhere), so scores are
/// bit-identical across platforms and C libraries, which `log`/`exp` from libm do not promise. They also keep
/// the library free of Glibc/Darwin imports.
public enum DeterministicMath {
    static let ln2Hi = 6.93147180369123816490e-01
    static let ln2Lo = 1.90821492927058770002e-10
    static let ln2 = 0.6931471805599453

    /// Natural logarithm; `-infinity` for 0, `nan` for negative or nan input.
    public static func log(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x.isInfinite { return x }
        var e = Double(x.exponent)
        var m = x.significand  // in [1, 2)
        if m > 1.4142135623730951 {
            m /= 2
            e += 1
        }
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        // 2·atanh(s) = 2(s + s³/3 + s⁵/5 + …), |s| ≤ 0.172
        var term = s
        var sum = s
        var k = 3.0
        while k <= 23 {
            term *= s2
            sum += term / k
            k += 2
        }
        return e * ln2Hi + (2 * sum + e * ln2Lo)
    }

    /// e raised to `x` (0 below -745, infinity above 709.8).
    public static func exp(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x > 709.78 { return .infinity }
        if x < -745.2 { return 0 }
        let k = (x / ln2).rounded(.toNearestOrEven)
        let r = (x - k * ln2Hi) - k * ln2Lo
        // Taylor series of e^r, |r| ≤ 0.35: terms up to r¹⁵/15!
        var term = 1.0
        var sum = 1.0
        var n = 1.0
        while n <= 15 {
            term *= r / n
            sum += term
            n += 1
        }
        var result = sum
        var exponent = Int(k)
        // Scale in two steps so subnormal results stay accurate.
        if exponent < -1000 {
            result *= Double(sign: .plus, exponent: -1000, significand: 1)
            exponent += 1000
        }
        if exponent > 1000 {
            result *= Double(sign: .plus, exponent: 1000, significand: 1)
            exponent -= 1000
        }
        return result * Double(sign: .plus, exponent: exponent, significand: 1)
    }

    /// The logistic function 1 / (1 + e^-z), computed without overflow.
    public static func logistic(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + exp(-z)) }
        let e = exp(z)
        return e / (1 + e)
    }
}

/// Shorthands used across the library.
@inline(__always) func log(_ x: Double) -> Double { DeterministicMath.log(x) }
@inline(__always) func exp(_ x: Double) -> Double { DeterministicMath.exp(x) }
