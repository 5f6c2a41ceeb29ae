// The structured check of `upfront-fees`: a public course's fee is no job fee when the ad says it is no job.

/// Drops fee firings in an ad that presents itself as a course and says it is not a job offer, or never
/// speaks of a job at all.
///
/// Colleges, training centres and `LKP`s advertise courses with their fee ("biaya Rp 1.200.000 untuk 5
/// pertemuan", "học phí 2,5 triệu", "£240 for 8 weeks") and often say outright that the course is not part of
/// any hiring ("bukan lowongan kerja", "không gắn với việc tuyển dụng", "not a job offer"). The warning sign is
/// a fee tied to getting or starting a job, so when the ad has a `@not_job_offer` phrase anywhere, its fee
/// firings are dropped, unless the ad also ties a payment to the job with a
/// `@job_tied_fee` phrase ("before you start the job", "sebelum mulai kerja", "trước khi nhận việc").
/// Most course ads say neither: in an ad with no word of a job anywhere (`@job_offer`: "lowongan", "lương",
/// "hiring", "salary"), a fee firing on the course itself (a `@course_offer` word, "kursus", "học phí",
/// "workshop", earlier in its clause or inside it) is read the same way. A fee elsewhere in such an ad (a
/// fake cheque for "piano lessons" that asks for the rest back) still fires.
///
/// ```swift
/// // fires:  "Before you start the job you must complete our paid training course, $250."
/// // silent: "Evening bookkeeping course, £240 for 8 weeks. It's a training course, not a job offer."
/// // silent: "Weekend pottery workshop at the arts centre, £60 including materials, all welcome."
/// // fires:  "Khóa học đào tạo nghề 2 triệu, học xong nhận đi làm luôn, lương 12tr"
/// ```
struct CourseFeeCheck: Sendable {
    /// The name a sign gives in its `check` field to run this check.
    static let name = "course-fee"
    /// The sets this check reads (compiled as cues by ``RuleSet``).
    static let cueSets = ["not_job_offer", "job_tied_fee", "course_offer", "job_offer"]

    /// Whether the fee firing over positions `match` stands; `sameClause(cue)` tells whether a cue overlaps the
    /// firing or stands before it in its clause.
    func keeps(_ match: Range<Int>, cues: [String: [Range<Int>]], sameClause: (Range<Int>) -> Bool) -> Bool {
        func has(_ set: String) -> Bool { !(cues[set] ?? []).isEmpty }
        let courseFee = !has("job_offer") && (cues["course_offer"] ?? []).contains(where: sameClause)
        guard has("not_job_offer") || courseFee else { return true }
        return has("job_tied_fee")
    }
}
