// The teacher's view: an ad with numbered, highlighted evidence and a legend in the chosen language.

/// Renders an assessment for a class: the ad with each warning sign's words marked `⟦…⟧[n]`, then a legend.
///
/// The numbers carry the meaning; colour (ANSI reverse video) only adds emphasis on a terminal.
public enum TeacherView {
    /// The verdict in plain words.
    public static func verdictText(_ verdict: Verdict, in language: Language) -> String {
        switch (verdict, language) {
        case (.scam, .indonesian):
            "Kemungkinan besar PENIPUAN. Jangan membalas, jangan membayar apa pun, jangan kirim dokumen."
        case (.scam, .vietnamese): "Rất có thể là LỪA ĐẢO. Đừng trả lời, đừng chuyển tiền, đừng gửi giấy tờ."
        case (.scam, _): "Very likely a SCAM. Do not reply, do not pay anything, do not send documents."
        case (.suspicious, .indonesian):
            "MENCURIGAKAN. Periksa perusahaan dan lowongan ini lewat saluran resmi sebelum melamar."
        case (.suspicious, .vietnamese):
            "ĐÁNG NGỜ. Hãy kiểm tra công ty và tin tuyển dụng qua kênh chính thức trước khi ứng tuyển."
        case (.suspicious, _): "SUSPICIOUS. Check the company and the job through official channels before applying."
        case (.legit, .indonesian):
            "Tidak ditemukan tanda bahaya yang kuat. Tetap periksa perusahaannya sebelum melamar."
        case (.legit, .vietnamese):
            "Không thấy dấu hiệu nguy hiểm rõ ràng. Vẫn nên kiểm tra công ty trước khi ứng tuyển."
        case (.legit, _): "No strong warning signs found. Still check the company before applying."
        }
    }

    /// A probability as a whole percentage, as the views print it ("99%").
    static func percent(_ probability: Double) -> String {
        "\(Int((probability * 100).rounded()))%"
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
        var out = ""
        for run in MarkedText.runs(text, assessment.signals) {
            switch run {
            case .plain(let words): out += words
            case .marked(let words, let signs):
                let tag = "[" + signs.map(String.init).joined(separator: ",") + "]"
                out += color ? "\u{1B}[7m⟦\(words)⟧\u{1B}[0m\u{1B}[1m\(tag)\u{1B}[0m" : "⟦\(words)⟧\(tag)"
            }
        }
        out += "\n\n"
        let h = heading(language)
        out += h.signs + ":\n"
        if assessment.signals.isEmpty { out += "  " + h.none + "\n" }
        for (n, s) in assessment.signals.enumerated() {
            out += "  [\(n + 1)] \(s.title) — \(s.sign)\n"
            out += "      \(s.explanation)\n"
        }
        out += "\n\(h.verdict): \(verdictText(assessment.verdict, in: language)) "
        out += "(\(percent(assessment.probability)))\n"
        return out
    }
}
