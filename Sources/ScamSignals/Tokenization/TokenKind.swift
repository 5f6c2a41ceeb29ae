// The kinds of token the tokenizer produces.

/// What a token is.
public enum TokenKind: String, Sendable, Codable, CaseIterable {
    /// A word of letters (possibly rejoined from letter spacing or with digit swaps undone).
    case word
    /// A number that is not money, a percentage or a phone number.
    case number
    /// A parsed amount of pay: see ``MoneyAmount``.
    case money
    /// A percentage (`20%`, `20 persen`).
    case percent
    /// A phone number (`0812-0000-4321`, `+84 90 000 1234`).
    case phone
    /// An e-mail address.
    case email
    /// A web address that is not a messenger link.
    case url
    /// A messenger contact: `wa.me/…` and `t.me/…` links, `@handles`, "Zalo 09…", "Line ID: …", "WeChat".
    case messenger
    /// An emoji or pictograph (with its modifiers and joiners).
    case emoji
}

/// The chat application a messenger contact points to.
public enum MessengerApp: String, Sendable, Codable, CaseIterable {
    case whatsapp, telegram, zalo, line, wechat, viber, kakaotalk, skype, signal, messenger, unknown
}

extension TokenKind {
    /// The kind's index in `allCases`, without building that array (hot paths compare kinds by index).
    @inline(__always)
    var ordinal: Int {
        switch self {
        case .word: 0
        case .number: 1
        case .money: 2
        case .percent: 3
        case .phone: 4
        case .email: 5
        case .url: 6
        case .messenger: 7
        case .emoji: 8
        }
    }
}

extension MessengerApp {
    /// The app's index in `allCases`, without building that array.
    @inline(__always)
    var ordinal: Int {
        switch self {
        case .whatsapp: 0
        case .telegram: 1
        case .zalo: 2
        case .line: 3
        case .wechat: 4
        case .viber: 5
        case .kakaotalk: 6
        case .skype: 7
        case .signal: 8
        case .messenger: 9
        case .unknown: 10
        }
    }
}
