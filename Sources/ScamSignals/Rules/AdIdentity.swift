// What an ad reveals about who is hiring and where: a named local business, a street address, a website.

/// The traces of a findable employer in one ad, read in one pass over its tokens.
///
/// A legitimate shop, clinic or school often gives a Gmail address or a WhatsApp number, but it also says
/// who it is ("Klinik Gigi Senyum Sehat", "Nhà thuốc Phúc Thọ", "Sunrise Bakery") or where ("Jl. Antang
/// Raya", "số 210 Nguyễn Văn Cừ", "4th floor"), or points to its own website or company e-mail. The checks
/// that read contact details (``FreeMailCheck``, ``ChatOnlyCheck``) ask whether such a trace stands anywhere
/// in the ad, not only next to the contact.
///
/// A formal company name alone (`PT …`, `Công ty Cổ phần …`, `… Holdings`, `… Ltd`) is not such a trace: a
/// registered company mails from its own domain, and a grand name over a Gmail address is how recruiters
/// impersonate real firms. Hotels and foundations abroad are left out for the same reason.
///
/// The phrases come from the rule pack's sets (data, not code):
///
/// | set | counts when |
/// |---|---|
/// | `@local_business_before_name` | the next token is capitalised: `Toko Mandiri`, `Nhà thuốc Phúc Thọ` |
/// | `@local_business_after_name` | it is capitalised and so is the token before: `Sunrise Bakery` |
/// | `@street_address` | always: `jl`, `số <number>`, `<number> … street`, `tầng <number>` |
/// | `@street_before_name` | the next token is capitalised: `đường Hoàng Hoa Thám` |
/// | `@street_after_name` | the token before is capitalised: `Lacson St`, `Orchard Road` |
///
/// A web address that is not a link shortener counts as a website, an e-mail address outside the free
/// providers as a company mail.
///
/// ```swift
/// // "Klinik Gigi Senyum Sehat butuh asisten, CV ke klinik.senyum@gmail.example": names a local business
/// // "Butuh admin, CV ke lokerjkt@gmail.example": no business name, no address, no website
/// ```
struct AdIdentity: Sendable {
    /// The sets this type reads (compiled as cues by ``RuleSet``).
    static let cueSets = [
        "local_business_before_name", "local_business_after_name", "street_address", "street_before_name",
        "street_after_name",
    ]

    /// The ad names a shop, clinic, school or similar local business.
    var namesLocalBusiness = false
    /// The ad gives a street address.
    var hasAddress = false
    /// The ad links to a website (not a link shortener).
    var hasWebsite = false
    /// The ad gives an e-mail address at a non-free domain.
    var hasCompanyMail = false
    /// Byte ranges of e-mail addresses at free providers (`@gmail`, `@yahoo`, …).
    var freeMail: [Range<Int>] = []

    /// The ad can be traced to a place or an online presence of its own.
    var hasOtherChannel: Bool { hasAddress || hasWebsite || hasCompanyMail }
    /// The ad lets a reader find the employer without the contact it gives.
    var isFindable: Bool { namesLocalBusiness || hasOtherChannel }

    /// Reads the tokens of `view` once, and the cue matches of the sets in ``cueSets``.
    init(_ view: MatchView, cues: [String: [Range<Int>]]) {
        for p in 0..<view.count {
            let token = view.token(p)
            switch token.kind {
            case .url where !token.flags.contains(.shortLink): hasWebsite = true
            case .email where token.flags.contains(.freeMail): freeMail.append(token.range)
            case .email: hasCompanyMail = true
            default: break
            }
        }
        func capitalised(_ p: Int) -> Bool {
            p >= 0 && p < view.count && view.token(p).kind == .word && Self.isTitleCase(view.token(p), in: view.text)
        }
        namesLocalBusiness =
            (cues["local_business_before_name"] ?? []).contains { capitalised($0.upperBound) }
            || (cues["local_business_after_name"] ?? []).contains {
                capitalised($0.lowerBound) && capitalised($0.lowerBound - 1)
            }
        hasAddress =
            !(cues["street_address"] ?? []).isEmpty
            || (cues["street_before_name"] ?? []).contains { capitalised($0.upperBound) }
            || (cues["street_after_name"] ?? []).contains { capitalised($0.lowerBound - 1) }
    }

    /// Whether the token as written is a capitalised name (`Sehat`, `Lê`, `A`), not a lowercase word and not
    /// a shouted one (`STORE`, `ĐIỆN`): headings in capitals name roles as often as businesses.
    static func isTitleCase(_ token: Token, in text: TokenizedText) -> Bool {
        var bytes = text.bytes[token.range].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let first) = decoder.decode(&bytes), first.properties.isUppercase else { return false }
        guard case .scalarValue(let second) = decoder.decode(&bytes) else { return true }
        return !second.properties.isUppercase
    }
}
