// The structured salary check: pay normalized to US dollars a month, compared with the place's entry wage.

/// Flags pay far above what the role, the required experience and the place justify.
///
/// Every money token that reads as pay (it has a period, or a pay word such as `gaji`, `lương`, `salary`
/// stands just before it) is converted to a monthly amount in US dollars with the embedded wage table, and
/// divided by the typical entry-level monthly wage of the place of work: the first foreign country or city
/// the ad names, else the country of the currency, else the country of the ad's language. The sign fires
/// when that ratio exceeds a factor that depends on the role:
///
/// | the ad says | factor |
/// |---|---|
/// | easy work from a phone or from home (`@easy_work`) | 1.5 |
/// | no experience, any education (`@entry_level`) | 2.5 |
/// | nothing about level | 6 |
/// | senior or skilled role (`@senior`) | 15 |
///
/// So `500k/ngày` with "chỉ cần điện thoại" (13 million VND a month, about 1.9× Vietnam's typical entry
/// wage of 7 million) fires, while a senior developer at 70 million VND in Hanoi (10×, under 15) does not.
struct SalaryCheck: Sendable {
    static let cueSets = ["entry_level", "easy_work", "senior", "salary_words"]
    static let easyWorkFactor = 1.5
    static let entryFactor = 2.5
    static let defaultFactor = 6.0
    static let seniorFactor = 15.0
    /// Amounts under this many US dollars a month are not read as pay (fees, prices, bonuses per task).
    static let minimumMonthlyUSD = 50.0
    /// Amounts without a period at or above this many US dollars are read as yearly pay.
    static let annualThresholdUSD = 30_000.0

    let wages: WageTable

    /// The evidence ranges (bytes) of the unrealistic amounts, or `nil`.
    func evaluate(_ view: MatchView, cues: [String: [Range<Int>]], places: [(position: Int, country: Int)]) -> [Range<Int>]? {
        let text = view.text
        let easy = !(cues["easy_work"] ?? []).isEmpty
        let entry = !(cues["entry_level"] ?? []).isEmpty
        let senior = !(cues["senior"] ?? []).isEmpty
        let factor = easy ? Self.easyWorkFactor : entry ? Self.entryFactor : senior ? Self.seniorFactor : Self.defaultFactor
        let payWordEnds = Set((cues["salary_words"] ?? []).map { $0.upperBound - 1 })
        let home: String? = switch text.language.language {
        case .indonesian: "ID"
        case .vietnamese: "VN"
        default: nil
        }
        let foreign = places.first { wages.countries[$0.country].code != home }.map { wages.countries[$0.country] }
        var hits: [Range<Int>] = []
        for p in 0..<view.count {
            let token = view.token(p)
            guard token.kind == .money, let amount = text.amount(of: token), let currency = amount.currency else { continue }
            let isPay = amount.period != nil || (max(0, p - 4)..<p).contains { payWordEnds.contains($0) && view.clauses[$0] == view.clauses[p] }
            guard isPay, let usd = wages.usd(amount.high, currency: currency) else { continue }
            // Without a period, an amount above 30,000 USD is an annual salary ("$165,000 – $190,000").
            let period = amount.period ?? (usd >= Self.annualThresholdUSD ? .year : .month)
            let monthly = usd * period.perMonth
            guard monthly >= Self.minimumMonthlyUSD else { continue }
            let place = foreign ?? wages.country(forCurrency: currency)
                ?? home.flatMap(wages.country(code:)) ?? wages.country(code: "US")
            guard let place, let reference = wages.entryMonthlyUSD(place), reference > 0 else { continue }
            if monthly / reference > factor { hits.append(token.range) }
        }
        return hits.isEmpty ? nil : hits
    }
}
