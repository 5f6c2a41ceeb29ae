// Recognition of URLs, e-mail addresses, @handles and messenger links inside one whitespace-free chunk.

/// Classifies a chunk of text without spaces as a link-like token, if it is one.
enum LinkRecognizer {
    struct Match {
        var kind: PieceKind
        /// Characters to skip at the start (opening brackets and quotes).
        var leading: Int
        /// Characters kept (after `leading`), without trailing punctuation.
        var length: Int
        var app: MessengerApp = .unknown
        var freeMail = false
        var shortLink = false
    }

    static let tlds: Set<String> = [
        "com", "net", "org", "info", "biz", "id", "vn", "co", "io", "me", "ly", "example", "xyz", "app", "site",
        "online", "top", "asia", "ph", "my", "sg", "kh", "th", "la", "mm", "jp", "kr", "tw", "uk", "us", "gov",
        "edu", "ac", "store", "shop", "link", "gl", "cc", "tk", "ml", "ga", "cf", "gq", "pro", "work", "jobs",
        "careers", "club", "live", "vip", "in", "cn", "hk", "ae", "eu", "de", "pl", "au", "ca", "nz", "ws", "su",
        "ru", "to", "gg", "page", "dev", "tech", "today", "world", "career", "cloud", "website", "space", "fun",
    ]
    static let messengerHosts: [(String, MessengerApp)] = [
        ("wa.me/", .whatsapp), ("api.whatsapp.com/", .whatsapp), ("chat.whatsapp.com/", .whatsapp),
        ("wa.link/", .whatsapp), ("whatsapp.com/", .whatsapp), ("t.me/", .telegram), ("telegram.me/", .telegram),
        ("telegram.dog/", .telegram), ("zalo.me/", .zalo), ("line.me/", .line), ("lin.ee/", .line),
        ("m.me/", .messenger), ("u.wechat.com/", .wechat), ("viber.com/", .viber),
    ]
    static let freeMailProviders: Set<String> = [
        "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "aol", "icloud", "me",
        "proton", "protonmail", "gmx", "mail", "yandex", "zoho", "qq", "163", "126", "rocketmail", "rediffmail",
    ]
    static let shorteners: Set<String> = [
        "bit.ly", "s.id", "tinyurl.com", "cutt.ly", "t.co", "goo.gl", "is.gd", "ow.ly", "rb.gy", "shorturl.at",
        "tiny.cc", "linktr.ee", "bitly.com", "rebrand.ly", "v.gd",
    ]

    private static let trailing: Set<UInt8> = Set(".,;:!?)]}'\"*>".utf8)
    private static let opening: Set<UInt8> = Set("([{'\"<*".utf8)

    /// Classifies lowercase ASCII `chunk` (one byte per normalized character).
    static func classify(_ chunk: [UInt8]) -> Match? {
        var lead = 0
        while lead < chunk.count, opening.contains(chunk[lead]) { lead += 1 }
        var end = chunk.count
        while end > lead, trailing.contains(chunk[end - 1]) { end -= 1 }
        guard end - lead >= 3, couldBeLink(chunk[lead..<end]) else { return nil }
        let s = String(decoding: chunk[lead..<end], as: UTF8.self)
        var match = Match(kind: .url, leading: lead, length: end - lead)
        var body = Substring(s)
        for scheme in ["https://", "http://"] where body.hasPrefix(scheme) { body = body.dropFirst(scheme.count) }
        if body.hasPrefix("www.") { body = body.dropFirst(4) }
        for (host, app) in messengerHosts where body.hasPrefix(host) {
            match.kind = .messengerLink
            match.app = app
            return match
        }
        if s.hasPrefix("http://") || s.hasPrefix("https://") || s.hasPrefix("www.") {
            match.shortLink = shorteners.contains(host(of: body))
            return match
        }
        if let at = body.firstIndex(of: "@") {
            if at == body.startIndex {
                let handle = body.dropFirst()
                guard handle.count >= 3, handle.count <= 40,
                    handle.utf8.allSatisfy({ isHandleByte($0) }),
                    handle.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A })
                else { return nil }
                match.kind = .handle
                return match
            }
            let local = body[..<at]
            let domain = body[body.index(after: at)...]
            guard !local.isEmpty, local.utf8.allSatisfy({ isHandleByte($0) || $0 == 0x2D || $0 == 0x2B || $0 == 0x25 }),
                isDomain(domain)
            else { return nil }
            match.kind = .email
            match.freeMail = freeMailProviders.contains(String(domain.split(separator: ".").first ?? ""))
            return match
        }
        let h = host(of: body)
        guard h.contains("."), isDomain(Substring(h)) else { return nil }
        match.shortLink = shorteners.contains(h)
        return match
    }

    /// A byte-level test that rules out most chunks before any string is made: without `@`, `/`, `?`, `#` or
    /// `:`, a chunk can only be a bare domain (or start with `www.`), and a domain's last label is a
    /// top-level domain, which has letters. Numbers written with dots (`15.000.000`, `Rp.5.000`) are the
    /// common case this skips.
    private static func couldBeLink(_ chunk: ArraySlice<UInt8>) -> Bool {
        var lastDot = -1
        for i in chunk.indices {
            switch chunk[i] {
            case 0x40, 0x2F, 0x3F, 0x23, 0x3A: return true  // @ / ? # :
            case 0x2E: lastDot = i
            default: break
            }
        }
        if chunk.starts(with: "www.".utf8) { return true }
        guard lastDot >= 0 else { return false }
        return chunk[(lastDot + 1)...].contains { $0 >= 0x61 && $0 <= 0x7A }
    }

    private static func host(of body: Substring) -> String {
        String(body.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
    }

    private static func isHandleByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2E
    }

    /// `label(.label)+` whose last label is a known top-level domain and some label has a letter.
    private static func isDomain(_ d: Substring) -> Bool {
        let host = d.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, tlds.contains(String(last)) else { return false }
        for label in labels {
            guard !label.isEmpty,
                label.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D })
            else { return false }
        }
        return labels.dropLast().contains { $0.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } }
    }
}
