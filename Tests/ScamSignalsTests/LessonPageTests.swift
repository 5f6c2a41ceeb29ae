// Tests of the HTML lesson page: well-formed, self-contained, escaped, complete and localized.

import Foundation
import Testing

@testable import ScamSignals

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The elements, attributes and text of a page, read by Foundation's XML parser.
final class PageReader: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text = ""
    var error: Error?

    /// Parses `html` as XML; `nil` when it is not well-formed.
    static func read(_ html: String) -> PageReader? {
        let reader = PageReader()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = reader
        // On Linux `parse()` can return true after a mismatched tag; the error is still reported.
        return parser.parse() && parser.parserError == nil && reader.error == nil ? reader : nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append((name, attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func count(_ name: String) -> Int { elements.filter { $0.name == name }.count }
}

struct LessonPageTests {
    static func assessed(_ texts: [String], _ language: Language? = nil) -> [(text: String, assessment: Assessment)] {
        texts.map { ($0, Classifier.default.assess($0, explanationLanguage: language)) }
    }

    @Test(
        "the page is well-formed XML with one article, details and summary per ad",
        arguments: [nil, Language.indonesian, .vietnamese, .english])
    func wellFormed(language: Language?) throws {
        let items = Self.assessed(SampleAd.all.map(\.text), language)
        let html = LessonPage.html(items, language: language)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language?.rawValue ?? "en")\">"))
        let page = try #require(PageReader.read(html), "not well-formed XML")
        #expect(page.count("article") == items.count)
        #expect(page.count("details") == items.count)
        #expect(page.count("summary") == items.count)
        #expect(page.count("title") == 1 && page.count("h1") == 1 && page.count("style") == 1)
        #expect(page.elements.contains { $0.name == "meta" && $0.attributes["charset"] == "utf-8" })
        #expect(page.elements.contains { $0.name == "meta" && $0.attributes["name"] == "viewport" })
        let ids = page.elements.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count, "ids are unique")
        for element in page.elements where element.name == "a" {
            let target = try #require(element.attributes["href"]?.dropFirst())
            #expect(ids.contains(String(target)), "\(target) links inside the page")
        }
    }

    @Test(
        "every sign of every ad is in the legend: title, sign, explanation; the verdict in words with its probability")
    func complete() throws {
        let items = Self.assessed(SampleAd.all.map(\.text))
        let html = LessonPage.html(items, language: nil)
        let page = try #require(PageReader.read(html))
        for (text, a) in items {
            let language = LessonPage.explanationLanguage(of: a)
            for s in a.signals {
                for part in [s.title, s.sign, s.explanation] {
                    #expect(page.text.contains(part), "\(s.id) in \(language)")
                }
                for e in s.evidence { #expect(page.text.contains(e.text)) }
            }
            #expect(page.text.contains(TeacherView.verdictText(a.verdict, in: language)))
            #expect(page.text.contains(TeacherView.percent(a.probability)))
            #expect(page.text.contains(text), "the ad as written, line breaks and all")
        }
        #expect(page.count("mark") > 0)
        #expect(page.count("ol") == items.filter { !$0.assessment.signals.isEmpty }.count * 2, "on screen and in print")
    }

    @Test("marks are the merged evidence, numbered like the legend, with the pattern of their first sign")
    func marks() throws {
        let text = SampleAd.all[0].text
        let a = Classifier.default.assess(text, explanationLanguage: .english)
        let html = LessonPage.html([(text, a)], language: .english)
        var expected = 0
        for run in MarkedText.runs(text, a.signals) {
            guard case .marked(let words, let signs) = run else { continue }
            expected += 1
            let link = signs.map { "<a href=\"#ad-1-sign-\($0)\">\($0)</a>" }.joined(separator: ",")
            #expect(
                html.contains(
                    "<mark class=\"p\(LessonPage.pattern(signs[0]))\">\(LessonPage.escape(words))</mark><sup class=\"ref\">[\(link)]</sup>"
                ))
        }
        let page = try #require(PageReader.read(html))
        #expect(page.count("mark") == expected * 2)
        for k in 1...a.signals.count { #expect(html.contains("<li id=\"ad-1-sign-\(k)\">")) }
    }

    @Test("a hostile ad and title are escaped: no raw tags, quotes or control characters reach the page")
    func hostile() throws {
        let ad =
            "<script>alert(1)</script> & \"quotes\" 'single' \u{0}\u{1B}[7m <img src=x onerror=alert(2)>\nWA 0812-0000-4417, tiket gratis"
        let html = LessonPage.html(Self.assessed([ad]), language: .english, title: "</title><script>alert(3)</script>")
        let page = try #require(PageReader.read(html))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;"))
        #expect(!html.contains("\u{0}") && !html.contains("\u{1B}"))
        #expect(page.elements.allSatisfy { !["script", "img", "iframe", "object", "embed", "link"].contains($0.name) })
        #expect(page.elements.allSatisfy { $0.attributes.keys.allSatisfy { !$0.hasPrefix("on") } })
        #expect(page.text.contains("</title><script>alert(3)</script>"), "the title is shown as text")
    }

    @Test("the page is self-contained: no scripts, no external fonts, images, styles or links")
    func selfContained() throws {
        let ads =
            SampleAd.all.map(\.text) + [
                "Apply at https://jobs.example/apply, photo http://cdn.example/x.png, gaji 20jt, chat WA"
            ]
        let html = LessonPage.html(Self.assessed(ads), language: nil)
        let page = try #require(PageReader.read(html))
        for element in page.elements {
            #expect(element.attributes["src"] == nil, "\(element.name)")
            if let href = element.attributes["href"] { #expect(href.hasPrefix("#"), "\(href)") }
        }
        let css = html[html.range(of: "<style>")!.upperBound..<html.range(of: "</style>")!.lowerBound]
        for banned in ["url(", "@import", "@font-face", "http:", "https:"] { #expect(!css.contains(banned)) }
        // Web addresses in an ad are text for the class to look at, never something the page loads or links.
        let withoutAd = SampleAd.all.map(\.text)
        let plain = LessonPage.html(Self.assessed(withoutAd), language: nil)
        #expect(!plain.contains("http://") && !plain.contains("https://"))
        #expect(!html.contains("=\"http"))
    }

    @Test("the page speaks the chosen language; with none, each ad its own")
    func languages() throws {
        let items = Self.assessed(SampleAd.all.map(\.text))
        let mixed = LessonPage.html(items, language: nil)
        #expect(mixed.contains("<html lang=\"en\">"))
        #expect(mixed.contains("<article class=\"ad\" id=\"ad-1\" lang=\"id\""))
        #expect(
            mixed.contains("Tunjukkan tanda bahaya") && mixed.contains("Xem dấu hiệu cảnh báo")
                && mixed.contains("Show the warning signs"))
        let vietnamese = LessonPage.html(Self.assessed(SampleAd.all.map(\.text), .vietnamese), language: .vietnamese)
        #expect(vietnamese.contains("<html lang=\"vi\">"))
        #expect(vietnamese.contains("<h2 id=\"ad-1-title\">Tin tuyển dụng 1</h2>"))
        #expect(vietnamese.contains("<blockquote class=\"ad-text\" lang=\"id\">"), "the ad keeps its own language")
        #expect(!vietnamese.contains("Show the warning signs"))
        let titled = LessonPage.html(items, language: .indonesian, title: "Kelas 9B")
        #expect(titled.contains("<title>Kelas 9B</title>") && titled.contains("<h1>Kelas 9B</h1>"))
        let indonesian = LessonPage.html(Self.assessed([SampleAd.all[0].text]), language: nil)
        #expect(indonesian.contains("<html lang=\"id\">") && indonesian.contains("Kenali tanda bahaya"))
    }

    @Test("line breaks are kept, the trailing blank lines of a file are not, and an empty list is a valid page")
    func edges() throws {
        let ad = "LOKER Kamboja\ngaji 25jt\n\ntiket gratis, chat WA\n\n\n"
        let html = LessonPage.html(Self.assessed([ad]), language: .indonesian)
        #expect(
            html.contains(
                "<blockquote class=\"ad-text\" lang=\"id\">LOKER Kamboja\ngaji 25jt\n\ntiket gratis, chat WA</blockquote>"
            ))
        #expect(PageReader.read(html) != nil)
        let legit = LessonPage.html(Self.assessed([SampleAd.all[5].text]), language: .english)
        #expect(legit.contains("No warning signs found.") || legit.contains("<ol class=\"signs\">"))
        #expect(
            PageReader.read("<a><b></a>") == nil && PageReader.read("<a>x & y</a>") == nil, "the reader does reject")
        let empty = LessonPage.html([], language: nil)
        let page = try #require(PageReader.read(empty))
        #expect(page.count("article") == 0 && page.count("main") == 1)
    }
}
