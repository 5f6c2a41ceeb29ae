// The structured checks of `travel-paid-upfront` and `high-risk-destination`: a lawful placement abroad.

/// Drops travel and destination firings in an ad that reads, as a whole, as a lawful placement with a
/// findable employer.
///
/// Employers abroad pay the flights of the people they hire ("air ticket and visa provided by employer",
/// "vé máy bay khứ hồi do công ty chi trả", "tiket rotasi ditanggung perusahaan"), and plantations, factories
/// and banks in Phnom Penh hire chief accountants. The warning signs are a recruiter who fronts the travel
/// to make someone leave fast, on a tourist visa or into debt, and entry-level chat, admin or casino work in a
/// scam hub. So the ad is read as a lawful placement when it states the terms of real employment
/// (`@work_contract`: an employment contract, a work visa or permit, a rotation or a leave ticket), can be
/// traced (``AdIdentity/hasOtherChannel``: an address, a website or a company e-mail) or names a placement
/// licence (`@placement_licence`), and says nothing of a hasty or irregular departure (`@placement_haste`:
/// a tourist visa, leaving this week, crossing overland). Negated cues ("no contract") do not count.
///
/// - A travel firing is dropped in such an ad.
/// - A destination firing is dropped in such an ad when the post also asks for seniority (`@senior`: a
///   director, "10 năm kinh nghiệm") and is not entry-level (`@entry_level`), unless the firing names a scam
///   hub role itself (`@risky_role`: "customer service", "trực page").
///
/// ```swift
/// // fires:  "Flight is on us, you fly out Friday on a tourist visa."
/// // silent: "Two-year employment contract; work visa and return flights provided by the employer.
/// //          Apply: careers@clinic.example"
/// // silent: "Kế toán trưởng tại Phnom Penh, 7 năm kinh nghiệm, giấy phép lao động, hr@mekong.example"
/// ```
struct PlacementCheck: Sendable {
    /// The name a travel sign gives in its `check` field to run this check.
    static let travelName = "placement"
    /// The name a destination sign gives in its `check` field to run this check.
    static let destinationName = "placement-role"
    /// The sets this check reads (compiled as cues by ``RuleSet``).
    static let cueSets = [
        "work_contract", "placement_licence", "placement_haste", "senior", "entry_level", "risky_role",
    ]

    /// Whether the ad reads as a lawful placement; `isNegated` tells whether a cue starting at a position is
    /// negated.
    func isLawful(_ identity: AdIdentity, cues: [String: [Range<Int>]], isNegated: (Int) -> Bool) -> Bool {
        func has(_ set: String) -> Bool { (cues[set] ?? []).contains { !isNegated($0.lowerBound) } }
        guard !has("placement_haste") else { return false }
        let licensed = has("placement_licence")
        return licensed || has("work_contract") && identity.hasOtherChannel
    }

    /// Whether the destination firing over positions `match` stands in an ad read as a lawful placement.
    func keepsDestination(_ match: Range<Int>, cues: [String: [Range<Int>]]) -> Bool {
        func has(_ set: String) -> Bool { !(cues[set] ?? []).isEmpty }
        guard has("senior") && !has("entry_level") else { return true }
        return (cues["risky_role"] ?? []).contains { $0.overlaps(match) }
    }
}
