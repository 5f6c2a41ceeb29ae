// Tests of normalization and tokenization: every trick, spans, money, phones, links, bad input.

import Foundation
import Testing

@testable import ScamSignals

struct TokenizerTests {
    let tokenizer = Tokenizer()

    @Test("Decomposed Vietnamese gives exactly the tokens of precomposed text")
    func decomposedVietnamese() {
        let precomposed = "Tuyển gấp nhân viên, lương cao, bổ sung hồ sơ, đặt cọc"
        let decomposed = precomposed.decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.utf8) != Array(precomposed.utf8))
        #expect(tokenizer.tokenize(decomposed).texts() == tokenizer.tokenize(precomposed).texts())
        // Marks typed in a non-canonical order (circumflex before dot below) compose the same way.
        #expect(tokenizer.tokenize("tuye\u{0302}\u{0309}n ca\u{0302}\u{0323}p").texts() == ["tuyển", "cập"])
    }

    @Test(
        "Case, fullwidth, styled and enclosed letters fold to plain lowercase",
        arguments: [
            "GAJI", "ｇａｊｉ", "𝐠𝐚𝐣𝐢", "Ⓖⓐⓙⓘ", "𝓰𝓪𝓳𝓲", "🅶🅰🅹🅸",
        ])
    func compatibilityFolding(_ input: String) {
        #expect(tokenizer.tokenize(input).texts() == ["gaji"])
    }

    @Test(
        "Invisible characters vanish without splitting the word",
        arguments: [
            "ga\u{200B}ji", "ga\u{200C}ji", "ga\u{200D}ji", "ga\u{2060}ji", "\u{FEFF}gaji", "ga\u{00AD}ji",
            "g\u{202E}aji\u{202C}",
        ])
    func invisibleCharacters(_ input: String) {
        let text = tokenizer.tokenize(input)
        #expect(text.texts() == ["gaji"])
    }

    @Test("The link pre-test never turns away a link: over every chunk of the corpus and link-like samples")
    func linkPretest() throws {
        var chunks: [[UInt8]] = [
            "https://a.example/x", "www.123", "wa.me/628000", "t.me/kerja_cepat", "m.me/abc", "bit.ly/abc",
            "kontak@pt-maju.example", "@hr_team", "(careers.example)", "site.com:8080/x", "a:b.com", "15.000.000",
            "15jt/bulan", "08:00", "rp.5.000/hari", "s1/d3", "x.y", "abc.id.", "<www.lowongan.example>", "@@",
        ].map { Array($0.utf8) }
        for ad in try Repo.corpus() {
            for chunk in ad.text.lowercased().split(whereSeparator: \.isWhitespace) where chunk.utf8.count <= 2048 {
                chunks.append(Array(chunk.utf8))
            }
        }
        var links = 0
        for chunk in chunks {
            let full = LinkRecognizer.classify(chunk, pretest: false)
            let fast = LinkRecognizer.classify(chunk)
            #expect(
                full?.kind == fast?.kind && full?.length == fast?.length, "\(String(decoding: chunk, as: UTF8.self))")
            if full != nil { links += 1 }
        }
        #expect(links > 500)  // the corpus has links, e-mails and handles: the comparison is not vacuous
    }

    @Test("Cyrillic and Greek look-alikes fold to Latin")
    func homoglyphs() {
        #expect(tokenizer.tokenize("vіsа gаjі Тelegrаm").texts() == ["visa", "gaji", "telegram"])
        #expect(tokenizer.tokenize("οnline jοb").texts() == ["online", "job"])
        #expect(tokenizer.tokenize("vіsа").tokens[0].flags.contains(.styledLetters))
    }

    @Test("Every word has a diacritic-free view")
    func plainView() {
        let text = tokenizer.tokenize("lương đ bổ Đặt cọc")
        #expect(text.tokens.map { text.plain(of: $0) } == ["luong", "d", "bo", "dat", "coc"])
        #expect(text.tokens[0].flags.contains(.hasDiacritics))
    }

    @Test("Letter-spaced words are rejoined, word breaks kept at double spaces")
    func letterSpacing() {
        #expect(tokenizer.tokenize("g a j i  b e s a r").texts() == ["gaji", "besar"])
        #expect(tokenizer.tokenize("W h a t s A p p").texts() == ["whatsapp"])
        #expect(tokenizer.tokenize("T.e.l.e.g.r.a.m now").texts() == ["telegram", "now"])
        #expect(tokenizer.tokenize("v-i-s-a").texts() == ["visa"])
        // Two single letters are not letter spacing in ordinary text, but are among letter-spaced words.
        #expect(tokenizer.tokenize("I am a teacher").texts() == ["i", "am", "a", "teacher"])
        #expect(tokenizer.tokenize("I a b c").texts() == ["iabc"])
        #expect(
            tokenizer.tokenize("n o  s k i l l s  n e e d e d,  s e n d  I D").texts() == [
                "no", "skills", "needed", "send", "id",
            ])
    }

    @Test(
        "Dotted, dashed and symbol-spaced words are rejoined into the word the reader sees",
        arguments: [
            ("h.ộ c.h.i.ế.u", ["hộ", "chiếu"]), ("C.a.m.p.u.c.h.i.a", ["campuchia"]), ("M-y-@-n-m-a-r", ["myanmar"]),
            ("T e l e g r a m", ["telegram"]), ("send your I.D now", ["send", "your", "id", "now"]),
            ("c-ô-n-g t-y", ["công", "ty"]), ("T e l e g r @ m", ["telegram"]), ("g a j i !", ["gaji"]),
            ("L.à.o", ["lào"]),
        ])
    func separatedLetters(_ input: String, _ expected: [String]) {
        #expect(tokenizer.tokenize(input).texts() == expected)
    }

    @Test(
        "Letter-spaced Vietnamese is cut back into its syllables; other letter-spaced words stay whole",
        arguments: [
            ("h ộ c h i ế u", ["hộ", "chiếu"]), ("l ư ơ n g c a o", ["lương", "cao"]),
            ("v é m á y b a y", ["vé", "máy", "bay"]),
            ("k h ô n g c ầ n k i n h n g h i ệ m", ["không", "cần", "kinh", "nghiệm"]),
            ("C a m p u c h i a", ["campuchia"]),
            ("c a f é", ["café"]), ("g a j i", ["gaji"]),
        ])
    func vietnameseSyllables(_ input: String, _ expected: [String]) {
        #expect(tokenizer.tokenize(input).texts() == expected)
    }

    @Test(
        "Abbreviations, prices, phones and run-together sentences are not merged",
        arguments: [
            ("9 a.m. to 5 p.m.", ["9", "a", "m", "to", "5", "p", "m"]),
            ("the U.S. office", ["the", "u", "s", "office"]),
            ("e.g. cashier", ["e", "g", "cashier"]), ("Buruan!Daftar", ["buruan", "daftar"]),
            ("wow!great", ["wow", "great"]), ("ok!thanks", ["ok", "thanks"]), ("a,b", ["a", "b"]),
        ])
    func separatedLettersKeptApart(_ input: String, _ expected: [String]) {
        #expect(tokenizer.tokenize(input).texts() == expected)
    }

    @Test("Prices with a dot, phone numbers in dotted groups and decimals keep their kinds")
    func dottedNumbersStay() {
        let text = tokenizer.tokenize("Rp.500 ribu, 0812.0000.4471, 2.5 jam")
        #expect(text.tokens.map(\.kind).contains(.money))
        #expect(text.tokens.filter { $0.kind == .phone }.map { text.source(of: $0) } == ["0812.0000.4471"])
        #expect(!text.texts().contains("rpi"))
    }

    @Test(
        "An exclamation mark inside a word stands for i",
        arguments: [
            ("v!sa", "visa"), ("t!dak", "tidak"), ("k!rim", "kirim"), ("kom!si", "komisi"), ("Cambod!a", "cambodia"),
        ])
    func exclamationForI(_ input: String, _ expected: String) {
        #expect(tokenizer.tokenize(input).texts() == [expected])
    }

    @Test("Repeated letters are squeezed")
    func squeezing() {
        #expect(tokenizer.tokenize("gajiiiii besaaaar freeee").texts() == ["gaji", "besar", "free"])
        #expect(tokenizer.tokenize("saat maaf need").texts() == ["saat", "maaf", "need"])
    }

    @Test(
        "Digit-for-letter swaps are undone inside words, numbers and units stay",
        arguments: [
            ("g4ji", "gaji"), ("l0wongan", "lowongan"), ("v1sa", "visa"), ("k3rja", "kerja"), ("j0b", "job"),
            ("m0ney", "money"), ("4dmin", "admin"), ("hubung1", "hubungi"), ("ca$h", "cash"), ("g@ji", "gaji"),
            ("20kg", "20kg"), ("mp3", "mp3"), ("b2b", "b2b"), ("covid19", "covid19"), ("4g", "4g"),
            ("kerja2", "kerja2"), ("k33p", "keep"), ("g00d", "good"), ("a380b", "a380b"), ("x1000y", "x1000y"),
        ])
    func digitSwaps(_ input: String, _ expected: String) {
        #expect(tokenizer.tokenize(input).texts() == [expected])
    }

    @Test("Real numbers are not broken by swap undoing")
    func numbersStay() {
        let text = tokenizer.tokenize("usia 18 tahun, 2024, 15.000.000")
        #expect(text.tokens.filter { $0.kind == .number }.map { text.source(of: $0) } == ["18", "2024", "15.000.000"])
    }

    @Test("Indonesian chat abbreviations expand; English contractions split")
    func slangAndContractions() {
        #expect(tokenizer.tokenize("yg tdk gk utk dgn").texts() == ["yang", "tidak", "tidak", "untuk", "dengan"])
        #expect(tokenizer.tokenize("ko dc").texts() == ["không", "được"])
        let text = tokenizer.tokenize("we don't pay")
        #expect(text.texts() == ["we", "do", "not", "pay"])
        #expect(text.tokens[1].range == text.tokens[2].range)
    }

    @Test("Token kinds: phone, e-mail, URL, messenger contacts, emoji, percent")
    func kinds() {
        let text = tokenizer.tokenize(
            """
            Hub 0812-0000-4321 atau +62 812 0000 4321, email hr.rekrut@gmail.example, web https://karir.abc.example/lowongan, \
            bit.ly/x1y2 wa.me/6281200004321 t.me/cs_asia @recruit_kh, Zalo 0912 000 123, Line ID: kerja88, WeChat, komisi 20% 🔥👍🏽
            """)
        func sources(_ kind: TokenKind) -> [String] {
            text.tokens.filter { $0.kind == kind }.map { text.source(of: $0) }
        }
        #expect(sources(.phone) == ["0812-0000-4321", "+62 812 0000 4321"])
        #expect(sources(.email) == ["hr.rekrut@gmail.example"])
        #expect(sources(.url) == ["https://karir.abc.example/lowongan", "bit.ly/x1y2"])
        #expect(
            sources(.messenger) == [
                "wa.me/6281200004321", "t.me/cs_asia", "@recruit_kh", "Zalo 0912 000 123",
                "Line ID: kerja88", "WeChat",
            ])
        #expect(sources(.percent) == ["20%"])
        #expect(sources(.emoji) == ["🔥", "👍🏽"])
        #expect(text.tokens.first { $0.kind == .email }!.flags.contains(.freeMail))
        #expect(
            text.tokens.first { $0.kind == .url && text.source(of: $0).hasPrefix("bit") }!.flags.contains(.shortLink))
        let apps = text.tokens.filter { $0.kind == .messenger }.compactMap { text.messenger(of: $0) }
        #expect(apps == [.whatsapp, .telegram, .unknown, .zalo, .line, .wechat])
    }

    @Test("Money fixtures: every format ads use")
    func moneyFixtures() throws {
        let cases = try Repo.jsonLines("Tests/ScamSignalsTests/Fixtures/money.jsonl")
        #expect(cases.count >= 100)
        var failures: [String] = []
        for c in cases {
            let input = c["text"] as! String
            let text = tokenizer.tokenize(input)
            guard let token = text.tokens.first(where: { $0.kind == .money }), let amount = text.amount(of: token)
            else {
                failures.append("\(input): no money token")
                continue
            }
            let high = (c["high"] as! NSNumber).doubleValue
            let low = (c["low"] as? NSNumber)?.doubleValue
            let currency = c["currency"] as? String
            let period = (c["period"] as? String).flatMap(PayPeriod.init(rawValue:))
            let currencyOK =
                currency == nil ? (amount.currency == nil || amount.currencyInferred) : amount.currency == currency
            if abs(amount.high - high) > 1e-6 * max(1, high)
                || low.map({ abs((amount.low ?? -1) - $0) > 1e-6 * max(1, $0) }) ?? (amount.low != nil)
                || !currencyOK || amount.period != period
            {
                failures.append("\(input): got \(amount)")
            }
        }
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) failures:\n" + failures.joined(separator: "\n")))
    }

    @Test("Both separator conventions, in one ad")
    func separators() {
        let text = tokenizer.tokenize("Gaji Rp 8.500.000 atau IDR 8,5 jt; bonus $1,500.50 / USD 1.500")
        #expect(text.amounts.map(\.high) == [8_500_000, 8_500_000, 1500.5, 1500])
    }

    @Test(
        "Letter O for zero, a repeated currency code, a swapped period word and a spoken Vietnamese fraction",
        arguments: [
            ("Receptionist, 9,5OO USD/m0nth", 9500.0, "USD", PayPeriod.month),
            ("Penjaga kios, gaji 3O juta sebulan", 30_000_000, "IDR", .month),
            ("Pendaftaran cuma 1OOrb", 100_000, "IDR", nil),
            ("Earn £4,000 a w33k", 4000, "GBP", .week),
            ("Rửa bát, lương 1 triệu 5 một ngày", 1_500_000, "VND", .day),
            ("Lương 7 triệu 5 ngày/tuần", 7_000_000, "VND", nil),
            ("Easy typing job, $1.200 per week", 1200, "USD", .week),
        ])
    func obfuscatedMoney(_ input: String, _ high: Double, _ currency: String, _ period: PayPeriod?) {
        let text = tokenizer.tokenize(input)
        let amount = text.tokens.first { $0.kind == .money }.flatMap(text.amount(of:))
        #expect(amount?.high == high)
        #expect(amount?.currency == currency)
        #expect(amount?.period == period)
    }

    @Test(
        "Dotted syllables rejoin; abbreviations, addresses and run-together sentences stay apart",
        arguments: [
            ("Lo.wo.ngan ker.ja gu.dang", ["lowongan", "kerja", "gudang"]),
            ("pen.daf.ta.ran 250rb", ["pendaftaran", "250rb"]),
            ("ga.ji 5 jt", ["gaji", "5 jt"]),
            ("Tu.yen nhân viên", ["tuyen", "nhân", "viên"]),
            ("Jl.Raya Bogor", ["jl", "raya", "bogor"]),
            ("TP.HCM", ["tp", "hcm"]),
            ("gaji.ada bonus", ["gaji", "ada", "bonus"]),
            ("jl.sudirman", ["jl", "sudirman"]),
            ("e.g. this", ["e", "g", "this"]),
            ("Ph.D holder", ["ph", "d", "holder"]),
        ])
    func dottedSyllables(_ input: String, _ expected: [String]) {
        #expect(tokenizer.tokenize(input).texts().filter { $0 != "." } == expected)
    }

    @Test(
        "Every token's range slices the original text it came from",
        arguments: [
            "Lowongan 🇰🇭 g a j i  besar Rp15jt/bln!! WA 0812-0000-4321 ｇａｊｉ ga\u{200B}ji tuye\u{0302}\u{0309}n",
            "Earn $1,500/week, don't miss it: t.me/hr_asia (limited)",
        ])
    func spansPointAtOriginal(_ input: String) {
        let text = tokenizer.tokenize(input)
        let bytes = Array(input.utf8)
        var last = 0
        for t in text.tokens {
            #expect(t.range.lowerBound >= last || t.flags.contains(.contraction))
            #expect(t.range.upperBound <= bytes.count && !t.range.isEmpty)
            #expect(text.source(of: t) == String(decoding: bytes[t.range], as: UTF8.self))
            // The span re-tokenizes to the same normalized form (spans are exact, not approximate).
            if t.kind == .word && !t.flags.contains(.contraction) {
                #expect(tokenizer.tokenize(text.source(of: t)).texts().joined() == text.normalized(of: t))
            }
            last = t.range.lowerBound
        }
    }

    @Test("Spans hold on every corpus ad and on random strings")
    func spanPropertyOnCorpusAndRandom() throws {
        var inputs = try Repo.corpus().prefix(400).map(\.text)
        var rng = SplitMix64(seed: 42)
        let alphabet = Array("aAgiJ 0159.,/-@$đướ̂\u{200B}\u{0301}🔥🇰🇭ｇ𝐠а\n%₫".unicodeScalars)
        for _ in 0..<300 {
            let n = Int(rng.next() % 60)
            inputs.append(
                String(
                    String.UnicodeScalarView((0..<n).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })))
        }
        for input in inputs {
            let text = tokenizer.tokenize(input)
            for t in text.tokens {
                #expect(
                    t.range.lowerBound >= 0 && t.range.upperBound <= text.bytes.count
                        && t.range.lowerBound < t.range.upperBound)
            }
        }
    }

    @Test("Invalid UTF-8 is replaced, offsets still map to the input")
    func invalidUTF8() {
        let bytes: [UInt8] =
            Array("gaji ".utf8) + [0xFF, 0xC3] + Array(" besar ".utf8) + [0xE2, 0x82] + Array("x".utf8) + [
                0xED, 0xA0, 0x80,
            ]
        let text = tokenizer.tokenize(bytes: bytes)
        #expect(text.texts().contains("gaji") && text.texts().contains("besar"))
        for t in text.tokens { #expect(t.range.upperBound <= bytes.count) }
        let besar = text.tokens.first { text.normalized(of: $0) == "besar" }!
        #expect(Array(bytes[besar.range]) == Array("besar".utf8))
    }

    @Test("Empty and whitespace-only input give no tokens")
    func emptyInput() {
        #expect(tokenizer.tokenize("").tokens.isEmpty)
        #expect(tokenizer.tokenize(" \n\t  \u{3000} ").tokens.isEmpty)
        #expect(tokenizer.tokenize("").language.language == .unknown)
    }

    @Test("Pathological inputs finish", arguments: ["marks", "emoji", "word", "spaced"])
    func pathological(_ family: String) {
        let input: String
        switch family {
        case "marks": input = "a" + String(repeating: "\u{0301}", count: 500_000)
        case "emoji": input = String(repeating: "🔥", count: 200_000)
        case "word": input = String(repeating: "g", count: 1 << 20)
        default: input = String(repeating: "g a ", count: 100_000)
        }
        let text = tokenizer.tokenize(input)
        #expect(!text.tokens.isEmpty)
        #expect(text.tokens.allSatisfy { $0.range.upperBound <= input.utf8.count })
    }

    @Test("Language identification is right on ≥ 98% of the labelled set")
    func languageIdentification() throws {
        let cases = try Repo.jsonLines("Tests/ScamSignalsTests/Fixtures/language-id.jsonl")
        #expect(cases.count >= 600)
        var wrong: [String] = []
        for c in cases {
            let expected = c["lang"] as! String
            let input = c["text"] as! String
            let got = tokenizer.tokenize(input).language.language.rawValue
            if got != expected { wrong.append("\(expected)→\(got): \(input)") }
        }
        let accuracy = 1 - Double(wrong.count) / Double(cases.count)
        #expect(accuracy >= 0.98, Comment(rawValue: "accuracy \(accuracy):\n" + wrong.joined(separator: "\n")))
    }
}

/// The fold table is parsed from its generated text as bytes; this reads the same text the plain way, with
/// strings, and checks that every code point folds the same.
@Suite struct FoldTableTests {
    @Test("The byte-level parse of the fold table agrees with a string-level reading of every line")
    func parseAgreesWithStrings() {
        let table = FoldTable.shared
        var checked = 0
        for line in FoldTable.entryData.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 4, let cp = UInt32(fields[0], radix: 16) else { continue }
            func utf8(_ field: Substring) -> [UInt8] {
                field == "-"
                    ? []
                    : field.split(separator: ".").flatMap {
                        Array(String(Unicode.Scalar(UInt32($0, radix: 16)!)!).utf8)
                    }
            }
            guard let fold = table.fold(cp) else {
                Issue.record("no entry for \(String(cp, radix: 16))")
                continue
            }
            #expect(Array(fold.folded) == utf8(fields[2]), "\(String(cp, radix: 16))")
            #expect(Array(fold.plain) == utf8(fields[3]), "\(String(cp, radix: 16))")
            let scalars = fields[2] == "-" ? [] : fields[2].split(separator: ".")
            #expect(fold.scalar == (scalars.count == 1 ? UInt32(scalars[0], radix: 16) : nil))
            checked += 1
        }
        var compositions = 0
        for line in FoldTable.compositionData.split(separator: "\n") {
            let f = line.split(separator: " ").compactMap { UInt32($0, radix: 16) }
            guard f.count == 3 else { continue }
            #expect(table.compose(f[0], f[1]) == f[2])
            compositions += 1
        }
        #expect(checked > 2000 && compositions > 100)
    }
}
