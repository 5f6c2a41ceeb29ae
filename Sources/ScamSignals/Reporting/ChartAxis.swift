// A chart's numeric axis: range, linear or logarithmic scale, tick marks with their labels, and its title.

/// A numeric axis. Its title names the quantity and its unit: "Throughput (MB/s)".
struct ChartAxis: Sendable {
    enum Scale: Sendable { case linear, logarithmic }

    struct Tick: Sendable {
        var value: Double
        var label: String
    }

    var title: String
    var lower: Double
    var upper: Double
    var scale: Scale
    var ticks: [Tick]

    /// Where `value` lies along the axis: 0 at `lower`, 1 at `upper` (not clamped).
    func fraction(_ value: Double) -> Double {
        switch scale {
        case .linear:
            return upper == lower ? 0 : (value - lower) / (upper - lower)
        case .logarithmic:
            let a = log(lower)
            let b = log(upper)
            return b == a || value <= 0 ? 0 : (log(value) - a) / (b - a)
        }
    }

    /// A linear axis over `lower...upper` (widened to round tick values) with about `ticks` labelled ticks.
    ///
    /// `suffix` follows each label (`%`); `labelScale` multiplies the value for its label (100 for percentages).
    static func linear(
        _ title: String, from lower: Double, to upper: Double, ticks target: Int = 5, labelScale: Double = 1,
        suffix: String = ""
    ) -> ChartAxis {
        let span = upper > lower ? upper - lower : max(1, abs(upper))
        let step = niceStep(span / Double(max(1, target)))
        let first = (lower / step).rounded(.down)
        let last = (max(upper, lower + span) / step).rounded(.up)
        let digits = decimals(of: step * labelScale)
        var ticks: [Tick] = []
        var k = first
        while k <= last {
            let v = k * step
            let text =
                digits == 0
                ? DecimalText.grouped(Int((v * labelScale).rounded())) : DecimalText.fixed(v * labelScale, digits)
            ticks.append(Tick(value: v, label: text + suffix))
            k += 1
        }
        return ChartAxis(title: title, lower: first * step, upper: last * step, scale: .linear, ticks: ticks)
    }

    /// A logarithmic axis from the power of ten at or below `lower` to the one at or above `upper`, with ticks
    /// at 1, 2 and 5 times each power of ten (at each power only, when the range spans more than three).
    static func logarithmic(_ title: String, from lower: Double, to upper: Double) -> ChartAxis {
        var low = 1.0
        while low > lower && low > 1e-9 { low /= 10 }
        while low * 10 <= lower { low *= 10 }
        var high = low
        while high < upper { high *= 10 }
        var decades = 0
        var p = low
        while p < high {
            p *= 10
            decades += 1
        }
        var ticks: [Tick] = []
        p = low
        while p <= high * 1.000_001 {
            for m in decades > 3 ? [1.0] : [1.0, 2, 5] where p * m <= high * 1.000_001 {
                let v = p * m
                ticks.append(Tick(value: v, label: DecimalText.compact(v)))
            }
            p *= 10
        }
        return ChartAxis(title: title, lower: low, upper: high, scale: .logarithmic, ticks: ticks)
    }

    /// The step of 1, 2, 2.5 or 5 times a power of ten nearest above `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var power = 1.0
        while power > raw { power /= 10 }
        while power * 10 <= raw { power *= 10 }
        for m in [1.0, 2, 2.5, 5] where m * power >= raw * 0.999_999 { return m * power }
        return 10 * power
    }

    /// Decimals needed to write multiples of `step` exactly (0.25 → 2, 0.5 → 1, 5 → 0).
    static func decimals(of step: Double) -> Int {
        var digits = 0
        var scaled = step
        while digits < 6 && abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
            scaled *= 10
            digits += 1
        }
        return digits
    }
}
