// Horizontal bar charts: one row of bars per category, each bar labelled with its value.

/// A horizontal bar chart as SVG. Series differ by fill pattern as well as colour and every bar carries its
/// value as text, so nothing depends on telling colours apart.
struct BarChart {
    struct Bar {
        /// Index of the series (its style and legend entry).
        var series: Int
        var value: Double
        /// The value as shown at the end of the bar.
        var label: String
        /// A spread to draw as a whisker (slowest and fastest pass), or `nil`.
        var range: (low: Double, high: Double)? = nil
    }

    struct Group {
        var label: String
        var bars: [Bar]
    }

    var id: String
    var title: String
    var description: String
    /// The value axis, along the bottom.
    var axis: ChartAxis
    /// Legend names of the series; the legend is drawn when there are two or more.
    var seriesNames: [String]
    var groups: [Group]
    var width = 640.0
    var barHeight = 14.0

    func svg() -> String {
        let labelWidth = groups.map { ChartStyle.textWidth($0.label) }.max() ?? 0
        let valueWidth = groups.flatMap(\.bars).map { ChartStyle.textWidth($0.label, size: 11) }.max() ?? 0
        let frame = PlotFrame(chartWidth: width, left: labelWidth + 14, axis: axis, minimumRight: valueWidth + 14)
        let left = frame.left
        let top = LineChart.top + 4
        let gap = 2.0
        let groupGap = 10.0
        var y = top + groupGap / 2

        var bars = SVGCanvas()
        for group in groups {
            let groupHeight = Double(group.bars.count) * (barHeight + gap) - gap
            bars.text(group.label, left - 8, y + groupHeight / 2 + 4, anchor: .end)
            for bar in group.bars {
                let style = SeriesStyle.at(bar.series)
                let end = frame.x(bar.value)
                bars.rect(
                    left, y, end - left, barHeight, fill: style.barPaint(chart: id, index: bar.series % 5),
                    stroke: style.color)
                var labelX = end
                if let range = bar.range {
                    let low = frame.x(range.low)
                    let high = frame.x(range.high)
                    let middle = y + barHeight / 2
                    bars.line(low, middle, high, middle, stroke: ChartStyle.ink, width: 1.5)
                    bars.line(low, middle - 4, low, middle + 4, stroke: ChartStyle.ink, width: 1.5)
                    bars.line(high, middle - 4, high, middle + 4, stroke: ChartStyle.ink, width: 1.5)
                    labelX = max(labelX, high)
                }
                bars.text(bar.label, labelX + 4, y + barHeight - 3, size: 11)
                y += barHeight + gap
            }
            y += groupGap - gap
        }
        let bottom = y - groupGap / 2

        var c = SVGCanvas()
        c.text(title, 0, 18, size: ChartStyle.titleSize, bold: true)
        frame.drawTicks(on: &c, bottom: bottom, gridTop: top)
        c.raw(bars.markup.hasSuffix("\n") ? String(bars.markup.dropLast()) : bars.markup)
        c.line(left, top, left, bottom, stroke: ChartStyle.ink)
        c.line(left, bottom, frame.right, bottom, stroke: ChartStyle.ink)
        frame.drawTitle(on: &c, bottom: bottom)
        return frame.barDocument(
            c, id: id, title: title, description: description, bottom: bottom, seriesNames: seriesNames,
            series: groups.flatMap(\.bars).map(\.series))
    }
}
