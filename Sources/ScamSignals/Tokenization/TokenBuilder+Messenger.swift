// Messenger contacts: an app name followed by its contact ("WA 0812…", "Zalo: 09…", "Line ID: abc", "Telegram @x").

extension TokenBuilder {
    /// Whether the app's name means a messenger contact on its own (unlike `line` or `signal`).
    static func isStandalone(_ app: MessengerApp) -> Bool {
        switch app {
        case .whatsapp, .telegram, .zalo, .wechat, .viber, .kakaotalk: true
        default: false
        }
    }

    /// Merges an app name and the contact after it into one messenger token; marks standalone app names.
    /// Works in place (the write index never passes the read index): no second token array.
    mutating func mergeMessengerContacts() {
        // App names are words: without words there is nothing to merge.
        guard wordTokens > 0 else { return }
        var written = 0
        var words = 0
        func emit(_ t: Token) {
            tokens[written] = t
            written += 1
            if t.kind == .word { words += 1 }
        }
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            guard t.kind == .word, case .messenger(let app)? = vocabulary.word(t.key) else {
                emit(t)
                i += 1
                continue
            }
            var j = i + 1
            var fillers = 0
            while j < tokens.count, fillers < 2, tokens[j].kind == .word, !tokens[j].flags.contains(.startsClause),
                vocabulary.word(tokens[j].key) == .contactFiller
            {
                j += 1
                fillers += 1
            }
            var end: Int? = nil
            if j < tokens.count, !tokens[j].flags.contains(.startsClause) {
                let next = tokens[j]
                switch next.kind {
                case .phone, .messenger: end = j
                case .number where next.range.count >= 6: end = j
                case .word
                where (app == .line || app == .wechat || app == .telegram || app == .skype) && fillers > 0
                    && next.range.count >= 3:
                    end = j
                default: break
                }
            }
            let payload = Int32(app.ordinal)
            var merged = t
            merged.kind = .messenger
            merged.payload = payload
            merged.key = StableHash.string(app.rawValue)
            merged.plainKey = merged.key
            if let end {
                merged.range = t.range.lowerBound..<tokens[end].range.upperBound
                emit(merged)
                i = end + 1
            } else {
                emit(Self.isStandalone(app) ? merged : t)
                i += 1
            }
        }
        tokens.removeLast(tokens.count - written)
        wordTokens = words
    }
}
