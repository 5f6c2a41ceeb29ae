// Pay as ads write it: amount or range, currency, and period.

/// How often an amount of pay is paid.
public enum PayPeriod: String, Sendable, Codable, CaseIterable {
    case hour, day, week, month, year

    /// Multiplier to a monthly amount: 173 working hours, 26 working days, 52/12 weeks a month.
    public var perMonth: Double {
        switch self {
        case .hour: 173
        case .day: 26
        case .week: 52.0 / 12.0
        case .month: 1
        case .year: 1.0 / 12.0
        }
    }
}

/// An amount of money parsed from an ad: `Rp 8-10 juta/bulan`, `$1,500/week`, `up to 70tr`.
///
/// ```swift
/// let text = Tokenizer().tokenize("Gaji 8-10 juta/bulan")
/// let pay = text.amounts[0]   // low 8_000_000, high 10_000_000, currency "IDR", period .month
/// ```
public struct MoneyAmount: Sendable, Hashable, Codable {
    /// Bottom of a range, equal to `high` for a single amount, `nil` for "up to X".
    public var low: Double?
    /// The amount, or the top of a range.
    public var high: Double
    /// ISO 4217 code (`IDR`, `VND`, `USD`…), or `nil` when the ad does not say.
    public var currency: String?
    /// The pay period, or `nil` when the ad does not say.
    public var period: PayPeriod?
    /// Whether the currency was inferred from the ad's language (`500k` in a Vietnamese ad → VND).
    public var currencyInferred: Bool = false

    public init(low: Double?, high: Double, currency: String?, period: PayPeriod?) {
        self.low = low
        self.high = high
        self.currency = currency
        self.period = period
    }
}
