// Histograms: counts per bin of a numeric range, as vertical bars, each labelled with its count.

/// A histogram as SVG: one slot per bin along a numeric x axis, one bar per series in each slot. Drawn under a
/// ``LineChart`` with the same width and left margin, its bins line up with that chart's x axis.
struct HistogramChart {
    struct Bin {
        var lower: Double
        var upper: Double
        /// One count per series.
        var counts: [Int]
    }

    var id: String
    var title: String
    var description: String
    var x: ChartAxis
    var yTitle: String
    var seriesNames: [String]
    var bins: [Bin]
    var width = 480.0
    var plotHeight = 120.0
    var leftMargin: Double? = nil

    func svg() -> String {
        let most = bins.flatMap(\.counts).max() ?? 0
        let labels = bins.map { $0.counts.map(DecimalText.grouped) }
        let widest = labels.joined().map { ChartStyle.textWidth($0, size: 11) }.max() ?? 0
        let series = max(1, seriesNames.count)
        // Counts are written above their bars, turned upright when the bars are narrower than the numbers.
        let provisional = width - (leftMargin ?? 60) - 20
        let slotEstimate = provisional * (bins.first.map { x.fraction($0.upper) - x.fraction($0.lower) } ?? 1)
        let upright = widest + 2 > slotEstimate / Double(series) - 4
        let headroom = upright ? widest + 6 : 16.0
        let y = ChartAxis.linear(
            yTitle, from: 0, to: Double(max(1, most)) * plotHeight / max(1, plotHeight - headroom), ticks: 3)
        let left = leftMargin ?? (y.ticks.map { ChartStyle.textWidth($0.label) }.max() ?? 0) + 34
        let frame = PlotFrame(chartWidth: width, left: left, axis: x, minimumRight: 16)
        let top = LineChart.top
        let bottom = top + plotHeight
        func py(_ v: Double) -> Double { bottom - min(1, max(0, y.fraction(v))) * plotHeight }

        var c = SVGCanvas()
        c.text(title, 0, 18, size: ChartStyle.titleSize, bold: true)
        for t in y.ticks {
            c.line(left, py(t.value), frame.right, py(t.value), stroke: ChartStyle.grid)
            c.text(t.label, left - 6, py(t.value) + 4, anchor: .end)
        }
        frame.drawTicks(on: &c, bottom: bottom)
        for (b, bin) in bins.enumerated() {
            let x0 = frame.x(bin.lower) + 2
            let slot = (frame.x(bin.upper) - 2 - x0) / Double(series)
            for (i, count) in bin.counts.enumerated() {
                let style = SeriesStyle.at(i)
                let barX = x0 + Double(i) * slot
                let barTop = py(Double(count))
                c.rect(
                    barX, barTop, slot, bottom - barTop, fill: style.barPaint(chart: id, index: i % 5),
                    stroke: style.color)
                if upright {
                    c.text(labels[b][i], barX + slot / 2 + 4, barTop - 3, size: 11, rotated: true)
                } else {
                    c.text(labels[b][i], barX + slot / 2, barTop - 3, anchor: .middle, size: 11)
                }
            }
        }
        c.line(left, bottom, frame.right, bottom, stroke: ChartStyle.ink)
        c.line(left, top, left, bottom, stroke: ChartStyle.ink)
        frame.drawTitle(on: &c, bottom: bottom)
        c.text(y.title, 14, top + plotHeight / 2, anchor: .middle, rotated: true)
        return frame.barDocument(
            c, id: id, title: title, description: description, bottom: bottom, seriesNames: seriesNames,
            series: Array(0..<series))
    }
}
