// The frame both report pages share: the HTML document, its screen and print styles, sections, figures, tables.

/// Builds the parts of a self-contained report page: inline styles only, no scripts, fonts, images or links.
enum ReportDocument {
    /// A whole HTML5 document (well-formed XML too) with `title`, lead paragraphs and the sections' markup.
    static func page(title: String, lead: [String], sections: [String]) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <meta name="generator" content="ScamSignals"/>
            <title>\(HTMLText.escape(title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header>
            <h1>\(HTMLText.escape(title))</h1>

            """
        for paragraph in lead { out += "<p class=\"lead\">\(HTMLText.escape(paragraph))</p>\n" }
        out += "</header>\n<main>\n"
        for section in sections { out += section }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    /// A section with a heading; `content` is markup.
    static func section(id: String, heading: String, intro: String? = nil, content: String) -> String {
        var out = "<section id=\"\(id)\" aria-labelledby=\"\(id)-heading\">\n"
        out += "<h2 id=\"\(id)-heading\">\(HTMLText.escape(heading))</h2>\n"
        if let intro { out += "<p class=\"intro\">\(HTMLText.escape(intro))</p>\n" }
        return out + content + "</section>\n"
    }

    /// A chart (an `<svg>` element) with a caption in words.
    static func figure(_ svg: String, caption: String? = nil) -> String {
        "<figure>\n" + svg + "\n" + (caption.map { "<figcaption>\(HTMLText.escape($0))</figcaption>\n" } ?? "")
            + "</figure>\n"
    }

    /// Figures (or tables) side by side where the page is wide enough, one under the other where it is not.
    static func row(_ items: [String]) -> String {
        "<div class=\"row\">\n" + items.joined() + "</div>\n"
    }

    /// A cell of a table: markup, right-aligned when numeric.
    struct Cell {
        var html: String
        var numeric = false
        /// A cell of plain text (escaped).
        static func text(_ s: String) -> Cell { Cell(html: HTMLText.escape(s)) }
        /// A right-aligned figure.
        static func number(_ s: String) -> Cell { Cell(html: HTMLText.escape(s), numeric: true) }
    }

    /// A table with a caption, a header row and rows; a first column of row headers when `rowHeaders`.
    ///
    /// `groups` adds a header row above, each name spanning its count of columns (an empty name for none).
    static func table(
        caption: String, groups: [(name: String, span: Int)] = [], header: [String], rows: [[Cell]],
        rowHeaders: Bool = true
    ) -> String {
        // A short table is kept on one printed page; a long one breaks between rows, its header repeated.
        var out = rows.count <= 16 ? "<table class=\"keep\">" : "<table>"
        out += "\n<caption>\(HTMLText.escape(caption))</caption>\n<thead>"
        if !groups.isEmpty {
            out += "<tr>"
            for g in groups {
                let span = g.span > 1 ? " colspan=\"\(g.span)\"" : ""
                out +=
                    g.name.isEmpty
                    ? "<td\(span)></td>" : "<th scope=\"colgroup\"\(span)>\(HTMLText.escape(g.name))</th>"
            }
            out += "</tr>"
        }
        out += "<tr>"
        for (i, h) in header.enumerated() {
            let numeric = rows.first.map { i < $0.count && $0[i].numeric } ?? false
            out += "<th scope=\"col\"\(numeric ? " class=\"num\"" : "")>\(HTMLText.escape(h))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                let tag = rowHeaders && i == 0 ? "th scope=\"row\"" : "td"
                let close = rowHeaders && i == 0 ? "th" : "td"
                out += "<\(tag)\(cell.numeric ? " class=\"num\"" : "")>\(cell.html)</\(close)>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// A paragraph of plain text.
    static func paragraph(_ s: String, note: Bool = false) -> String {
        "<p\(note ? " class=\"note\"" : "")>\(HTMLText.escape(s))</p>\n"
    }

    /// Inline styles: system fonts, black on white, tables and charts kept whole on printed pages.
    static let style = """

        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0 auto; max-width: 66rem; padding: 1rem 1.25rem 3rem; color: #111; background: #fff;
          font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 0.75rem; }
        h2 { font-size: 1.3rem; line-height: 1.3; margin: 2.25rem 0 0.6rem; padding-bottom: 0.2rem;
          border-bottom: 2px solid #111; }
        h3 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
        p { margin: 0 0 0.6em; max-width: 48rem; }
        .lead { color: #222; }
        .note { color: #333; font-size: 0.92em; }
        .row { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: flex-start; }
        figure { margin: 0.5rem 0 1rem; }
        figure svg { display: block; max-width: 100%; height: auto; }
        figcaption { font-size: 0.9em; color: #333; max-width: 30rem; margin-top: 0.3rem; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.92em; }
        caption { text-align: left; font-weight: 700; padding: 0 0 0.3rem; }
        th, td { border: 1px solid #8c8c8c; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #eee; }
        tbody th { font-weight: 600; white-space: nowrap; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .figures { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; margin: 0.5rem 0 1rem; padding: 0;
          list-style: none; }
        .figures li { border: 1px solid #8c8c8c; border-radius: 0.3rem; padding: 0.35rem 0.75rem; min-width: 8rem; }
        .figures strong { display: block; font-size: 1.35em; font-variant-numeric: tabular-nums; }
        .excerpt { max-width: 30rem; overflow-wrap: anywhere; }
        code { font-size: 0.95em; }
        @media print {
          @page { margin: 12mm; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.35; }
          h1 { font-size: 15pt; }
          h2 { font-size: 12.5pt; margin-top: 1.1rem; break-after: avoid; page-break-after: avoid; }
          h3, caption { break-after: avoid; page-break-after: avoid; }
          figure, tr, .figures li, .keep { break-inside: avoid; page-break-inside: avoid; }
          .figures li { min-width: 0; }
          figure svg { max-height: 118mm; width: auto; }
          thead { display: table-header-group; }
          table { font-size: 8.5pt; }
        }

        """
}
