// Line charts: series of points on two numeric axes, with reference lines, shaded bands and a legend.

/// A line chart as SVG. Series differ by dash pattern and marker shape as well as colour, so the chart reads
/// in black-and-white print and for colour-blind readers; the legend sits under the plot, one row per entry.
struct LineChart {
    struct Series {
        var name: String
        var points: [(x: Double, y: Double)]
        var style: SeriesStyle
        var markers: Markers = .each
        /// Text shown by each point (its value), or `nil`.
        var labels: [String]? = nil
    }

    enum Markers {
        /// On every point: for short series.
        case each
        /// `n` markers spread evenly along the line: for curves of many points.
        case spaced(Int)
    }

    /// A thin grey dotted line for comparison: chance, perfect calibration, ideal scaling.
    struct Reference {
        var name: String
        var points: [(x: Double, y: Double)]
    }

    /// A shaded horizontal band, named in the legend.
    struct Band {
        var lower: Double
        var upper: Double
        var label: String
    }

    var id: String
    var title: String
    var description: String
    var x: ChartAxis
    var y: ChartAxis
    var series: [Series]
    var references: [Reference] = []
    var bands: [Band] = []
    var width = 480.0
    var plotHeight = 300.0
    /// Fixes the left margin, so that charts stacked one above the other share their x positions.
    var leftMargin: Double? = nil
    /// Shows the legend even for a single series.
    var alwaysShowLegend = false

    static let top = 30.0
    static let rowHeight = 18.0

    func left() -> Double {
        leftMargin ?? (y.ticks.map { ChartStyle.textWidth($0.label) }.max() ?? 0) + 34
    }

    func svg() -> String {
        let frame = PlotFrame(chartWidth: width, left: left(), axis: x, minimumRight: 16)
        let left = frame.left
        let plotWidth = frame.width
        let top = Self.top
        let bottom = top + plotHeight
        func px(_ v: Double) -> Double { frame.x(v) }
        func py(_ v: Double) -> Double { bottom - min(1, max(0, y.fraction(v))) * plotHeight }

        var c = SVGCanvas()
        c.text(title, 0, 18, size: ChartStyle.titleSize, bold: true)
        for band in bands {
            let y0 = py(band.upper)
            let y1 = py(band.lower)
            c.rect(left, y0, plotWidth, y1 - y0, fill: "#ececec")
            c.line(left, y0, left + plotWidth, y0, stroke: "#888", dash: "5 3")
            if band.lower > y.lower { c.line(left, y1, left + plotWidth, y1, stroke: "#888", dash: "5 3") }
        }
        for t in y.ticks {
            c.line(left, py(t.value), left + plotWidth, py(t.value), stroke: ChartStyle.grid)
            c.text(t.label, left - 6, py(t.value) + 4, anchor: .end)
        }
        frame.drawTicks(on: &c, bottom: bottom, gridTop: top)
        c.line(left, bottom, left + plotWidth, bottom, stroke: ChartStyle.ink)
        c.line(left, top, left, bottom, stroke: ChartStyle.ink)
        frame.drawTitle(on: &c, bottom: bottom)
        c.text(y.title, 14, top + plotHeight / 2, anchor: .middle, rotated: true)

        let r = SeriesStyle.reference
        for reference in references {
            c.polyline(reference.points.map { (px($0.x), py($0.y)) }, stroke: r.color, width: r.width, dash: r.dash)
        }
        for (i, s) in series.enumerated() {
            let points = s.points.map { (x: px($0.x), y: py($0.y)) }
            c.polyline(points, stroke: s.style.color, width: 2, dash: s.style.dash)
            switch s.markers {
            case .each:
                for p in points { c.marker(s.style, p.x, p.y) }
            case .spaced(let n):
                // Shifted per series, so two series that run together keep their markers apart.
                let shift = Double(i) / Double(max(1, series.count)) / Double(max(1, n))
                for p in Self.spread(points, count: n, shift: shift) { c.marker(s.style, p.x, p.y) }
            }
            if let labels = s.labels {
                for (p, label) in zip(points, labels) {
                    let half = ChartStyle.textWidth(label, size: 11) / 2
                    let x = min(left + plotWidth - half, max(left + half, p.x))
                    c.text(label, x, p.y - 9, anchor: .middle, size: 11)
                }
            }
        }

        // The legend, under the plot where it can hide nothing: the series when there are several, then the
        // reference lines and the bands.
        var legendY = bottom + 52
        for s in series where series.count > 1 || alwaysShowLegend {
            c.line(left, legendY - 4, left + 34, legendY - 4, stroke: s.style.color, width: 2, dash: s.style.dash)
            c.marker(s.style, left + 17, legendY - 4)
            c.text(s.name, left + 42, legendY)
            legendY += Self.rowHeight
        }
        for reference in references {
            c.line(left, legendY - 4, left + 34, legendY - 4, stroke: r.color, width: r.width, dash: r.dash)
            c.text(reference.name, left + 42, legendY)
            legendY += Self.rowHeight
        }
        for band in bands {
            c.rect(left, legendY - 11, 34, 12, fill: "#ececec")
            c.line(left, legendY - 11, left + 34, legendY - 11, stroke: "#888", dash: "5 3")
            c.text(band.label, left + 42, legendY)
            legendY += Self.rowHeight
        }
        let height = legendY > bottom + 52 ? legendY - 6 : bottom + 46
        return SVGChart.document(
            id: id, width: width, height: height, title: title, description: description, body: c.markup)
    }

    /// `count` points spread evenly along the polyline by length, starting `shift` of a spacing in.
    static func spread(_ points: [(x: Double, y: Double)], count: Int, shift: Double) -> [(x: Double, y: Double)] {
        guard points.count > 1, count > 0 else { return points }
        var lengths = [0.0]
        for (a, b) in zip(points, points.dropFirst()) {
            let dx = b.x - a.x
            let dy = b.y - a.y
            lengths.append(lengths.last! + (dx * dx + dy * dy).squareRoot())
        }
        let total = lengths.last!
        guard total > 0 else { return [points[0]] }
        var out: [(x: Double, y: Double)] = []
        var segment = 0
        for j in 0..<count {
            let at = total * ((Double(j) + 0.5) / Double(count) + shift).truncatingRemainder(dividingBy: 1)
            segment = at < lengths[segment] ? 0 : segment
            while segment < points.count - 2 && lengths[segment + 1] < at { segment += 1 }
            let a = points[segment]
            let b = points[segment + 1]
            let piece = lengths[segment + 1] - lengths[segment]
            let t = piece > 0 ? (at - lengths[segment]) / piece : 0
            out.append((a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t))
        }
        return out
    }
}
