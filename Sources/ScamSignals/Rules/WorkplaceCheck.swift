// The structured check of `high-risk-destination`: the risky place must be where a job is offered.

/// Keeps a destination firing only when the risky place is read as the place of work.
///
/// News reports, travel posts, football results and warnings name Cambodia, Myanmar and Laos as often as
/// scam lures do; the warning sign is a job offered *there*. So a destination firing stands only when a word
/// near it ties the place to work: a word of a job offer (`@job_offer`: "lowongan", "tuyển", "hiring",
/// "salary"), a hub role (`@risky_role`: "customer service", "trực page") or a word that makes the place a
/// workplace, a posting or a role (`@work_tie`: "ditempatkan", "làm", "based in", "location", "rotation",
/// "teacher"). Near means inside the firing itself ("kerja di Poipet", "placement in Myawaddy"), anywhere in
/// its clause, or at most ``reach`` tokens away across clause breaks: chat lures say the job in one
/// sentence and the place in the next ("bagian admin chat, 22jt. Nanti dijemput lanjut ke Mae Sot"), and
/// labels stand on their own line ("Lokasi:\nMyawaddy"). A firing is dropped, too, when an earlier word
/// of its clause frames it as a warning, a news report or a match result (`@warning_frame`: "cảnh giác",
/// "mengingatkan", "advisory", "police", "đội tuyển"), however far it stands from the place.
///
/// ```swift
/// // fires:  "Loker luar negeri. Lokasi: Myawaddy."
/// // silent: "Police say the suspects were arrested in Cambodia after a joint operation."
/// // silent: "Khuyến cáo công dân cảnh giác trước các lời mời việc làm thu nhập cao tại Myanmar."
/// ```
struct WorkplaceCheck: Sendable {
    /// The sets this check reads (compiled as cues by ``RuleSet``).
    static let cueSets = ["work_tie", "warning_frame", "job_offer", "risky_role"]
    /// The sets whose words tie a place to work.
    static let tieSets = ["work_tie", "job_offer", "risky_role"]
    /// How many tokens may stand between a tie word in another clause and the firing.
    static let reach = 20

    /// Whether the destination firing over positions `match` stands; `clause` gives the clause of a
    /// position.
    func keeps(_ match: Range<Int>, cues: [String: [Range<Int>]], clause: (Int) -> Int) -> Bool {
        let own = clause(match.lowerBound)
        let warned = (cues["warning_frame"] ?? []).contains {
            $0.upperBound <= match.lowerBound && clause($0.lowerBound) == own
        }
        guard !warned else { return false }
        return Self.tieSets.contains { set in
            (cues[set] ?? []).contains {
                $0.overlaps(match) || clause($0.lowerBound) == own
                    || $0.upperBound <= match.lowerBound && match.lowerBound - $0.upperBound <= Self.reach
                    || $0.lowerBound >= match.upperBound && $0.lowerBound - match.upperBound <= Self.reach
            }
        }
    }
}
