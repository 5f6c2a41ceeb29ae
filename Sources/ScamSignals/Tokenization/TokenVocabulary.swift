// The words the tokenizer itself must recognise: currencies, scales, pay periods, messenger apps.
//
// These are grammar of the token recognisers, not warning signs (those live in the rule pack). Keys are
// the folded (accent-preserving) forms; unaccented spellings are listed where real ads use them.

/// What a word means to the money, phone and messenger recognisers.
enum VocabularyWord: Sendable, Equatable {
    case currency(String)
    /// A multiplier, and the currency it implies (`juta` → IDR, `triệu` → VND), if any.
    case scale(Double, String?)
    case period(PayPeriod)
    /// `hr`: hari (day) in Indonesian, hour in English; decided by the currency.
    case hourOrDay
    /// `per`, `a`, `mỗi`, `tiap`: stands between an amount and a period.
    case per
    /// `to`, `sampai`, `đến`: joins two amounts into a range.
    case rangeJoin
    /// `max`, `maksimal`, `upto`: the amount is a maximum.
    case upTo
    /// `up` (of "up to"), `lên` (of "lên đến"), `tối` (of "tối đa"): only with the next word.
    case upToLead
    /// `đa` (of "tối đa"): makes the amount a maximum after `tối`.
    case upToTail
    /// `gaji`, `lương`, `salary`: a bare number right after it is pay (`gaji 4.500.000`).
    case payWord
    /// `persen`, `percent`, `phần trăm`.
    case percent
    /// A messenger application's name.
    case messenger(MessengerApp)
    /// `id`, `no`, `nomor`, `number`, `số`, `me`: may stand between a messenger name and its contact.
    case contactFiller
}

struct TokenVocabulary: Sendable {
    static let shared = TokenVocabulary()

    private var table = KeyTable(capacity: 512)
    private var words: [VocabularyWord] = []
    /// Currency symbols by code point.
    let symbols: [UInt32: String] = [
        0x24: "USD", 0xA5: "JPY", 0xA3: "GBP", 0x20AC: "EUR", 0x0E3F: "THB", 0x20B1: "PHP", 0x20A9: "KRW",
        0x20AB: "VND", 0x20B9: "INR", 0x20AD: "LAK", 0x17DB: "KHR", 0xFFE5: "JPY", 0xFFE1: "GBP", 0xFF04: "USD",
        0x20A6: "NGN",
    ]
    /// Letters written right before `$`: `US$`, `S$`, `NT$`, `HK$`, `A$`, `C$`.
    let dollarPrefixes: [UInt64: String]

    init() {
        let currencies: [(String, [String])] = [
            ("IDR", ["rp", "idr", "rupiah"]),
            ("VND", ["vnd", "vnđ", "đ", "đồng", "dong", "vnd.", "₫"]),
            ("USD", ["usd", "usdt", "dollar", "dollars", "đô", "dolar", "đôla", "đô-la"]),
            ("SGD", ["sgd"]), ("MYR", ["myr", "rm", "ringgit"]), ("PHP", ["php", "peso", "pesos"]),
            ("THB", ["thb", "baht", "bạt", "bath"]), ("JPY", ["jpy", "yen", "yên"]), ("KRW", ["krw", "won"]),
            ("TWD", ["twd", "ntd"]), ("HKD", ["hkd"]), ("CNY", ["cny", "rmb", "yuan", "tệ"]),
            ("AED", ["aed", "dirham", "dirhams"]), ("SAR", ["sar", "riyal", "riyals"]), ("QAR", ["qar"]),
            ("EUR", ["eur", "euro", "euros"]), ("GBP", ["gbp", "pound", "pounds"]), ("KHR", ["khr", "riel", "riels"]),
            ("MMK", ["mmk", "kyat", "kyats"]), ("LAK", ["lak", "kip"]), ("INR", ["inr", "rs", "rupee", "rupees"]),
            ("AUD", ["aud"]), ("CAD", ["cad"]), ("NZD", ["nzd"]), ("PLN", ["pln", "zloty", "złoty"]),
            ("NGN", ["ngn", "naira"]), ("KES", ["kes", "ksh", "kshs"]),
        ]
        let scales: [(Double, String?, [String])] = [
            (1e6, "IDR", ["juta", "jt", "jta", "jtan"]),
            (1e6, "VND", ["tr", "triệu", "trieu", "củ"]),
            (1e6, nil, ["m", "mil", "million", "millions", "mio"]),
            (1e3, "IDR", ["ribu", "rb", "rbu"]),
            (1e3, "VND", ["nghìn", "nghin", "ngàn", "ngan"]),
            (1e3, nil, ["k", "thousand", "grand"]),
            (1e9, "VND", ["tỷ", "tỉ"]),
            (1e9, "IDR", ["miliar", "milyar"]),
            (1e9, nil, ["billion"]),
        ]
        let periods: [(PayPeriod, [String])] = [
            (
                .month,
                [
                    "bulan", "bln", "month", "months", "mo", "mth", "tháng", "thang", "sebulan", "perbulan",
                    "perbln", "monthly", "bulanan",
                ]
            ),
            (.day, ["hari", "day", "days", "ngày", "ngay", "sehari", "perhari", "daily", "harian"]),
            (
                .week,
                ["minggu", "mgg", "week", "weeks", "wk", "tuần", "tuan", "seminggu", "perminggu", "weekly", "mingguan"]
            ),
            (.hour, ["jam", "hour", "hours", "hrs", "h", "giờ", "gio", "tiếng", "perjam", "hourly"]),
            (
                .year,
                [
                    "tahun", "thn", "year", "years", "yr", "yrs", "annum", "năm", "setahun", "pertahun",
                    "annually", "yearly", "p.a", "pa",
                ]
            ),
        ]
        var table = KeyTable(capacity: 512)
        var words: [VocabularyWord] = []
        func add(_ spelling: String, _ word: VocabularyWord) {
            let key = StableHash.string(spelling)
            if table.contains(key) { return }
            table.set(key, Int32(words.count))
            words.append(word)
        }
        for (code, spellings) in currencies { for s in spellings { add(s, .currency(code)) } }
        for (scale, currency, spellings) in scales { for s in spellings { add(s, .scale(scale, currency)) } }
        for (period, spellings) in periods { for s in spellings { add(s, .period(period)) } }
        add("hr", .hourOrDay)
        for s in ["per", "a", "an", "mỗi", "moi", "tiap", "setiap", "each", "every", "một", "mot"] { add(s, .per) }
        for s in ["to", "sampai", "hingga", "đến", "den", "tới", "s", "sd", "till", "until"] { add(s, .rangeJoin) }
        for s in ["max", "maks", "maksimal", "maximum", "upto", "hingga", "sampai", "tối-đa"] { add(s, .upTo) }
        for s in ["up", "lên", "len", "tối", "toi"] { add(s, .upToLead) }
        add("đa", .upToTail)
        for s in [
            "gaji", "lương", "luong", "salary", "upah", "penghasilan", "income", "pay", "nhập", "gapok", "wage",
            "wages",
        ] {
            add(s, .payWord)
        }
        for s in ["persen", "percent", "pct", "phần", "%"] { add(s, .percent) }
        let apps: [(MessengerApp, [String])] = [
            (
                .whatsapp,
                [
                    "wa", "whatsapp", "whatapp", "whatsap", "watsap", "wasap", "watsapp", "whtsapp", "whats", "watshap",
                    "whastapp",
                ]
            ),
            (.telegram, ["telegram", "tele", "tg", "telegrm", "telegam", "tlgrm"]),
            (.zalo, ["zalo", "zl"]), (.line, ["line"]), (.wechat, ["wechat", "weixin"]), (.viber, ["viber"]),
            (.kakaotalk, ["kakaotalk", "kakao"]), (.skype, ["skype"]), (.signal, ["signal"]),
            (.messenger, ["messenger"]),
        ]
        for (app, spellings) in apps { for s in spellings { add(s, .messenger(app)) } }
        for s in ["id", "no", "nomor", "number", "num", "số", "so", "me", "acc", "account", "akun", "tài", "khoản"] {
            add(s, .contactFiller)
        }
        self.table = table
        self.words = words
        var prefixes: [UInt64: String] = [:]
        for (p, code) in [
            ("us", "USD"), ("s", "SGD"), ("nt", "TWD"), ("hk", "HKD"), ("a", "AUD"), ("c", "CAD"), ("au", "AUD"),
        ] {
            prefixes[StableHash.string(p)] = code
        }
        self.dollarPrefixes = prefixes
    }

    /// The meaning of a folded word, looked up by its hash.
    @inline(__always)
    func word(_ key: UInt64) -> VocabularyWord? {
        table.value(for: key).map { words[Int($0)] }
    }
}
