// An ad cut into plain and marked runs, each marked run carrying the numbers of the signs it is evidence for.

/// The ad's text as a sequence of runs, for views that mark evidence (``TeacherView``, ``LessonPage``).
///
/// Signs are numbered from 1 in the assessment's order (strongest first). Evidence spans that overlap,
/// within a sign or across signs, merge into one marked run carrying all their numbers, so no words are
/// marked twice and the marks never nest.
enum MarkedText {
    /// A stretch of the ad: either plain words or words that are evidence for the signs numbered `signs`.
    enum Run: Hashable {
        case plain(String)
        case marked(String, signs: [Int])
    }

    /// Cuts `text` into runs by the evidence of `signals` (UTF-8 byte offsets into `text`).
    ///
    /// Spans that fall outside the text, or end before they start, are dropped rather than trusted.
    static func runs(_ text: String, _ signals: [Signal]) -> [Run] {
        let bytes = Array(text.utf8)
        var spans: [(range: Range<Int>, numbers: [Int])] = []
        for (n, s) in signals.enumerated() {
            for e in s.evidence where e.start <= e.end { spans.append((e.start..<e.end, [n + 1])) }
        }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        var merged: [(range: Range<Int>, numbers: [Int])] = []
        for s in spans {
            if let last = merged.last, s.range.lowerBound < last.range.upperBound {
                merged[merged.count - 1] = (
                    last.range.lowerBound..<max(last.range.upperBound, s.range.upperBound),
                    Array(Set(last.numbers + s.numbers)).sorted()
                )
            } else {
                merged.append(s)
            }
        }
        var runs: [Run] = []
        var at = 0
        for s in merged where s.range.lowerBound >= at && s.range.upperBound <= bytes.count && !s.range.isEmpty {
            if at < s.range.lowerBound {
                runs.append(.plain(String(decoding: bytes[at..<s.range.lowerBound], as: UTF8.self)))
            }
            runs.append(.marked(String(decoding: bytes[s.range], as: UTF8.self), signs: s.numbers))
            at = s.range.upperBound
        }
        if at < bytes.count { runs.append(.plain(String(decoding: bytes[at...], as: UTF8.self))) }
        return runs
    }
}
