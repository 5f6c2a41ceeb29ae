// The teacher's view: an ad with numbered, highlighted evidence and a legend in the chosen language.

/// Renders an assessment for a class: the ad with each warning sign's words marked `⟦…⟧[n]`, then a legend.
///
/// The numbers carry the meaning; colour (ANSI reverse video) only adds emphasis on a terminal.
public enum TeacherView {
    /// The verdict in plain words.
    public static func verdictText(_ verdict: Verdict, in language: Language) -> String {
        switch (verdict, language) {
        case (.scam, .indonesian): "Kemungkinan besar PENIPUAN. Jangan membalas, jangan membayar apa pun, jangan kirim dokumen."
        case (.scam, .vietnamese): "Rất có thể là LỪA ĐẢO. Đừng trả lời, đừng chuyển tiền, đừng gửi giấy tờ."
        case (.scam, _): "Very likely a SCAM. Do not reply, do not pay anything, do not send documents."
        case (.suspicious, .indonesian): "MENCURIGAKAN. Periksa perusahaan dan lowongan ini lewat saluran resmi sebelum melamar."
        case (.suspicious, .vietnamese): "ĐÁNG NGỜ. Hãy kiểm tra công ty và tin tuyển dụng qua kênh chính thức trước khi ứng tuyển."
        case (.suspicious, _): "SUSPICIOUS. Check the company and the job through official channels before applying."
        case (.legit, .indonesian): "Tidak ditemukan tanda bahaya yang kuat. Tetap periksa perusahaannya sebelum melamar."
        case (.legit, .vietnamese): "Không thấy dấu hiệu nguy hiểm rõ ràng. Vẫn nên kiểm tra công ty trước khi ứng tuyển."
        case (.legit, _): "No strong warning signs found. Still check the company before applying."
        }
    }

    static func heading(_ language: Language) -> (signs: String, verdict: String, none: String) {
        switch language {
        case .indonesian: ("Tanda bahaya", "Kesimpulan", "Tidak ada tanda bahaya yang ditemukan.")
        case .vietnamese: ("Dấu hiệu cảnh báo", "Kết luận", "Không tìm thấy dấu hiệu cảnh báo.")
        default: ("Warning signs", "Verdict", "No warning signs found.")
        }
    }

    /// The marked-up ad and legend as plain text (with ANSI emphasis when `color` is true).
    public static func render(_ text: String, _ assessment: Assessment, language: Language, color: Bool) -> String {
        let bytes = Array(text.utf8)
        // Each evidence span with the numbers of the signs it belongs to; overlapping spans are merged.
        var spans: [(range: Range<Int>, numbers: [Int])] = []
        for (n, s) in assessment.signals.enumerated() {
            for e in s.evidence { spans.append((e.start..<e.end, [n + 1])) }
        }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        var merged: [(range: Range<Int>, numbers: [Int])] = []
        for s in spans {
            if let last = merged.last, s.range.lowerBound < last.range.upperBound {
                merged[merged.count - 1] = (last.range.lowerBound..<max(last.range.upperBound, s.range.upperBound),
                                            Array(Set(last.numbers + s.numbers)).sorted())
            } else {
                merged.append(s)
            }
        }
        var out = ""
        var at = 0
        for s in merged where s.range.lowerBound >= at && s.range.upperBound <= bytes.count {
            out += String(decoding: bytes[at..<s.range.lowerBound], as: UTF8.self)
            let words = String(decoding: bytes[s.range], as: UTF8.self)
            let tag = "[" + s.numbers.map(String.init).joined(separator: ",") + "]"
            out += color ? "\u{1B}[7m⟦\(words)⟧\u{1B}[0m\u{1B}[1m\(tag)\u{1B}[0m" : "⟦\(words)⟧\(tag)"
            at = s.range.upperBound
        }
        out += String(decoding: bytes[min(at, bytes.count)...], as: UTF8.self) + "\n\n"
        let h = heading(language)
        out += h.signs + ":\n"
        if assessment.signals.isEmpty { out += "  " + h.none + "\n" }
        for (n, s) in assessment.signals.enumerated() {
            out += "  [\(n + 1)] \(s.title) — \(s.sign)\n"
            out += "      \(s.explanation)\n"
        }
        out += "\n\(h.verdict): \(verdictText(assessment.verdict, in: language)) "
        out += "(\(Int((assessment.probability * 100).rounded()))%)\n"
        return out
    }
}
