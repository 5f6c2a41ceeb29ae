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
///
/// Two readings catch pay that looks ordinary but is not, for the work asked:
/// - **Stated hours** (`@work_hours`: "only 2 hours a day", "roughly 10 hrs a week", `3 jam/hari`,
///   `1 tiếng mỗi tối`): pay is scaled to full time (173 hours a month) before the comparison, so
///   "$800 weekly for 10 hours" is read as about $13,900 a month of full-time pay.
/// - **Pay per task** (`@per_task`: "$50 per review", "every survey pays $25", `250rb per ulasan`,
///   `mỗi bài đánh giá … 300k`): the amount is read as pay for one hour of work, generous for reviews, likes,
///   surveys and clips that take minutes (micro-task platforms pay cents to a few dollars a task: Pew
///   Research Center, "Research in the Crowdsourcing Age, a Case Study", July 2016), and compared with the
///   entry hourly wage with a factor of at most 2.5; skilled and senior roles keep their own factors.
struct SalaryCheck: Sendable {
    static let cueSets = [
        "entry_level", "easy_work", "senior", "skilled", "unskilled_role", "salary_words", "work_hours", "per_task",
    ]
    /// Monthly hours below this count as part-time pay, scaled to full time.
    static let partTimeMonthlyHours = 150.0
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
        let taskFactor = (senior || skilled) && !entry ? factor : min(factor, Self.entryFactor)
        let payWordEnds = Set((cues["salary_words"] ?? []).map { $0.upperBound - 1 })
        let perTask = cues["per_task"] ?? []
        let workHours = cues["work_hours"] ?? []
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
            let isTask = writtenPeriod == nil && Self.isPerTask(p, perTask, in: view)
            let isPay =
                writtenPeriod != nil || isTask
                || before.contains { payWordEnds.contains($0) && view.clauses[$0] == view.clauses[p] }
            guard isPay, let usd = wages.usd(amount.high, currency: currency) else { continue }
            // Without a period, an amount above 30,000 USD is an annual salary ("$165,000 – $190,000").
            let period = writtenPeriod ?? (usd >= Self.annualThresholdUSD ? .year : .month)
            var monthly = isTask ? usd * PayPeriod.hour.perMonth : usd * period.perMonth
            guard isTask || monthly >= Self.minimumMonthlyUSD else { continue }
            if !isTask, period != .hour, let hours = Self.statedHours(for: p, workHours, in: view),
                period != .day || hours.period == .day
            {
                // Hours without a period are a shift ("part time 3 jam"), or as often as the pay is counted.
                let monthlyHours = hours.count * (hours.period ?? (period == .week ? .week : .day)).perMonth
                if monthlyHours >= 1, monthlyHours < Self.partTimeMonthlyHours {
                    monthly *= PayPeriod.hour.perMonth / monthlyHours
                }
            }
            let place =
                foreign ?? wages.country(forCurrency: currency)
                ?? (currency == "USD" && home == nil ? wages.country(code: "US") : nil)
            // An ad with no home language (English, or too short to tell) is read by its currency: pay in pesos,
            // ringgit or rupiah is offered to readers in that country, not weighed against the international floor.
            let reader = home ?? wages.country(forCurrency: currency)?.code
            let homeReference =
                reader.flatMap(wages.country(code:)).flatMap(wages.entryMonthlyUSD) ?? Self.internationalFloorUSD
            let reference = max(homeReference, place.flatMap(wages.entryMonthlyUSD) ?? 0)
            if monthly / reference > (isTask ? taskFactor : factor) { hits.append(token.range) }
        }
        return hits.isEmpty ? nil : hits
    }

    /// Whether the amount at `p` pays for one task: a `@per_task` phrase starts right after it
    /// ("$50 per review", "$45 for each file", "$50/review"), or ends shortly before it in its clause with a
    /// distributive word first ("every review you post pays $40", "mỗi bài đánh giá được trả 300k").
    static func isPerTask(_ p: Int, _ cues: [Range<Int>], in view: MatchView) -> Bool {
        cues.contains { cue in
            guard view.clauses[cue.lowerBound] == view.clauses[p] else { return false }
            if cue.lowerBound == p + 1 { return true }
            return cue.upperBound <= p && cue.upperBound >= p - 5 && cue.count >= 2
        }
    }

    /// The working time that goes with the amount at `p`: the first `@work_hours` phrase that names its period
    /// ("10 hrs a week"), or that stands in the amount's clause ("$950 per week for roughly 15 hours").
    static func statedHours(for p: Int, _ cues: [Range<Int>], in view: MatchView) -> (
        count: Double, period: PayPeriod?
    )? {
        for cue in cues {
            guard let hours = statedHours(cue, in: view) else { continue }
            if hours.period != nil || view.clauses[cue.lowerBound] == view.clauses[p] { return hours }
        }
        return nil
    }

    /// Working time stated in a `@work_hours` phrase: how many hours, and per which period when it says so.
    static func statedHours(_ cue: Range<Int>, in view: MatchView) -> (count: Double, period: PayPeriod?)? {
        let vocabulary = TokenVocabulary.shared
        var count: Double? = nil
        var period: PayPeriod? = nil
        var sawHour = false
        for q in cue.lowerBound..<min(view.count, cue.upperBound + 2) {
            let token = view.token(q)
            if token.kind == .number, !sawHour {
                count = Self.integerValue(token, in: view.text)
                continue
            }
            guard token.kind == .word else { continue }
            if sawHour, Self.distanceWords.contains(token.key) { return nil }  // "2 hours from the city"
            if vocabulary.word(token.key) == .hourOrDay {
                sawHour = true
            } else if case .period(let pp)? = vocabulary.word(token.key) {
                if pp == .hour {
                    sawHour = true
                } else if sawHour, period == nil {
                    period = pp
                }
            } else if let n = Self.countWords[token.key], !sawHour {
                count = n
            } else if sawHour, period == nil, Self.eveningWords.contains(token.key) {
                period = .day
            }
        }
        guard sawHour, let count, count > 0, count <= (period == .week ? 60 : 16) else { return nil }
        return (count, period)
    }

    /// Small counts written as words before an hour word ("an hour", "a few hours", `vài tiếng`).
    static let countWords: [UInt64: Double] = Dictionary(
        uniqueKeysWithValues: [
            ("an", 1.0), ("one", 1), ("satu", 1), ("một", 1), ("mot", 1), ("two", 2), ("dua", 2), ("hai", 2),
            ("couple", 2), ("three", 3), ("tiga", 3), ("few", 3), ("beberapa", 3), ("vài", 3), ("vai", 3),
        ].map { (StableHash.string($0.0), $0.1) })

    /// Evening and session words that stand for a working day ("2 hours each evening", `1 tiếng mỗi tối`).
    static let eveningWords: Set<UInt64> = Set(
        ["evening", "evenings", "night", "nights", "malam", "tối", "toi", "đêm", "dem", "buổi", "buoi"].map(
            StableHash.string))

    /// Words after an hour count that make it a distance or a wait, not working time.
    static let distanceWords: Set<UInt64> = Set(
        [
            "from", "away", "drive", "flight", "by", "north", "south", "east", "west", "outside", "walk", "dari",
            "perjalanan", "từ", "tu", "cách", "cach", "bay",
        ].map(
            StableHash.string))

    /// The value of a plain integer token (`15`), without allocating; `nil` for anything else.
    static func integerValue(_ token: Token, in text: TokenizedText) -> Double? {
        var value = 0.0
        var digits = 0
        for b in text.forms[Int(token.foldedRange.lowerBound)..<Int(token.foldedRange.upperBound)] {
            guard b >= 0x30 && b <= 0x39, digits < 6 else { return nil }
            value = value * 10 + Double(b - 0x30)
            digits += 1
        }
        return digits > 0 ? value : nil
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
