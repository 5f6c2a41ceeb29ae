// Tests of cutting an ad into plain and marked runs by its evidence.

import Testing

@testable import ScamSignals

struct MarkedTextTests {
    static func signal(_ spans: [Range<Int>], in text: String) -> Signal {
        let bytes = Array(text.utf8)
        let evidence = spans.map { r in
            Evidence(
                start: r.lowerBound, end: r.upperBound,
                text: r.lowerBound >= 0 && r.upperBound <= bytes.count && !r.isEmpty
                    ? String(decoding: bytes[r], as: UTF8.self) : "")
        }
        return Signal(
            id: "s", category: "c", weight: 1, title: "", sign: "", explanation: "", evidence: evidence, pack: "test")
    }

    @Test("overlapping spans of different signs merge into one run carrying both numbers")
    func overlapping() {
        let text = "gaji besar di Kamboja, tiket gratis"
        let signals = [Self.signal([0..<10, 23..<28], in: text), Self.signal([5..<21], in: text)]
        #expect(
            MarkedText.runs(text, signals) == [
                .marked("gaji besar di Kamboja", signs: [1, 2]), .plain(", "), .marked("tiket", signs: [1]),
                .plain(" gratis"),
            ])
    }

    @Test("offsets are UTF-8 bytes: accented words are cut where the evidence says")
    func utf8() {
        let text = "Tuyển gấp, lương cao"
        let start = Array("Tuyển gấp, ".utf8).count
        let runs = MarkedText.runs(
            text, [Self.signal([0..<Array("Tuyển gấp".utf8).count, start..<Array(text.utf8).count], in: text)])
        #expect(runs == [.marked("Tuyển gấp", signs: [1]), .plain(", "), .marked("lương cao", signs: [1])])
    }

    @Test("spans outside the text, reversed or empty are dropped; the text is always complete")
    func untrusted() {
        let text = "chat WA"
        let broken = Signal(
            id: "s", category: "c", weight: 1, title: "", sign: "", explanation: "",
            evidence: [
                Evidence(start: 5, end: 2, text: ""), Evidence(start: 3, end: 3, text: ""),
                Evidence(start: 5, end: 99, text: ""),
            ], pack: "test")
        #expect(MarkedText.runs(text, [broken]) == [.plain("chat WA")])
        #expect(MarkedText.runs("", [broken]) == [])
    }

    @Test("the teacher view marks exactly the runs")
    func teacherView() {
        let text = SampleAd.all[0].text
        let a = Classifier.default.assess(text, explanationLanguage: .english)
        let rendered = TeacherView.render(text, a, language: .english, color: false)
        for case .marked(let words, let signs) in MarkedText.runs(text, a.signals) {
            #expect(rendered.contains("⟦\(words)⟧[\(signs.map(String.init).joined(separator: ","))]"))
        }
    }
}
