// The embedded, dated table of exchange rates and reference wages (Resources/reference-wages.json).

#if canImport(FoundationEssentials)
import FoundationEssentials
#elseif canImport(Foundation)
import Foundation
#endif

/// Exchange rates to US dollars and entry-level monthly wages per country, each with its source and year.
public struct WageTable: Sendable, Codable {
    public struct Rates: Sendable, Codable {
        public var date: String
        public var source: String
        public var usdPerUnit: [String: Double]
        enum CodingKeys: String, CodingKey {
            case date, source
            case usdPerUnit = "usd_per_unit"
        }
    }

    public struct Country: Sendable, Codable {
        public var code: String
        public var names: PhraseLists
        public var cities: [String]?
        public var currency: String
        public var minimumMonthly: Double
        public var entryMonthly: Double
        public var source: String
        public var year: Int
        enum CodingKeys: String, CodingKey {
            case code, names, cities, currency, source, year
            case minimumMonthly = "minimum_monthly"
            case entryMonthly = "entry_monthly"
        }
    }

    public var rates: Rates
    public var countries: [Country]

    /// The embedded table.
    public static let embedded: WageTable = {
        do {
            return try JSONDecoder().decode(WageTable.self, from: Data(EmbeddedResources.referenceWages.utf8))
        } catch {
            preconditionFailure("embedded reference-wages.json is invalid: \(error)")
        }
    }()

    /// An amount in US dollars, or `nil` for an unknown currency.
    public func usd(_ amount: Double, currency: String) -> Double? {
        rates.usdPerUnit[currency].map { amount * $0 }
    }

    /// A country's typical entry-level monthly wage in US dollars.
    public func entryMonthlyUSD(_ country: Country) -> Double? {
        usd(country.entryMonthly, currency: country.currency)
    }

    /// The country whose currency this is (first listed), for amounts with no place named.
    public func country(forCurrency code: String) -> Country? {
        countries.first { $0.currency == code && code != "USD" && code != "EUR" }
    }

    /// The country by ISO code.
    public func country(code: String) -> Country? { countries.first { $0.code == code } }
}
