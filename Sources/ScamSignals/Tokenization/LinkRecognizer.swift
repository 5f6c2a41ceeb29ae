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
        classify(chunk, pretest: true)
    }

    /// `pretest: false` skips ``couldBeLink(_:)``: the tests check that it never rejects a link.
    ///
    /// Works on the bytes: no string or array is made for a chunk (only a word short enough to be stored
    /// inline, when a top-level domain, provider or shortener is looked up).
    static func classify(_ chunk: [UInt8], pretest: Bool) -> Match? {
        var lead = 0
        while lead < chunk.count, opening.contains(chunk[lead]) { lead += 1 }
        var end = chunk.count
        while end > lead, trailing.contains(chunk[end - 1]) { end -= 1 }
        guard end - lead >= 3, !pretest || couldBeLink(chunk[lead..<end]) else { return nil }
        let s = chunk[lead..<end]
        var match = Match(kind: .url, leading: lead, length: end - lead)
        var body = s
        for scheme in ["https://", "http://"] where body.starts(with: scheme.utf8) {
            body = body.dropFirst(scheme.utf8.count)
        }
        if body.starts(with: "www.".utf8) { body = body.dropFirst(4) }
        for (host, app) in messengerHosts where body.starts(with: host.utf8) {
            match.kind = .messengerLink
            match.app = app
            return match
        }
        if s.starts(with: "http://".utf8) || s.starts(with: "https://".utf8) || s.starts(with: "www.".utf8) {
            match.shortLink = isShortener(host(of: body))
            return match
        }
        if let at = body.firstIndex(of: 0x40) {  // @
            if at == body.startIndex {
                let handle = body.dropFirst()
                guard handle.count >= 3, handle.count <= 40, handle.allSatisfy({ isHandleByte($0) }),
                    handle.contains(where: { $0 >= 0x61 && $0 <= 0x7A })
                else { return nil }
                match.kind = .handle
                return match
            }
            let local = body[..<at]
            let domain = body[(at + 1)...]
            guard !local.isEmpty, local.allSatisfy({ isHandleByte($0) || $0 == 0x2D || $0 == 0x2B || $0 == 0x25 }),
                isDomain(domain)
            else { return nil }
            match.kind = .email
            match.freeMail = contains(freeMailProviders, domain.prefix { $0 != 0x2E })
            return match
        }
        let h = host(of: body)
        guard h.contains(0x2E), isDomain(h) else { return nil }
        match.shortLink = isShortener(h)
        return match
    }

    /// A byte-level test that rules out most chunks before any string is made. Without `@` and without a
    /// `http://`, `https://` or `www.` prefix, a chunk can only be a link through its host (what comes before
    /// the first `/`, `?`, `#` or `:`), whose last label is a top-level domain and so has letters after a dot.
    /// Numbers with dots (`15.000.000`), pay with slashes (`15jt/bulan`) and times (`08:00`) are skipped.
    static func couldBeLink(_ chunk: ArraySlice<UInt8>) -> Bool {
        if chunk.contains(0x40) { return true }  // @
        for prefix in ["http://", "https://", "www."] where chunk.starts(with: prefix.utf8) { return true }
        let hostEnd = chunk.firstIndex { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 || $0 == 0x3A } ?? chunk.endIndex
        guard let lastDot = chunk[..<hostEnd].lastIndex(of: 0x2E) else { return false }
        return chunk[(lastDot + 1)..<hostEnd].contains { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// What comes before the first `/`, `?` or `#`.
    private static func host(of body: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        body.prefix { $0 != 0x2F && $0 != 0x3F && $0 != 0x23 }
    }

    private static func isShortener(_ host: ArraySlice<UInt8>) -> Bool { contains(shorteners, host) }

    /// Whether `set` holds the word `bytes`; every word of these sets is short enough to be stored inline in a
    /// `String`, so a longer one is not looked up (and no string storage is allocated).
    private static func contains(_ set: Set<String>, _ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.count <= 15 && set.contains(String(decoding: bytes, as: UTF8.self))
    }

    private static func isHandleByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2E
    }

    /// `label(.label)+` whose last label is a known top-level domain and some label has a letter.
    private static func isDomain(_ d: ArraySlice<UInt8>) -> Bool {
        let host = d.prefix { $0 != 0x2F && $0 != 0x3F && $0 != 0x23 && $0 != 0x3A }
        guard let lastDot = host.lastIndex(of: 0x2E), contains(tlds, host[(lastDot + 1)...]) else { return false }
        var labelStart = host.startIndex
        var letterBeforeLast = false
        for i in host.startIndex...host.endIndex {
            guard i == host.endIndex || host[i] == 0x2E else { continue }
            let label = host[labelStart..<i]
            guard !label.isEmpty,
                label.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D })
            else { return false }
            if i < host.endIndex && label.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { letterBeforeLast = true }
            labelStart = i + 1
        }
        return letterBeforeLast
    }
}
