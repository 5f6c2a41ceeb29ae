// The structured check of `upfront-fees`: a public course's fee is no job fee when the ad says it is no job.

/// Drops fee firings in an ad that presents itself as a course and says it is not a job offer.
///
/// Colleges, training centres and `LKP`s advertise courses with their fee ("biaya Rp 1.200.000 untuk 5
/// pertemuan", "học phí 2,5 triệu", "£240 for 8 weeks") and often say outright that the course is not part of
/// any hiring ("bukan lowongan kerja", "không gắn với việc tuyển dụng", "not a job offer"). The warning sign is
/// a fee tied to getting or starting a job, so when the ad has a `@not_job_offer` phrase anywhere, its fee
/// firings are dropped, unless the ad also ties a payment to the job with a
/// `@job_tied_fee` phrase ("before you start the job", "sebelum mulai kerja", "trước khi nhận việc").
///
/// ```swift
/// // fires:  "Before you start the job you must complete our paid training course, $250."
/// // silent: "Evening bookkeeping course, £240 for 8 weeks. It's a training course, not a job offer."
/// ```
struct CourseFeeCheck: Sendable {
    /// The name a sign gives in its `check` field to run this check.
    static let name = "course-fee"
    /// The sets this check reads (compiled as cues by ``RuleSet``).
    static let cueSets = ["not_job_offer", "job_tied_fee"]

    /// Whether the ad's fee firings stand.
    func keeps(cues: [String: [Range<Int>]]) -> Bool {
        guard let disclaimers = cues["not_job_offer"], !disclaimers.isEmpty else { return true }
        return !(cues["job_tied_fee"] ?? []).isEmpty
    }
}
