// Money, phone numbers and percentages: recognisers over pieces, each consuming a bounded run of them.

extension TokenBuilder {
    /// A number read from a piece: its value, and any scale or currency written inside it (`15jt`, `1k5`, `15.000.000đ`).
    struct ReadAmount {
        var value: Double
        var scale: Double?
        var currency: String?
        /// The currency a scale word implies (`jt` → IDR), used when no currency is written.
        var impliedCurrency: String?
        var digits: Int
        var leadingZero: Bool
    }

    /// Parses a money expression starting at piece `p`; on success emits a money token and returns the next index.
    mutating func parseMoney(at p: Int) -> Int? {
        var q = p
        var currency = currencyPrefix(at: &q)
        guard q < pieces.count, q == p || pieces[q].spaceBefore <= 1, var first = readAmount(at: &q) else { return nil }
        if first.leadingZero && first.digits >= 8 { return nil }  // a phone number, not pay
        if first.scale == nil, let (s, i) = scaleWord(at: &q) {
            first.scale = s
            first.impliedCurrency = i
            first.value += spokenFraction(at: &q, implied: i)
        }
        currency = currency ?? first.currency ?? currencyWord(at: &q)
        if currency != nil { _ = currencyWord(at: &q) }  // `$9,500 USD/month`: the code repeats the symbol
        var implied = first.impliedCurrency
        var low: Double? = first.value * (first.scale ?? 1)
        var high = low!
        var scale = first.scale
        // A range: `8-10 juta`, `$4k-$6k`, `500rb sampai 1jt`, `7 đến 9 triệu`.
        var r = q
        if r < pieces.count, isRangeJoin(at: &r) {
            let secondCurrency = currencyPrefix(at: &r)
            if r < pieces.count, pieces[r].spaceBefore <= 1, var second = readAmount(at: &r) {
                if second.scale == nil, let (s, i) = scaleWord(at: &r) {
                    second.scale = s
                    second.impliedCurrency = i
                }
                let secondValue = second.value * (second.scale ?? scale ?? 1)
                if first.scale == nil, let s = second.scale { low = first.value * s }
                if secondValue >= (low ?? 0) {
                    high = secondValue
                    scale = scale ?? second.scale
                    implied = implied ?? second.impliedCurrency
                    currency = currency ?? secondCurrency ?? second.currency ?? currencyWord(at: &r)
                    q = r
                }
            }
        }
        currency = currency ?? currencySymbol(at: &q) ?? implied
        let period = payPeriod(at: &q, currency: currency)
        // Without a currency or a scale word, only `300.000/hari`-like amounts (≥ 1,000 with a period) and
        // numbers right after a pay word (`gaji 4.500.000`) are pay.
        if currency == nil && scale == nil && (period == nil || high < 1000) && !(high >= 1000 && followsPayWord(p)) {
            return nil
        }
        if isUpTo(before: p) { low = nil }
        var amount = MoneyAmount(low: low, high: high, currency: currency, period: period)
        if let l = amount.low, l > amount.high { amount.low = amount.high }
        let (folded, plain, key, plainKey) = appendSpanForms(pieces: p..<q)
        amounts.append(amount)
        append(
            Token(
                kind: .money, range: sourceRange(pieces: p..<q), foldedRange: folded, plainRange: plain,
                key: key, plainKey: plainKey, flags: [], payload: Int32(amounts.count - 1)))
        return q
    }

    /// `Rp`, `Rp.`, `IDR`, `USD`, `$`, `US$`, `S$`, `RM`, `₱`…; advances `q` past it.
    func currencyPrefix(at q: inout Int) -> String? {
        guard q < pieces.count else { return nil }
        let piece = pieces[q]
        if piece.kind == .punct, let code = vocabulary.symbols[piece.scalar] {
            q += 1
            return code
        }
        guard piece.kind == .word, case .currency(let code)? = vocabulary.word(piece.key) else {
            // `US$`, `S$`, `NT$`, `HK$`: letters glued to a dollar sign.
            if piece.kind == .word, q + 1 < pieces.count, pieces[q + 1].kind == .punct, pieces[q + 1].scalar == 0x24,
                pieces[q + 1].spaceBefore == 0, let code = vocabulary.dollarPrefixes[piece.key]
            {
                q += 2
                return code
            }
            return nil
        }
        var r = q + 1
        // `Rp.` / `Rp:` / `USD:`
        if r < pieces.count, pieces[r].kind == .punct, pieces[r].scalar == 0x2E || pieces[r].scalar == 0x3A,
            pieces[r].spaceBefore == 0
        {
            r += 1
        }
        guard r < pieces.count, pieces[r].kind == .number || pieces[r].kind == .alnum || pieces[r].kind == .punct
        else { return nil }
        if pieces[r].kind == .punct && vocabulary.symbols[pieces[r].scalar] == nil { return nil }
        q = r
        return code
    }

    /// A currency written after the amount: `2000 USD`, `20 triệu đồng`, `500 baht`.
    func currencyWord(at q: inout Int) -> String? {
        guard q < pieces.count, pieces[q].kind == .word, pieces[q].spaceBefore <= 1,
            case .currency(let code)? = vocabulary.word(pieces[q].key)
        else { return nil }
        q += 1
        return code
    }

    /// A currency symbol right after the amount: `15.000.000 ₫`, `100€`.
    func currencySymbol(at q: inout Int) -> String? {
        guard q < pieces.count, pieces[q].kind == .punct, pieces[q].spaceBefore <= 1,
            let code = vocabulary.symbols[pieces[q].scalar]
        else { return nil }
        q += 1
        return code
    }

    /// A scale word after a number: `15 juta`, `8,5 jt`, `20 triệu`, `2 million`.
    func scaleWord(at q: inout Int) -> (Double, String?)? {
        guard q < pieces.count, pieces[q].kind == .word, pieces[q].spaceBefore <= 1,
            case .scale(let s, let implied)? = vocabulary.word(pieces[q].key)
        else { return nil }
        q += 1
        return (s, implied)
    }

    /// The spoken fraction after a Vietnamese scale word: `1 triệu 5` is 1.5 million, `1 triệu 2 một ngày` 1.2
    /// million (as `1tr5` is); only digits followed by the end, punctuation or a distributive word, so that
    /// `7 triệu 5 ngày/tuần` stays 7 million. Advances `q` past the digits when it reads them.
    func spokenFraction(at q: inout Int, implied: String?) -> Double {
        guard implied == "VND", q < pieces.count, pieces[q].kind == .number, pieces[q].spaceBefore == 1 else {
            return 0
        }
        let digits = pieces[q].chars
        guard digits.count <= 3, digits.allSatisfy({ chars[$0].charClass == .digit }) else { return 0 }
        let next = q + 1
        if next < pieces.count, pieces[next].kind != .punct,
            !(pieces[next].kind == .word && vocabulary.word(pieces[next].key) == .per)
        {
            return 0
        }
        var fraction = 0.0
        var divisor = 1.0
        for i in digits {
            fraction = fraction * 10 + Double(chars[i].scalar - 0x30)
            divisor *= 10
        }
        q = next
        return fraction / divisor
    }

    /// `-`, `–`, `~`, `to`, `sampai`, `s/d`, `đến` between two amounts.
    func isRangeJoin(at r: inout Int) -> Bool {
        let piece = pieces[r]
        if piece.kind == .punct, piece.scalar == 0x2D || piece.scalar == 0x7E, piece.spaceBefore <= 1 {
            r += 1
            return true
        }
        guard piece.kind == .word, piece.spaceBefore <= 1, vocabulary.word(piece.key) == .rangeJoin else {
            return false
        }
        r += 1
        // `s/d`
        if r + 1 < pieces.count, pieces[r].kind == .punct, pieces[r].scalar == 0x2F, pieces[r + 1].kind == .word {
            r += 2
        }
        return true
    }

    /// Whether a pay word (`gaji`, `lương`, `salary`) stands right before piece `p` (a colon may follow it).
    func followsPayWord(_ p: Int) -> Bool {
        var b = p - 1
        while b >= 0, pieces[b].kind == .punct, pieces[b].scalar == 0x3A { b -= 1 }
        return b >= 0 && pieces[b].kind == .word && vocabulary.word(pieces[b].key) == .payWord
    }

    /// Whether the amount at `p` is a maximum: `up to`, `max`, `hingga`, `lên đến`, `tối đa`.
    func isUpTo(before p: Int) -> Bool {
        var b = p - 1
        while b >= 0, pieces[b].kind == .punct, pieces[b].scalar == 0x3A { b -= 1 }
        guard b >= 0, pieces[b].kind == .word else { return false }
        switch vocabulary.word(pieces[b].key) {
        case .upTo?: return true
        case .upToTail?: return b >= 1 && pieces[b - 1].kind == .word && vocabulary.word(pieces[b - 1].key) == .upToLead
        case .rangeJoin?:
            if b >= 1, pieces[b - 1].kind == .word, vocabulary.word(pieces[b - 1].key) == .upToLead { return true }
            // `hingga 20 juta`, `đến 20tr` at the start of the amount: a maximum.
            return b == 0 || pieces[b - 1].kind != .number
        default: return false
        }
    }

    /// `/bulan`, `per month`, `a month`, `mỗi ngày`, `sebulan`, `monthly`, `/hr` (hari or hour by currency).
    func payPeriod(at q: inout Int, currency: String?) -> PayPeriod? {
        guard q < pieces.count, pieces[q].spaceBefore <= 1 else { return nil }
        var r = q
        var introduced = false
        if pieces[r].kind == .punct && pieces[r].scalar == 0x2F {
            r += 1
            introduced = true
        } else if pieces[r].kind == .word, vocabulary.word(pieces[r].key) == .per {
            r += 1
            introduced = true
        } else if pieces[r].kind == .number, r + 1 < pieces.count, pieces[r].chars.count == 1,
            chars[pieces[r].chars.lowerBound].scalar == 0x31
        {
            r += 1  // `20tr 1 tháng`
            introduced = true
        }
        guard r < pieces.count, pieces[r].spaceBefore <= 1 else { return nil }
        // `m0nth`, `w33k`: a period word with digits for letters.
        let periodKey: UInt64
        if pieces[r].kind == .word {
            periodKey = pieces[r].key
        } else if pieces[r].kind == .alnum, let key = swappedKey(pieces[r].chars) {
            // Only a run that reads as a period word counts, so the look-up itself rules out `4g`, `24h`.
            periodKey = key
        } else {
            return nil
        }
        let word = vocabulary.word(periodKey)
        var period: PayPeriod?
        switch word {
        case .period(let pp)?: period = pp
        case .hourOrDay?: period = currency == "IDR" ? .day : .hour
        default: period = nil
        }
        guard let period else { return nil }
        // A bare period word needs an introducer unless it is a compound (`sebulan`, `monthly`, `perhari`).
        if !introduced && !Self.isCompoundPeriod(periodKey) { return nil }
        q = r + 1
        return period
    }

    static let compoundPeriods: Set<UInt64> = Set(
        [
            "sebulan", "perbulan", "perbln", "monthly", "sehari", "perhari", "daily", "seminggu", "perminggu", "weekly",
            "perjam", "hourly", "setahun", "pertahun", "annually", "yearly", "bulanan", "harian", "mingguan",
        ].map(StableHash.string))

    static func isCompoundPeriod(_ key: UInt64) -> Bool { compoundPeriods.contains(key) }

    /// Reads a number piece (`15.000.000`, `8,5`, `1,500.50`) or an alnum piece with a scale or currency inside
    /// (`15jt`, `500rb`, `20tr`, `1k5`, `2tr5`, `1.5k`, `rp15jt`, `15.000.000đ`, `usd2000`).
    func readAmount(at q: inout Int) -> ReadAmount? {
        let piece = pieces[q]
        guard piece.kind == .number || piece.kind == .alnum else { return nil }
        let range = piece.chars
        var k = range.lowerBound
        var currency: String? = nil
        // Leading letters: a currency (`rp15jt`, `usd2000`).
        if chars[k].charClass == .letter {
            let start = k
            while k < range.upperBound, chars[k].charClass == .letter { k += 1 }
            guard case .currency(let code)? = vocabulary.word(tokenizerKey(start..<k)) else { return nil }
            currency = code
        }
        let numberStart = k
        // A letter O among the digits is a zero (`9,5OO`, `3O juta`, `1OOrb`), after at least one real digit.
        while k < range.upperBound,
            chars[k].charClass == .digit || chars[k].scalar == 0x2E || chars[k].scalar == 0x2C
                || (Self.isLetterO(chars[k]) && k > numberStart
                    && (chars[k - 1].charClass == .digit || Self.isLetterO(chars[k - 1])))
        {
            k += 1
        }
        guard k > numberStart, var value = Self.parseNumber(chars, numberStart..<k) else { return nil }
        let digits = chars[numberStart..<k].reduce(0) { $0 + ($1.charClass == .digit || Self.isLetterO($1) ? 1 : 0) }
        var scale: Double? = nil
        var implied: String? = nil
        if k < range.upperBound {
            // Trailing letters: a scale (`jt`, `k`, `tr`) or a currency (`đ`, `usd`), maybe then digits (`1k5`).
            let start = k
            while k < range.upperBound, chars[k].charClass == .letter { k += 1 }
            switch vocabulary.word(tokenizerKey(start..<k)) {
            case .scale(let s, let i)?:
                scale = s
                implied = i
            case .currency(let code)?: currency = currency ?? code
            default: return nil
            }
            if k < range.upperBound, let s = scale {
                let fracStart = k
                while k < range.upperBound, chars[k].charClass == .digit { k += 1 }
                guard k == range.upperBound, k - fracStart <= 3 else { return nil }
                var fraction = 0.0
                var divisor = 1.0
                for i in fracStart..<k {
                    fraction = fraction * 10 + Double(chars[i].scalar - 0x30)
                    divisor *= 10
                }
                value += fraction / divisor
                _ = s
            }
            guard k == range.upperBound else { return nil }
        }
        q += 1
        return ReadAmount(
            value: value, scale: scale, currency: currency, impliedCurrency: implied, digits: digits,
            leadingZero: chars[numberStart].scalar == 0x30)
    }

    func tokenizerKey(_ range: Range<Int>) -> UInt64 { tokenizer.foldedKey(chars, range) }

    /// The key of a run with its digits read as the letters they stand for (`w33k` → `week`), or `nil` when a
    /// digit has no letter reading.
    func swappedKey(_ range: Range<Int>) -> UInt64? {
        var h = StableHash.offset
        for k in range {
            let c = chars[k]
            if c.charClass == .digit {
                guard let letter = Self.letterForDigit(c.scalar) else { return nil }
                h = (h ^ UInt64(letter)) &* StableHash.prime
            } else if c.entry >= 0 {
                FoldTable.shared.hashFolded(at: Int(c.entry), into: &h)
            } else if c.scalar < 0x80 {
                h = (h ^ UInt64(c.scalar)) &* StableHash.prime
            }
        }
        return h
    }

    /// Reads digits with `.` and `,` separators, deciding which is the thousands separator and which the decimal mark.
    ///
    /// Both present: the last one is the decimal mark (`1.500,50`, `1,500.50`). One kind, several times: thousands
    /// (`15.000.000`). One kind, once: thousands when exactly three digits follow (`1.500`, `2,000`), else decimal
    /// (`8,5`, `1.5`).
    static func parseNumber(_ chars: [NormalizedChar], _ range: Range<Int>) -> Double? {
        var dots = 0
        var commas = 0
        var lastSep: UInt32 = 0
        var lastSepIndex = -1
        for i in range where chars[i].scalar == 0x2E || chars[i].scalar == 0x2C {
            if chars[i].scalar == 0x2E { dots += 1 } else { commas += 1 }
            lastSep = chars[i].scalar
            lastSepIndex = i
        }
        let decimalMark: UInt32?
        if dots > 0 && commas > 0 {
            decimalMark = lastSep
        } else if dots + commas == 1 {
            decimalMark = range.upperBound - lastSepIndex - 1 == 3 ? nil : lastSep
        } else {
            decimalMark = nil
        }
        var integer = 0.0
        var fraction = 0.0
        var divisor = 1.0
        var inFraction = false
        var digits = 0
        for i in range {
            let c = chars[i]
            if c.charClass == .digit || isLetterO(c) {
                digits += 1
                if digits > 18 { return nil }
                let d = isLetterO(c) ? 0 : Double(c.scalar - 0x30)
                if inFraction {
                    fraction = fraction * 10 + d
                    divisor *= 10
                } else {
                    integer = integer * 10 + d
                }
            } else if let decimalMark, c.scalar == decimalMark, i == lastSepIndex {
                inFraction = true
            }
        }
        return integer + fraction / divisor
    }

    /// `o` or `O` written for a zero inside a number.
    @inline(__always) static func isLetterO(_ c: NormalizedChar) -> Bool { c.scalar == 0x6F || c.scalar == 0x4F }

    // MARK: - Phones and percentages

    /// A phone number: digit groups joined by spaces, `-`, `.` or brackets, 9–15 digits, starting with `+`, `0`,
    /// `(`, or a regional country code.
    mutating func parsePhone(at p: Int) -> Int? {
        var q = p
        var plus = false
        var bracket = false
        if pieces[q].kind == .punct {
            guard pieces[q].scalar == 0x2B || pieces[q].scalar == 0x28, q + 1 < pieces.count,
                pieces[q + 1].kind == .number, pieces[q + 1].spaceBefore <= 1
            else { return nil }
            plus = pieces[q].scalar == 0x2B
            bracket = !plus
            q += 1
        }
        var digits = 0
        // The first one, two and three digits as numbers (country codes), without an array per candidate.
        var leadingDigits = 0
        var firstDigit: UInt32? = nil
        var firstTwo = 0
        var firstThree = 0
        while q < pieces.count {
            let piece = pieces[q]
            guard piece.kind == .number else { break }
            var groupDigits = 0
            for k in piece.chars {
                let c = chars[k]
                if c.charClass == .digit {
                    groupDigits += 1
                    if leadingDigits < 3 {
                        let d = Int(c.scalar - 0x30)
                        if leadingDigits == 0 { firstDigit = c.scalar - 0x30 }
                        if leadingDigits < 2 { firstTwo = firstTwo * 10 + d }
                        firstThree = firstThree * 10 + d
                        leadingDigits += 1
                    }
                } else if c.scalar == 0x2C {
                    return nil
                }
            }
            digits += groupDigits
            q += 1
            if digits > 15 { return nil }
            guard q < pieces.count else { break }
            var r = q
            if pieces[r].kind == .punct, [0x2D, 0x2E, 0x29, 0x28].contains(pieces[r].scalar), pieces[r].spaceBefore <= 1
            {
                r += 1
            }
            guard r < pieces.count, pieces[r].kind == .number, pieces[r].spaceBefore <= 1 else { break }
            let nextLength = pieces[r].chars.count
            if r == q && (nextLength < 3 && digits >= 6) { break }
            if digits >= 10 && nextLength < 3 { break }
            q = r
        }
        guard digits >= 9 || (bracket && digits >= 10) || (digits >= 7 && plus) else { return nil }
        guard digits >= 7, digits <= 15 else { return nil }
        let startsWell =
            plus || bracket || firstDigit == 0
            || (digits >= 10 && Self.countryCodes.contains(firstTwo))
            || (digits >= 11 && Self.countryCodes.contains(firstThree))
        guard startsWell else { return nil }
        let (folded, plain, _, _) = appendSpanForms(pieces: p..<q)
        var digitKey = StableHash.offset
        for b in forms[Int(folded.lowerBound)..<Int(folded.upperBound)] where b >= 0x30 && b <= 0x39 {
            digitKey = (digitKey ^ UInt64(b)) &* StableHash.prime
        }
        append(
            Token(
                kind: .phone, range: sourceRange(pieces: p..<q), foldedRange: folded, plainRange: plain,
                key: digitKey, plainKey: digitKey, flags: [], payload: -1))
        return q
    }

    static let countryCodes: Set<Int> = [
        62, 84, 63, 66, 60, 65, 95, 81, 82, 86, 91, 44, 855, 856, 886, 852, 971, 966, 974, 968, 965,
    ]

    /// `20%`, `20 %`, `20 persen`, `20 percent`.
    mutating func parsePercent(at p: Int) -> Int? {
        guard pieces[p].kind == .number, p + 1 < pieces.count, pieces[p + 1].spaceBefore <= 1 else { return nil }
        let next = pieces[p + 1]
        let isPercent =
            (next.kind == .punct && next.scalar == 0x25)
            || (next.kind == .word && vocabulary.word(next.key) == .percent)
        guard isPercent else { return nil }
        let (folded, plain, key, plainKey) = appendSpanForms(pieces: p..<(p + 2))
        append(
            Token(
                kind: .percent, range: sourceRange(pieces: p..<(p + 2)), foldedRange: folded, plainRange: plain,
                key: key, plainKey: plainKey, flags: [], payload: -1))
        return p + 2
    }
}
