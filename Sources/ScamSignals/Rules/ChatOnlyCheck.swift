// The structured check of `private-messaging-only`: a messenger contact counts only when it is the only way in.

/// Keeps a chat-contact firing only when the ad offers no other way to reach or find the employer, unless
/// the firing itself insists on chat.
///
/// "WA 0812…" or "nhắn Zalo" is how small businesses in Indonesia and Vietnam talk to applicants; the warning
/// sign is a chat app as the *only* channel. So a firing of the sign is dropped when the ad has a street
/// address, a website or a company e-mail anywhere (``AdIdentity``), unless the matched words contain a phrase
/// of the set `@exclusive_contact` (`only`, `hanya`, `chỉ`, `don't call`, `không nghe máy`): "Telegram only"
/// beside an address is still chat-only contact.
///
/// ```swift
/// // fires:  "Minat? Langsung WA 0812-0000-1111"
/// // silent: "Laundry Wangi (Jl. Arifin Ahmad 12) butuh karyawan. Minat WA 0822-0000-4760"
/// // fires:  "Office at 12 Orchard Road. Contact us only via Telegram."
/// ```
struct ChatOnlyCheck: Sendable {
    /// The name a sign gives in its `check` field to run this check.
    static let name = "chat-only"
    /// The set of phrases that make a contact exclusive.
    static let cueSets = ["exclusive_contact"]

    /// Whether the firing over positions `match` stands, given the ad's identity and cue matches.
    func keeps(_ match: Range<Int>, _ identity: AdIdentity, cues: [String: [Range<Int>]]) -> Bool {
        guard identity.hasOtherChannel else { return true }
        return (cues["exclusive_contact"] ?? []).contains { $0.overlaps(match) }
    }
}
