// The lesson sheet: a self-contained, printable web page of ads whose warning signs are revealed on demand.

/// Renders assessed ads as one self-contained HTML page for a class or a training session.
///
/// Each ad is shown first as it was written; a "Show the warning signs" button (a `<details>` element, so
/// no script is needed) then reveals the same ad with every sign's words marked and numbered `[1]`, a
/// numbered legend with the explanations, and the verdict in plain words with its probability. The page
/// works offline and from a file: the styles are inline and there are no scripts, fonts, images or links
/// to other sites. It is well-formed XML as well as HTML5, so other tools can read it.
///
/// Meaning is never carried by colour alone: every mark has its number and an underline pattern that the
/// legend repeats, and every verdict is written out. Text colours meet WCAG AA contrast on their
/// backgrounds. Printed, each ad shows its answers and no background colour is needed to read it.
///
/// ```swift
/// let ads = SampleAd.all.map(\.text)
/// let page = LessonPage.html(ads.map { ($0, Classifier.default.assess($0, explanationLanguage: .english)) },
///                            language: .english, title: "Fake job offers: spot the signs")
/// try page.write(toFile: "lesson.html", atomically: true, encoding: .utf8)   // open it in any browser
/// ```
public enum LessonPage {
    /// The page for `items`, each an ad's text and its assessment.
    ///
    /// - Parameters:
    ///   - items: The ads in the order to show them, each with the assessment of exactly that text (evidence
    ///     offsets are UTF-8 byte offsets into it). Assess with the same `explanationLanguage` as `language`
    ///     so that the explanations and the page speak one language.
    ///   - language: The language of the page's own words (headings, buttons, verdicts). With `nil`, each ad
    ///     speaks its explanations' language (the ad's own, English when mixed or unknown) and the page's
    ///     title and introduction speak the ads' common language, or English when they differ.
    ///   - title: The page title; by default "Spot the warning signs of a fake job offer" in the page's language.
    /// - Returns: A complete HTML5 document: about 4 KB of styles, then each ad as written, marked on screen and
    ///   marked again for print (browsers cannot print a closed `<details>` without a script).
    public static func html(
        _ items: [(text: String, assessment: Assessment)], language: Language? = nil,
        title: String? = nil
    ) -> String {
        let adLanguages = items.map { language ?? explanationLanguage(of: $0.assessment) }
        let pageLanguage = language ?? (Set(adLanguages).count == 1 ? adLanguages[0] : .english)
        let words = Words(pageLanguage)
        let pageTitle = title ?? words.title
        var out = """
            <!DOCTYPE html>
            <html lang="\(pageLanguage.rawValue)">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <meta name="generator" content="ScamSignals"/>
            <title>\(escape(pageTitle))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header>
            <h1>\(escape(pageTitle))</h1>
            <p class="intro">\(escape(words.intro))</p>
            </header>
            <main>

            """
        for (i, item) in items.enumerated() {
            out += article(number: i + 1, text: item.text, assessment: item.assessment, language: adLanguages[i])
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    /// The language the rules explain an assessment in when none is asked for
    /// (see ``RuleSet/evaluate(_:explanationLanguage:)``).
    static func explanationLanguage(of assessment: Assessment) -> Language {
        Language.supported.contains(assessment.language) ? assessment.language : .english
    }

    static func article(number n: Int, text: String, assessment a: Assessment, language: Language) -> String {
        let words = Words(language)
        let id = "ad-\(n)"
        // The ad keeps its own language for screen readers, whatever language the page explains it in.
        let adLanguage = Language.supported.contains(a.language) ? " lang=\"\(a.language.rawValue)\"" : ""
        let runs = trimmingTrailingSpace(MarkedText.runs(text, a.signals))
        let plain = runs.map { run -> String in
            switch run {
            case .plain(let s), .marked(let s, _): escape(s)
            }
        }.joined()
        var out = """
            <article class="ad" id="\(id)" lang="\(language.rawValue)" aria-labelledby="\(id)-title">
            <h2 id="\(id)-title">\(escape(words.ad(n)))</h2>
            <blockquote class="ad-text"\(adLanguage)>\(plain)</blockquote>
            <details>
            <summary>\(escape(words.show))</summary>

            """
        // On screen the answers live in <details>; print cannot open it without a script, so a copy that
        // only print shows follows (hidden from screen readers, which read the <details> one).
        out += answers(runs, a, words: words, adLanguage: adLanguage, anchor: id)
        out += "</details>\n<div class=\"print-answers\" hidden=\"hidden\" aria-hidden=\"true\">\n"
        out += answers(runs, a, words: words, adLanguage: adLanguage, anchor: nil)
        out += "</div>\n</article>\n"
        return out
    }

    /// The marked ad, the legend and the verdict; with an `anchor`, marks link to their legend entries.
    static func answers(_ runs: [MarkedText.Run], _ a: Assessment, words: Words, adLanguage: String, anchor: String?)
        -> String
    {
        var out = "<blockquote class=\"ad-text\"\(adLanguage)>"
        for run in runs {
            switch run {
            case .plain(let s): out += escape(s)
            case .marked(let s, let signs):
                out += "<mark class=\"p\(pattern(signs[0]))\">\(escape(s))</mark><sup class=\"ref\">["
                out += signs.map { k in
                    anchor.map { "<a href=\"#\($0)-sign-\(k)\">\(k)</a>" } ?? "\(k)"
                }.joined(separator: ",")
                out += "]</sup>"
            }
        }
        out += "</blockquote>\n"
        out += "<h3>\(escape(words.signs))</h3>\n"
        if a.signals.isEmpty {
            out += "<p class=\"none\">\(escape(words.none))</p>\n"
        } else {
            out += "<ol class=\"signs\">\n"
            for (i, s) in a.signals.enumerated() {
                let k = i + 1
                let id = anchor.map { " id=\"\($0)-sign-\(k)\"" } ?? ""
                out += "<li\(id)><p class=\"sign-title\"><span class=\"num p\(pattern(k))\">[\(k)]</span> "
                out += "<strong>\(escape(s.title))</strong>"
                if !s.sign.isEmpty && s.sign != s.title { out += " <span class=\"sign\">— \(escape(s.sign))</span>" }
                out += "</p>\n<p>\(escape(s.explanation))</p>\n"
                if !s.evidence.isEmpty {
                    let quoted = s.evidence.map { "<q\(adLanguage)>\(escape($0.text))</q>" }.joined(separator: ", ")
                    out += "<p class=\"evidence\">\(escape(words.evidence)): \(quoted)</p>\n"
                }
                out += "</li>\n"
            }
            out += "</ol>\n"
        }
        out += "<p class=\"verdict v-\(a.verdict.rawValue)\"><strong>\(escape(words.verdict)):</strong> "
        out += escape(TeacherView.verdictText(a.verdict, in: words.language))
        out += " <span class=\"chance\">(\(escape(words.chance)): \(TeacherView.percent(a.probability)))</span></p>\n"
        if a.truncated { out += "<p class=\"note\">\(escape(words.truncated))</p>\n" }
        return out
    }

    /// One of five underline patterns, so neighbouring signs differ by more than their number.
    static func pattern(_ sign: Int) -> Int { (sign - 1) % 5 + 1 }

    /// Drops the blank lines a file usually ends with: under `pre-wrap` they would show as empty space.
    static func trimmingTrailingSpace(_ runs: [MarkedText.Run]) -> [MarkedText.Run] {
        guard case .plain(let s)? = runs.last else { return runs }
        let scalars = s.unicodeScalars
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else {
            return Array(runs.dropLast())
        }
        return Array(runs.dropLast()) + [.plain(String(scalars[...last]))]
    }

    /// Text safe inside an element or a quoted attribute, in HTML and XML alike.
    ///
    /// Escapes `&`, `<`, `>`, `"`, `'`, and replaces the control characters XML forbids (all of C0 but tab,
    /// line feed and carriage return; DEL and C1; U+FFFE and U+FFFF) with U+FFFD, so a hostile or binary
    /// ad cannot break the page.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c.value {
            case 0x26: out += "&amp;"
            case 0x3C: out += "&lt;"
            case 0x3E: out += "&gt;"
            case 0x22: out += "&quot;"
            case 0x27: out += "&#39;"
            case 0x09, 0x0A, 0x0D: out.unicodeScalars.append(c)
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: out += "\u{FFFD}"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The page's own words in one language.
    struct Words {
        var language: Language
        var title, intro, show, evidence, chance, truncated: String
        var signs, verdict, none: String
        var ad: (Int) -> String

        init(_ language: Language) {
            self.language = language
            (signs, verdict, none) = TeacherView.heading(language)
            switch language {
            case .indonesian:
                title = "Kenali tanda bahaya lowongan kerja palsu"
                intro =
                    "Bacalah setiap iklan bersama-sama. Apakah kamu akan melamar? Apa yang terasa janggal? "
                    + "Setelah berdiskusi, buka “Tunjukkan tanda bahaya”: kata-kata yang ditandai [1] sesuai "
                    + "dengan tanda nomor 1 di daftar."
                show = "Tunjukkan tanda bahaya"
                evidence = "Kata-kata dalam iklan"
                chance = "kemungkinan penipuan"
                truncated = "Iklan ini sangat panjang: hanya bagian awalnya yang diperiksa."
                ad = { "Iklan \($0)" }
            case .vietnamese:
                title = "Nhận biết dấu hiệu của tin tuyển dụng lừa đảo"
                intro =
                    "Cùng đọc từng tin. Bạn có ứng tuyển không? Điều gì có vẻ không ổn? "
                    + "Sau khi thảo luận, hãy mở “Xem dấu hiệu cảnh báo”: những từ được đánh dấu [1] ứng với "
                    + "dấu hiệu số 1 trong danh sách."
                show = "Xem dấu hiệu cảnh báo"
                evidence = "Từ ngữ trong tin"
                chance = "khả năng lừa đảo"
                truncated = "Tin này rất dài: chỉ phần đầu được kiểm tra."
                ad = { "Tin tuyển dụng \($0)" }
            default:
                title = "Spot the warning signs of a fake job offer"
                intro =
                    "Read each ad together. Would you apply? What feels wrong? After the discussion, open "
                    + "“Show the warning signs”: the words marked [1] go with sign number 1 in the list."
                show = "Show the warning signs"
                evidence = "Words in the ad"
                chance = "chance of a scam"
                truncated = "This ad is very long: only its beginning was checked."
                ad = { "Ad \($0)" }
            }
        }
    }

    /// Inline styles: system fonts only, AA contrast, patterns beside colours, and a print layout.
    static let style = """

        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0 auto; max-width: 48rem; padding: 1rem; color: #111; background: #fff;
          font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 0.75rem; }
        h2 { font-size: 1.3rem; line-height: 1.3; margin: 0 0 0.75rem; }
        h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
        p { margin: 0 0 0.5em; }
        .intro { margin-bottom: 1.5rem; max-width: 40rem; }
        .ad { border: 2px solid #555; border-radius: 0.5rem; padding: 1rem; margin: 0 0 1.5rem; }
        .ad-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 1rem; padding: 0.75rem 1rem;
          border-left: 0.35rem solid #555; background: #f3f3f3; font-size: 1.125rem; line-height: 1.75; }
        summary { display: list-item; cursor: pointer; min-height: 2.75rem; padding: 0.55rem 0.9rem;
          border: 2px solid #0b3d91; border-radius: 0.4rem; color: #0b3d91; font-weight: 700; }
        summary:hover { background: #e8eefa; }
        summary:focus-visible, a:focus-visible { outline: 3px solid #111; outline-offset: 2px; }
        details[open] > summary { margin-bottom: 1rem; }
        mark { color: #111; background: #ffe27a; padding: 0.05em 0.1em; border-radius: 0.15em;
          text-decoration-line: underline; text-decoration-thickness: 0.14em; text-underline-offset: 0.22em;
          text-decoration-skip-ink: none; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
        .num { font-weight: 700; text-decoration-line: underline; text-decoration-thickness: 0.14em;
          text-underline-offset: 0.22em; text-decoration-skip-ink: none; margin-right: 0.25rem; }
        .p1 { text-decoration-style: solid; } .p2 { text-decoration-style: double; }
        .p3 { text-decoration-style: dashed; } .p4 { text-decoration-style: dotted; }
        .p5 { text-decoration-style: wavy; }
        sup.ref { font-size: 0.75em; font-weight: 700; line-height: 0; margin-left: 0.1em; }
        sup.ref a { color: #0b3d91; text-decoration: none; }
        .signs { list-style: none; margin: 0 0 1rem; padding: 0; }
        .signs li { margin: 0 0 0.9rem; padding-left: 0.75rem; border-left: 0.25rem solid #555; }
        .sign { color: #333; }
        .evidence { color: #333; font-size: 0.92em; }
        q { quotes: "“" "”"; }
        .verdict { margin: 1rem 0 0.25rem; padding: 0.75rem 1rem; border: 3px solid #111; border-radius: 0.4rem;
          background: #fff; }
        .v-scam { border-color: #a4000f; background: #fdecee; }
        .v-suspicious { border-color: #8a4500; border-style: dashed; background: #fff3e0; }
        .v-legit { border-color: #1b5e20; border-style: dotted; background: #eaf5ea; }
        .print-answers { display: none; }
        @media (max-width: 30rem) {
          body { padding: 0.6rem; }
          .ad { padding: 0.75rem; border-width: 1px; }
          .ad-text { padding: 0.6rem 0.7rem; font-size: 1.0625rem; }
        }
        @media print {
          @page { margin: 14mm; }
          body { max-width: none; padding: 0; font-size: 10pt; line-height: 1.4; }
          h1 { font-size: 14pt; margin: 0 0 0.4rem; }
          .intro { display: none; }
          h2 { font-size: 13pt; break-after: avoid; page-break-after: avoid; }
          h3 { font-size: 11pt; margin: 0.5rem 0 0.3rem; break-after: avoid; page-break-after: avoid; }
          .ad { border: 1px solid #000; padding: 0.6rem 0.8rem; margin-bottom: 1rem;
            break-inside: avoid; page-break-inside: avoid; }
          .ad-text, .signs li, .verdict { break-inside: avoid; page-break-inside: avoid; }
          .ad-text { font-size: 11pt; line-height: 1.6; border-left-color: #000; padding: 0.2rem 0.7rem; margin-bottom: 0.5rem; }
          .signs { columns: 2; column-gap: 1.5rem; font-size: 9.5pt; line-height: 1.3; }
          .signs li { margin-bottom: 0.35rem; padding-left: 0.5rem; }
          p { margin-bottom: 0.25em; }
          /* The marked copy holds the whole ad: print it alone, with its answers, instead of the details element. */
          .ad > .ad-text, details { display: none; }
          .print-answers { display: block; }
          .ad-text, mark, .verdict { background: none; }
          mark { padding: 0; }
          .verdict { padding: 0.3rem 0.6rem; margin-top: 0.5rem; }
        }

        """
}
