// Features for naive Bayes: unigrams and bigrams in accented and plain forms, stems, token kinds, tricks.

/// Turns tokenized text into hashed feature ids (64-bit; the model folds them into its buckets).
///
/// Per word: the diacritic-free unigram, the accented unigram when it differs, an Indonesian or English stem
/// when the text is in that language, and bigrams with the previous token of the same clause in both forms
/// (Vietnamese syllable pairs such as `việc làm`). Money, phones, links and messenger contacts become kind
/// features (with currency, period, pay level, app, free mail), so the model learns "a Telegram handle"
/// rather than a particular handle, and raw digits never become features.
struct FeatureExtractor: Sendable {
    enum Namespace: UInt64 {
        case unigram = 1
        case accented, bigram, accentedBigram, stem, kind, emoji, flag, money, app, number
    }

    let wages: WageTable

    init(wages: WageTable = .embedded) { self.wages = wages }

    @inline(__always)
    static func feature(_ ns: Namespace, _ value: UInt64) -> UInt64 { StableHash.combine(ns.rawValue, value) }

    /// Appends the features of `text` to `out`, and the index of the token each came from to `sources`.
    func extract(_ text: TokenizedText, into out: inout [UInt64], sources: inout [Int32]) {
        let language = text.language.language
        let indonesian = language == .indonesian || language == .mixed
        let english = language == .english || language == .mixed
        var previous: (key: UInt64, plain: UInt64, accented: Bool)? = nil
        out.reserveCapacity(out.count + text.tokens.count * 3)
        for (i, t) in text.tokens.enumerated() {
            let source = Int32(i)
            @inline(__always) func add(_ f: UInt64) {
                out.append(f)
                sources.append(source)
            }
            if t.flags.contains(.startsClause) { previous = nil }
            var key = t.key
            var plain = t.plainKey
            let accented = t.flags.contains(.hasDiacritics)
            switch t.kind {
            case .word:
                add(Self.feature(.unigram, plain))
                if accented { add(Self.feature(.accented, key)) }
                if (indonesian || english) && !accented {
                    let form = text.forms[Int(t.plainRange.lowerBound)..<Int(t.plainRange.upperBound)]
                    let stem = indonesian ? IndonesianStemmer.stem(form) : EnglishStemmer.stem(form)
                    if stem.count < form.count { add(Self.feature(.stem, StableHash.bytes(text.forms, stem))) }
                }
            case .emoji:
                add(Self.feature(.emoji, t.key))
                continue
            default:
                key = Self.feature(.kind, UInt64(t.kind.ordinal))
                plain = key
                add(key)
                addDetails(t, text, add)
            }
            let obfuscation = t.flags.intersection([
                .letterSpaced, .digitSwapped, .invisibleInside, .styledLetters, .squeezed,
            ])
            if !obfuscation.isEmpty { add(Self.feature(.flag, UInt64(obfuscation.rawValue))) }
            if let p = previous {
                add(Self.feature(.bigram, StableHash.combine(p.plain, plain)))
                if p.accented || accented { add(Self.feature(.accentedBigram, StableHash.combine(p.key, key))) }
            }
            previous = (key, plain, accented)
        }
    }

    private func addDetails(_ t: Token, _ text: TokenizedText, _ add: (UInt64) -> Void) {
        switch t.kind {
        case .money:
            guard let amount = text.amount(of: t) else { return }
            add(Self.feature(.money, StableHash.string("period:", amount.period?.rawValue ?? "none")))
            add(Self.feature(.money, StableHash.string("currency:", amount.currency ?? "none")))
            if let c = amount.currency, let usd = wages.usd(amount.high, currency: c) {
                let monthly = usd * (amount.period ?? .month).perMonth
                let level = monthly <= 1 ? 0 : Int((monthly.squareRoot()).rounded(.down)).bitWidthLog
                add(Self.feature(.money, StableHash.string("usd-month-level:", String(level))))
            }
        case .messenger:
            add(Self.feature(.app, StableHash.string((text.messenger(of: t) ?? .unknown).rawValue)))
        case .email:
            if t.flags.contains(.freeMail) { add(Self.feature(.kind, StableHash.string("free-mail"))) }
        case .url:
            if t.flags.contains(.shortLink) { add(Self.feature(.kind, StableHash.string("short-link"))) }
        case .number:
            add(Self.feature(.number, UInt64(min(8, t.range.count))))
        default:
            break
        }
    }
}

extension Int {
    /// ⌊log2⌋ of a positive integer (0 for 0).
    var bitWidthLog: Int { self <= 0 ? 0 : (Int.bitWidth - 1 - leadingZeroBitCount) }
}
