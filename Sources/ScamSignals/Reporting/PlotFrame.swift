// Where a chart's plot sits across the SVG, and what is drawn around it: the value axis along
// its foot, the legend under that, and the wrapping `<svg>`.

/// The horizontal place of a chart's plot and the numeric axis along its bottom edge.
///
/// Made once the margins are known; the bottom edge is passed when drawing, because a bar chart only knows it
/// once its rows are laid out.
///
/// ```swift
/// let frame = PlotFrame(chartWidth: 480, left: 60, axis: x, minimumRight: 16)
/// var c = SVGCanvas()
/// c.rect(frame.x(0.2), top, frame.x(0.3) - frame.x(0.2), bottom - top, fill: "#0072b2")
/// frame.drawTicks(on: &c, bottom: bottom)
/// frame.drawTitle(on: &c, bottom: bottom)
/// let svg = frame.barDocument(
///     c, id: "counts", title: "Ads per bin", description: "…", bottom: bottom, seriesNames: ["ads"], series: [0])
/// ```
struct PlotFrame {
    /// The width of the whole chart.
    var chartWidth: Double
    /// The x of the plot's left edge.
    var left: Double
    /// The width of the plot.
    var width: Double
    /// The axis along the bottom edge.
    var axis: ChartAxis

    /// The x of the plot's right edge.
    var right: Double { left + width }

    /// A plot from `left` to the right margin: at least `minimumRight`, and room for the half of the last tick's
    /// label that stands past its tick.
    init(chartWidth: Double, left: Double, axis: ChartAxis, minimumRight: Double) {
        self.chartWidth = chartWidth
        self.left = left
        self.axis = axis
        let overhang = axis.ticks.last.map { ChartStyle.textWidth($0.label) / 2 } ?? 0
        width = chartWidth - left - max(minimumRight, overhang + 4)
    }

    /// The x of `value`, held inside the plot.
    func x(_ value: Double) -> Double { left + min(1, max(0, axis.fraction(value))) * width }

    /// Draws each tick's label under `bottom`, and its grid line up to `gridTop` when that is given.
    func drawTicks(on c: inout SVGCanvas, bottom: Double, gridTop: Double? = nil) {
        for t in axis.ticks {
            if let gridTop { c.line(x(t.value), gridTop, x(t.value), bottom, stroke: ChartStyle.grid) }
            c.text(t.label, x(t.value), bottom + 16, anchor: .middle)
        }
    }

    /// Draws the axis title centred under the tick labels.
    func drawTitle(on c: inout SVGCanvas, bottom: Double) {
        c.text(axis.title, left + width / 2, bottom + 36, anchor: .middle)
    }

    /// The finished `<svg>` of a chart of bars drawn on `canvas`.
    ///
    /// Below the axis title comes a legend of `seriesNames` when there are two or more; the definitions hold
    /// the hatch patterns of the series in `series` and in the legend, so every `url(#…)` of a bar resolves.
    ///
    /// - Parameters:
    ///   - bottom: The plot's bottom edge, which the axis labels and the legend hang from.
    ///   - series: The series indices the bars use.
    func barDocument(
        _ canvas: SVGCanvas, id: String, title: String, description: String, bottom: Double, seriesNames: [String],
        series: [Int]
    ) -> String {
        var c = canvas
        var height = bottom + 46
        if seriesNames.count > 1 {
            height = c.barLegend(seriesNames, chart: id, x: left, y: bottom + 56) - 6
        }
        let legend = seriesNames.count > 1 ? Array(seriesNames.indices) : []
        let used = Set((series + legend).map { $0 % 5 })
        let patterns = used.sorted().compactMap { SeriesStyle.at($0).patternDefinition(chart: id, index: $0) }
        return SVGChart.document(
            id: id, width: chartWidth, height: height, title: title, description: description,
            definitions: patterns, body: c.markup)
    }
}
