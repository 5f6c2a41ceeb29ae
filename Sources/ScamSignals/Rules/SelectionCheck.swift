// The structured check of `no-real-requirements`: "no experience needed" is harmless beside a real selection.

/// Drops a "no experience needed" firing when the ad describes a real selection step elsewhere.
///
/// Graduate programmes, internships and trainee posts say "tanpa pengalaman", "không yêu cầu kinh nghiệm" or
/// "no experience required" and then test their applicants: a written test, a psychometric test, an interview
/// with the manager. The warning sign is a job with no selection at all, so a firing that overlaps an
/// `@entry_level` phrase is dropped when the ad names a step of `@selection_step` anywhere that is not
/// itself negated ("không cần tham gia phỏng vấn" is no selection). Firings about other waived requirements
/// ("no interview", "everyone is accepted") are kept.
///
/// ```swift
/// // fires:  "Tanpa pengalaman, langsung kerja!"
/// // silent: "Fresh graduate tanpa pengalaman boleh daftar. Tahapan seleksi: psikotes, wawancara HR."
/// ```
struct SelectionCheck: Sendable {
    /// The name a sign gives in its `check` field to run this check.
    static let name = "selection"
    /// The sets this check reads (compiled as cues by ``RuleSet``).
    static let cueSets = ["selection_step"]

    /// Whether the firing over positions `match` stands; `isNegated` tells whether a cue starting at a
    /// position is negated.
    func keeps(_ match: Range<Int>, cues: [String: [Range<Int>]], isNegated: (Int) -> Bool) -> Bool {
        guard (cues["entry_level"] ?? []).contains(where: { $0.overlaps(match) }) else { return true }
        return !(cues["selection_step"] ?? []).contains { !$0.overlaps(match) && !isNegated($0.lowerBound) }
    }
}
