// The structured check of `unclear-employer`: a free-mail address as the only trace of the employer.

/// Flags a free-mail contact (`@gmail`, `@yahoo`, …) in an ad that gives no other way to find the employer.
///
/// A Gmail address alone says nothing about who is hiring; beside a named shop, a street address or a
/// website it is just a small business's mailbox. So the check fires on the free-mail addresses of an ad
/// only when ``AdIdentity/isFindable`` is false: no local business named (`Toko Mandiri`, `Nhà thuốc Phúc
/// Thọ`, `Sunrise Bakery`), no street address and no website or company e-mail anywhere in the ad. A formal
/// company name does not excuse it (see ``AdIdentity``).
///
/// ```swift
/// // fires:  "Dicari admin, kirim CV ke lokerkerja88@gmail.example"
/// // silent: "Apotek Sehat Keluarga (Jl. Teuku Umar) cari asisten, CV ke apoteksehat@gmail.example"
/// ```
struct FreeMailCheck: Sendable {
    /// The name a sign gives in its `check` field to run this check.
    static let name = "free-mail"

    /// The evidence ranges (bytes) of the free-mail addresses, or `nil`.
    func evaluate(_ identity: AdIdentity) -> [Range<Int>]? {
        identity.freeMail.isEmpty || identity.isFindable ? nil : identity.freeMail
    }
}
