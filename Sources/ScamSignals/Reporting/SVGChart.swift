// What every chart shares: the SVG being drawn, series styles told apart without colour, legends, the wrapper.

/// SVG markup being drawn, with coordinates written to one decimal so the same figures give the same bytes.
struct SVGCanvas {
    private(set) var markup = ""

    /// A coordinate or length as SVG text: one decimal, without a trailing `.0`.
    static func number(_ v: Double) -> String {
        let text = DecimalText.fixed(v, 1)
        let trimmed = text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        return trimmed == "-0" ? "0" : trimmed
    }

    mutating func raw(_ element: String) { markup += element + "\n" }

    mutating func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1,
        dash: String? = nil
    ) {
        let n = Self.number
        raw(
            "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\""
                + " stroke-width=\"\(n(width))\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>")
    }

    /// A polyline, leaving out points that round to the previous one and the inner points of horizontal and
    /// vertical runs (a ROC curve of thousands of ads is mostly such runs).
    mutating func polyline(_ points: [(x: Double, y: Double)], stroke: String, width: Double, dash: String? = nil) {
        // Rounded first, so that what is compared is what is drawn.
        var kept: [(x: Double, y: Double)] = []
        for p in points {
            let next = (x: (p.x * 10).rounded() / 10, y: (p.y * 10).rounded() / 10)
            if let last = kept.last, last == next { continue }
            if kept.count >= 2 {
                let a = kept[kept.count - 2]
                let b = kept[kept.count - 1]
                func between(_ u: Double, _ v: Double, _ w: Double) -> Bool { min(u, w) <= v && v <= max(u, w) }
                if (a.x == b.x && b.x == next.x && between(a.y, b.y, next.y))
                    || (a.y == b.y && b.y == next.y && between(a.x, b.x, next.x))
                {
                    kept.removeLast()
                }
            }
            kept.append(next)
        }
        guard kept.count > 1 else { return }
        let text = kept.map { Self.number($0.x) + "," + Self.number($0.y) }
        raw(
            "<polyline points=\"\(text.joined(separator: " "))\" fill=\"none\" stroke=\"\(stroke)\""
                + " stroke-width=\"\(Self.number(width))\" stroke-linejoin=\"round\""
                + "\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>")
    }

    mutating func rect(
        _ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, stroke: String? = nil, width: Double = 1
    ) {
        let n = Self.number
        raw(
            "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, w)))\" height=\"\(n(max(0, h)))\" fill=\"\(fill)\""
                + (stroke.map { " stroke=\"\($0)\" stroke-width=\"\(n(width))\"" } ?? "") + "/>")
    }

    enum Anchor: String { case start, middle, end }

    /// Text (escaped); `rotated` turns it a quarter counter-clockwise about its anchor, for a vertical axis title.
    mutating func text(
        _ s: String, _ x: Double, _ y: Double, anchor: Anchor = .start, size: Double = ChartStyle.fontSize,
        bold: Bool = false, rotated: Bool = false, fill: String = ChartStyle.ink
    ) {
        let n = Self.number
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" fill=\"\(fill)\""
        if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
        if bold { attributes += " font-weight=\"700\"" }
        if rotated { attributes += " transform=\"rotate(-90 \(n(x)) \(n(y)))\"" }
        raw("<text \(attributes)>\(HTMLText.escape(s))</text>")
    }

    /// A legend of bar series, one row each from baseline `y` down: a swatch of the fill, then the name.
    /// Returns the baseline below the last row.
    mutating func barLegend(_ names: [String], chart id: String, x: Double, y: Double) -> Double {
        var y = y
        for (i, name) in names.enumerated() {
            let style = SeriesStyle.at(i)
            rect(x, y - 11, 24, 12, fill: style.barPaint(chart: id, index: i % 5), stroke: style.color)
            text(name, x + 32, y)
            y += LineChart.rowHeight
        }
        return y
    }

    /// A series marker centred on (`x`, `y`).
    mutating func marker(_ style: SeriesStyle, _ x: Double, _ y: Double) {
        let n = Self.number
        let r = 4.0
        let fill = style.filledMarker ? style.color : "#fff"
        let paint = "fill=\"\(fill)\" stroke=\"\(style.color)\" stroke-width=\"1.5\""
        switch style.marker {
        case .circle:
            raw("<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" \(paint)/>")
        case .square:
            raw("<rect x=\"\(n(x - r))\" y=\"\(n(y - r))\" width=\"\(n(2 * r))\" height=\"\(n(2 * r))\" \(paint)/>")
        case .triangle:
            let d =
                "M\(n(x)),\(n(y - r - 1)) L\(n(x + r + 0.5)),\(n(y + r - 0.5)) L\(n(x - r - 0.5)),\(n(y + r - 0.5)) Z"
            raw("<path d=\"\(d)\" \(paint)/>")
        case .diamond:
            let s = r + 1
            raw(
                "<path d=\"M\(n(x)),\(n(y - s)) L\(n(x + s)),\(n(y)) L\(n(x)),\(n(y + s)) L\(n(x - s)),\(n(y)) Z\" \(paint)/>"
            )
        case .cross:
            let d =
                "M\(n(x - r)),\(n(y - r)) L\(n(x + r)),\(n(y + r)) M\(n(x - r)),\(n(y + r)) L\(n(x + r)),\(n(y - r))"
            raw("<path d=\"\(d)\" fill=\"none\" stroke=\"\(style.color)\" stroke-width=\"2\"/>")
        }
    }
}

/// Sizes and colours shared by the charts.
enum ChartStyle {
    static let fontSize = 12.0
    static let titleSize = 14.0
    static let ink = "#111"
    static let muted = "#555"
    static let grid = "#d9d9d9"
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"

    /// The width of `s` in a sans-serif face at `size`, estimated generously (no font metrics offline).
    static func textWidth(_ s: String, size: Double = fontSize) -> Double {
        var em = 0.0
        for c in s {
            switch c {
            case "i", "l", "j", "t", "f", "r", ".", ",", ":", ";", "'", "!", "|", " ", "(", ")", "[", "]", "-":
                em += 0.36
            case "m", "w", "M", "W", "%", "@": em += 0.9
            case _ where c.isUppercase: em += 0.7
            case _ where c.unicodeScalars.first.map { $0.value > 0x2000 } == true: em += 1
            default: em += 0.58
            }
        }
        return em * size
    }
}

/// How a series is drawn: a colour from the Okabe–Ito palette (safe for colour-blind readers) and, so that
/// it survives black-and-white print, a dash pattern and a marker shape of its own.
struct SeriesStyle: Sendable {
    enum Marker: Sendable { case circle, square, triangle, diamond, cross }

    var color: String
    /// `stroke-dasharray`, `nil` for a solid line.
    var dash: String?
    var marker: Marker
    var filledMarker: Bool
    /// The fill of a bar: a solid colour, or a hatch pattern that prints in black and white.
    var barFill: BarFill

    enum BarFill: Sendable { case solid, diagonal, dots, crossHatch, horizontal }

    static let all: [SeriesStyle] = [
        SeriesStyle(color: "#0072b2", dash: nil, marker: .circle, filledMarker: true, barFill: .solid),
        SeriesStyle(color: "#d55e00", dash: "8 4", marker: .square, filledMarker: false, barFill: .diagonal),
        SeriesStyle(color: "#009e73", dash: "2 3", marker: .triangle, filledMarker: true, barFill: .dots),
        SeriesStyle(color: "#cc79a7", dash: "10 3 2 3", marker: .diamond, filledMarker: false, barFill: .crossHatch),
        SeriesStyle(color: "#333333", dash: "4 2", marker: .cross, filledMarker: false, barFill: .horizontal),
    ]

    /// The style of the `i`-th series (styles repeat after five).
    static func at(_ i: Int) -> SeriesStyle { all[i % all.count] }

    /// A reference line (chance, perfect calibration, ideal scaling): thin, grey, dotted, no marker.
    static let reference = (color: "#666666", dash: "3 3", width: 1.25)

    /// The SVG paint of a bar of this style: a colour, or a `url(#…)` of the pattern that `patternDefinition`
    /// declares under the chart's `id`.
    func barPaint(chart id: String, index: Int) -> String {
        barFill == .solid ? color : "url(#\(id)-fill-\(index))"
    }

    /// The `<pattern>` for this style's hatching, `nil` for a solid fill.
    func patternDefinition(chart id: String, index: Int) -> String? {
        let open =
            "<pattern id=\"\(id)-fill-\(index)\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\""
        let background = "<rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
        switch barFill {
        case .solid: return nil
        case .diagonal:
            return open + " patternTransform=\"rotate(45)\">" + background
                + "<rect width=\"2.5\" height=\"6\" fill=\"\(color)\"/></pattern>"
        case .dots:
            return open + ">" + background + "<circle cx=\"3\" cy=\"3\" r=\"1.6\" fill=\"\(color)\"/></pattern>"
        case .crossHatch:
            return open + ">" + background + "<path d=\"M0,3 H6 M3,0 V6\" stroke=\"\(color)\" stroke-width=\"1.5\"/>"
                + "</pattern>"
        case .horizontal:
            return open + ">" + background + "<rect width=\"6\" height=\"2.5\" fill=\"\(color)\"/></pattern>"
        }
    }
}

/// The `<svg>` element of a chart: sized by its view box, titled and described for screen readers.
enum SVGChart {
    /// Wraps `body` in an `<svg>` with `role="img"`, an `aria-label`, and `<title>` and `<desc>` children.
    ///
    /// - Parameters:
    ///   - id: Unique on the page; prefixes the ids inside (patterns, title, description).
    ///   - description: The chart's data in words, for readers who cannot see it.
    static func document(
        id: String, width: Double, height: Double, title: String, description: String, definitions: [String] = [],
        body: String
    ) -> String {
        let w = SVGCanvas.number(width)
        let h = SVGCanvas.number(height)
        var out = "<svg id=\"\(id)\" class=\"chart\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\""
        out += " role=\"img\" aria-label=\"\(HTMLText.escape(title))\" aria-describedby=\"\(id)-desc\""
        out += " font-family=\"\(ChartStyle.fontFamily)\">\n"
        out += "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(HTMLText.escape(description))</desc>\n"
        if !definitions.isEmpty { out += "<defs>" + definitions.joined() + "</defs>\n" }
        out += "<rect width=\"\(w)\" height=\"\(h)\" fill=\"#fff\"/>\n"
        out += body
        out += "</svg>"
        return out
    }
}

/// Text safe in HTML and SVG content and attributes (the lesson page's escaping).
enum HTMLText {
    static func escape(_ s: String) -> String { LessonPage.escape(s) }
}
