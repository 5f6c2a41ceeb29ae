// The structured salary check: pay normalized to US dollars a month, compared with the place's entry wage.

/// Flags pay far above what the role, the required experience and the place justify.
///
/// Every money token that reads as pay (it has a period, or a pay word such as `gaji`, `lương`, `salary`
/// stands just before it) is converted to a monthly amount in US dollars with the embedded wage table, and
/// divided by a reference entry-level monthly wage: the higher of the reader's home country (Indonesia for an
/// Indonesian ad, Vietnam for a Vietnamese one; for other ads the country of a national currency such as
/// pesos, ringgit or naira, else an international floor of 1,000 USD, as English ads in dollars reach readers
/// everywhere) and the place of work (the first foreign country or city the ad names, else the country of the
/// currency). The sign fires when that ratio exceeds a factor that depends on the role:
///
/// | the ad says (the first row that applies wins) | factor |
/// |---|---|
/// | no experience, any education (`@entry_level`) | 2.5, or 1.5 with easy work |
/// | senior role or long experience (`@senior`) | 20 |
/// | a skilled trade or profession, a degree, a licence (`@skilled`) | 8 |
/// | easy work from a phone or from home (`@easy_work`) | 1.5 |
/// | an unskilled role: cashier, cleaner, packer, `tạp vụ` (`@unskilled_role`) | 2.5 |
/// | nothing about level | 3.5 |
///
/// "No experience" outranks a senior title (a manager's pay for a beginner is the lure itself); otherwise a
/// senior or skilled role outranks easy work and unskilled roles named in passing: a developer who works
/// "2 days from home", or a supervisor of cashiers, is paid at a developer's or a supervisor's rate.
/// Hourly pay counts 173 hours a month, daily pay 26 days (``PayPeriod/perMonth``), so an hourly rate is
/// compared with the entry hourly rate. An amount in US dollars in an ad that is neither Indonesian nor
/// Vietnamese (English, or too short to tell), with no foreign place, is read as US pay.
///
/// So `500k/ngày` with "chỉ cần điện thoại" (13 million VND a month, about 1.9× Vietnam's typical entry
/// wage of 7 million) fires, while a senior developer at 70 million VND in Hanoi (10×, under 20) does not.
/// A period written before the amount counts too (`sehari bisa dapat 400rb`, `mỗi ngày 500k`), and so does a
/// bare period word right after a pay word (`lương tuần 10 triệu`, `lương giờ 300k`).
struct SalaryCheck: Sendable {
    static let cueSets = ["entry_level", "easy_work", "senior", "skilled", "unskilled_role", "salary_words"]
    static let easyWorkFactor = 1.5
    static let entryFactor = 2.5
    static let defaultFactor = 3.5
    static let skilledFactor = 8.0
    /// Senior pay spreads widest where entry wages are low: a director in Hanoi earns 15–20× a new worker.
    static let seniorFactor = 20.0
    /// The reference for English ads, read across countries: an international entry-level floor in USD a month.
    static let internationalFloorUSD = 1000.0
    /// Amounts under this many US dollars a month are not read as pay (fees, prices, bonuses per task).
    static let minimumMonthlyUSD = 50.0
    /// Amounts without a period at or above this many US dollars are read as yearly pay.
    static let annualThresholdUSD = 30_000.0

    let wages: WageTable

    /// The evidence ranges (bytes) of the unrealistic amounts, or `nil`.
    func evaluate(_ view: MatchView, cues: [String: [Range<Int>]], places: [(position: Int, country: Int)]) -> [Range<
        Int
    >]? {
        let text = view.text
        let easy = !(cues["easy_work"] ?? []).isEmpty
        let entry = !(cues["entry_level"] ?? []).isEmpty
        let senior = !(cues["senior"] ?? []).isEmpty
        let skilled = !(cues["skilled"] ?? []).isEmpty
        let unskilled = !(cues["unskilled_role"] ?? []).isEmpty
        let factor =
            entry
            ? (easy ? Self.easyWorkFactor : Self.entryFactor)
            : senior
                ? Self.seniorFactor
                : skilled
                    ? Self.skilledFactor
                    : easy ? Self.easyWorkFactor : unskilled ? Self.entryFactor : Self.defaultFactor
        let payWordEnds = Set((cues["salary_words"] ?? []).map { $0.upperBound - 1 })
        let home: String? =
            switch text.language.language {
            case .indonesian: "ID"
            case .vietnamese: "VN"
            default: nil
            }
        let foreign = places.first { wages.countries[$0.country].code != home }.map { wages.countries[$0.country] }
        var hits: [Range<Int>] = []
        for p in 0..<view.count {
            let token = view.token(p)
            guard token.kind == .money, let amount = text.amount(of: token), let currency = amount.currency else {
                continue
            }
            let before = max(0, p - 4)..<p
            let writtenPeriod = amount.period ?? periodBefore(p, in: view, payWordEnds: payWordEnds)
            let isPay =
                writtenPeriod != nil
                || before.contains { payWordEnds.contains($0) && view.clauses[$0] == view.clauses[p] }
            guard isPay, let usd = wages.usd(amount.high, currency: currency) else { continue }
            // Without a period, an amount above 30,000 USD is an annual salary ("$165,000 – $190,000").
            let period = writtenPeriod ?? (usd >= Self.annualThresholdUSD ? .year : .month)
            let monthly = usd * period.perMonth
            guard monthly >= Self.minimumMonthlyUSD else { continue }
            let place =
                foreign ?? wages.country(forCurrency: currency)
                ?? (currency == "USD" && home == nil ? wages.country(code: "US") : nil)
            // An ad with no home language (English, or too short to tell) is read by its currency: pay in pesos,
            // ringgit or rupiah is offered to readers in that country, not weighed against the international floor.
            let reader = home ?? wages.country(forCurrency: currency)?.code
            let homeReference =
                reader.flatMap(wages.country(code:)).flatMap(wages.entryMonthlyUSD) ?? Self.internationalFloorUSD
            let reference = max(homeReference, place.flatMap(wages.entryMonthlyUSD) ?? 0)
            if monthly / reference > factor { hits.append(token.range) }
        }
        return hits.isEmpty ? nil : hits
    }

    /// A pay period named up to three tokens before an amount, in its clause, as a compound (`sehari … 400rb`,
    /// `daily`), after a distributive word (`mỗi ngày 500k`, `per day $300`) or right after a pay word
    /// (`lương tuần 10 triệu`, `gaji jam 50rb`); not a bare unit (`1,5 tiếng, 200k`).
    func periodBefore(_ p: Int, in view: MatchView, payWordEnds: Set<Int> = []) -> PayPeriod? {
        var q = p - 1
        let vocabulary = TokenVocabulary.shared
        while q >= 0 && q >= p - 3 && view.clauses[q] == view.clauses[p] {
            let key = view.token(q).key
            if case .period(let period)? = vocabulary.word(key) {
                if TokenBuilder.isCompoundPeriod(key) { return period }
                if q > 0, vocabulary.word(view.token(q - 1).key) == .per { return period }
                if payWordEnds.contains(q - 1) { return period }
            }
            q -= 1
        }
        return nil
    }
}
