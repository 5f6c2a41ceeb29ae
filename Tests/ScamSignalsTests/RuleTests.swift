// Tests of the rules engine: every built-in sign's examples, negation, evidence, explanations, packs.

import Foundation
import Testing

@testable import ScamSignals

struct RuleTests {
    let tokenizer = Tokenizer()
    let rules = RuleSet.builtin

    func signals(_ text: String) -> [Signal] { rules.evaluate(tokenizer.tokenize(text)) }

    @Test(
        "The catalog has the required signs, in the required category order, with explanations in all three languages")
    func catalog() {
        let categories = [
            "salary", "employer", "travel", "fees", "contact", "urgency", "requirements", "destination",
            "documents", "tasks", "secrecy",
        ]
        let order = rules.definitions.map(\.category).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
        #expect(order == categories)
        for d in rules.definitions {
            for language in Language.supported {
                #expect(
                    !d.explanation.text(in: language).isEmpty
                        && d.explanation.text(in: .english) != d.explanation.text(in: .vietnamese)
                        || language == .english)
                #expect(!d.title.text(in: language).isEmpty, "\(d.id) has no \(language) title")
                #expect(!d.sign.text(in: language).isEmpty, "\(d.id) has no \(language) ThinkB4UClick sign")
            }
            #expect(d.explanation.id != nil && d.explanation.vi != nil && d.explanation.en != nil, "\(d.id)")
        }
    }

    @Test("Every sign fires on its firing examples and stays silent on its silent ones, in every language")
    func examples() throws {
        var failures: [String] = []
        for signal in RulePack.builtin.signals ?? [] {
            let examples = try #require(signal.examples, "\(signal.id) has no examples")
            for (language, fires, silent) in [
                ("id", examples.fires?.id, examples.silent?.id), ("vi", examples.fires?.vi, examples.silent?.vi),
                ("en", examples.fires?.en, examples.silent?.en),
            ] {
                #expect((fires ?? []).count >= 3, "\(signal.id) needs 3 firing examples in \(language)")
                #expect((silent ?? []).count >= 3, "\(signal.id) needs 3 silent examples in \(language)")
                for text in fires ?? [] where !signals(text).contains(where: { $0.id == signal.id }) {
                    failures.append("should fire \(signal.id) [\(language)]: \(text)")
                }
                for text in silent ?? [] where signals(text).contains(where: { $0.id == signal.id }) {
                    failures.append("should NOT fire \(signal.id) [\(language)]: \(text)")
                }
            }
        }
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) failures:\n" + failures.joined(separator: "\n")))
    }

    @Test(
        "Negated and reassuring fee statements do not fire the fee sign",
        arguments: [
            "Proses rekrutmen tidak dipungut biaya.", "Tanpa biaya penempatan.", "Tidak ada biaya apapun.",
            "Chúng tôi không thu phí.", "We never ask for fees.", "No fees at any stage of the process.",
        ])
    func negation(_ text: String) {
        #expect(!signals(text).contains { $0.id == "upfront-fees" })
    }

    @Test(
        "Fee demands fire with exact evidence",
        arguments: [
            ("Wajib bayar biaya administrasi Rp 250.000 sebelum berangkat.", "biaya administrasi"),
            ("Ứng viên nộp phí hồ sơ 500k.", "phí hồ sơ"),
            ("A processing fee of $150 is required.", "processing fee"),
        ])
    func feeEvidence(_ text: String, _ words: String) throws {
        let fee = try #require(signals(text).first { $0.id == "upfront-fees" })
        #expect(fee.evidence.contains { $0.text.lowercased().contains(words.lowercased()) })
        let bytes = Array(text.utf8)
        for e in fee.evidence { #expect(String(decoding: bytes[e.start..<e.end], as: UTF8.self) == e.text) }
    }

    @Test("One weak sign alone does not make a legitimate ad a scam")
    func weakSignAlone() {
        let ad =
            "PT Maju Bersama, Jl. Industri No. 5 Bekasi, membuka lowongan operator produksi. Kirim CV ke hrd@majubersama.example atau WA 0812-0000-1111."
        let a = Classifier.default.assess(ad)
        #expect(a.verdict != .scam)
    }

    @Test("Salary check: entry-level overpay fires, senior pay in Hanoi does not, daily pay adds up")
    func salary() {
        #expect(
            signals("Lowongan admin tanpa pengalaman di Kamboja, gaji 1.500 USD per bulan").contains {
                $0.id == "unrealistic-salary"
            })
        #expect(
            signals("Việc nhẹ tại nhà, chỉ cần điện thoại, thu nhập 500k/ngày").contains {
                $0.id == "unrealistic-salary"
            })
        #expect(
            !signals("Tuyển Senior Backend Developer tại Hà Nội, 5 năm kinh nghiệm, lương 70 triệu/tháng").contains {
                $0.id == "unrealistic-salary"
            })
        #expect(
            !signals("Operator produksi Karawang, gaji Rp 5.200.000 per bulan").contains {
                $0.id == "unrealistic-salary"
            })
        #expect(
            signals("Data entry from home, no experience needed, earn $45/hour").contains {
                $0.id == "unrealistic-salary"
            })
    }

    @Test(
        "Salary normalization across currencies and periods",
        arguments: [
            // (ad, fires): each currency and period format the tokenizer parses, on both sides of the bar.
            ("Admin tanpa pengalaman, gaji Rp 25.000.000/bulan", true),
            ("Admin tanpa pengalaman, gaji Rp 6.000.000/bulan", false),
            ("Kerja santai dari rumah, cukup HP, sehari bisa dapat 400rb", true),
            ("Nhân viên kho, không cần kinh nghiệm, lương 9 triệu/tháng", false),
            ("CTV online chỉ cần điện thoại, 800k/ngày", true),
            ("Reshipping assistant, no experience, $2,000/week", true),
            ("Warehouse associate, Columbus OH, $18.50/hr", false),
            ("Chat support in Bangkok, no experience, ฿150,000 per month", true),
            ("Kilang di Johor, tanpa pengalaman, gaji RM 9,000 sebulan", true),
            ("Kerja di Jepang, pabrik makanan, gaji ¥220,000 per bulan", false),
            ("Nhà máy ở Hàn Quốc, lương 2.300.000 won/tháng", false),
            ("Staff Accountant, Columbus OH, $68,000 – $78,000", false),
            ("Customer service Manila, no experience needed, ₱150,000 monthly", true),
            // An unskilled role sets the bar at 2.5× the entry wage; a senior or skilled title outranks it.
            ("Lowongan kasir minimarket, gaji 16 juta per bulan", true),
            ("Supervisor kasir, pengalaman 7 tahun, gaji 16 juta per bulan", false),
            ("Cleaner wanted, $8,000 a month", true),
            ("Store manager overseeing 12 cashiers, $8,000 a month", false),
            // A senior or skilled role outranks "from home": hybrid work does not make pay suspicious.
            ("Staff engineer, 10 years experience, 2 days from home, $17,000 per month", false),
            // Stated hours scale the pay to full time; a distance in hours or a reply time does not.
            ("Data entry clerk, $950 per week for roughly 15 hours of work", true),
            ("Receive parcels at home, $2,800/mo for like an hour a day", true),
            ("Kerja cuma 2 jam sehari, gaji 9 juta per bulan", true),
            ("Trực page 2 tiếng mỗi ngày, lương 2 triệu 5 một tuần", true),
            ("Part time 4 jam per hari, gaji Rp 2,5 juta per bulan", false),
            ("Data entry clerk, full time 40 hours a week, $18 an hour", false),
            ("Backend developer, $9,500 a month. We reply to every application within 2 hours.", false),
            ("Farm about an hour north of the city, cabins $165/week", false),
            // Pay per task is read as pay for an hour of work.
            ("Get paid $50 per product review, just 10 minutes each", true),
            ("Mystery shoppers earn $300 per assignment", true),
            ("Bayaran Rp 250rb per ulasan produk, 5 menit selesai", true),
            ("Mỗi bài đánh giá sản phẩm được trả 300k", true),
            ("Mystery shopper, $15 per visit plus your meal reimbursed", false),
            ("Survey interviewers paid $3 per completed survey", false),
            ("Data Analyst, lương 25 – 35 triệu gross, review 6 tháng/lần", false),
        ])
    func salaryNormalization(_ ad: String, _ fires: Bool) {
        #expect(signals(ad).contains { $0.id == "unrealistic-salary" } == fires)
    }

    @Test(
        "Course-fee check: a public course that says it is no job offer, or names no job, is no fee demand; a fee to start work is",
        arguments: [
            ("Evening bookkeeping course, £240 for 8 weeks. It's a training course, not a job offer.", false),
            ("Kursus barista, biaya Rp 1,2 juta. Kelas umum, tidak terkait lowongan kerja mana pun.", false),
            ("Khóa học kế toán 8 buổi, học phí 2,5 triệu; khóa học không gắn với việc tuyển dụng.", false),
            ("Training fee $250 before you start the job. This is not a job offer scam.", true),
            ("Biaya pelatihan Rp 1,5 juta sebelum mulai kerja.", true),
            // A course that speaks of no job at all is no job fee; one that leads to the job is.
            ("Excel course $180, open to the public.", false),
            ("Lop tin hoc van phong buoi toi, hoc phi 1tr5 ca khoa.", false),
            ("Excel course $180, then you start the job at our office.", true),
            ("Khóa học đào tạo nghề 2 triệu, học xong nhận đi làm luôn, lương 12tr.", true),
        ])
    func courseFee(_ ad: String, _ fires: Bool) {
        #expect(signals(ad).contains { $0.id == "upfront-fees" } == fires)
    }

    @Test(
        "Free-mail check: a Gmail address fires only in an ad with no business name, street address or website",
        arguments: [
            ("Dicari admin online, kirim CV ke lokerkerja88@gmail.example", true),
            ("Cần tuyển nhân viên, gửi CV về tuyendungnhanh@gmail.example", true),
            ("Hiring data entry clerks, send your resume to hr.jobs2024@outlook.example", true),
            // A formal company name over a free mailbox is how recruiters impersonate firms: it still fires.
            ("PT Energi Nusantara Persada membuka rekrutmen, CV ke rekrutmen.enp@gmail.example", true),
            ("Toko Roti Mawar butuh kasir, CV ke rotimawar@gmail.example", false),
            ("Nhà thuốc Phúc Thọ cần dược sĩ, gửi CV qua phuctho@gmail.example", false),
            ("Sunrise Bakery needs a baker, email sunrisebakes@gmail.example", false),
            ("Butuh admin gudang, Jl. Raya Bogor km 5, CV ke gudangbogor@gmail.example", false),
            ("Cần thợ phụ, địa chỉ số 12 Lê Lợi, gửi CV tới thophu@gmail.example", false),
            ("Barista wanted, see coffeehouse.example for details or email baristajobs@gmail.example", false),
            // Capitals alone are not a name: a shouted heading names a role.
            ("CỬA HÀNG TUYỂN GẤP, gửi CV về tuyengap@gmail.example", true),
        ])
    func freeMail(_ ad: String, _ fires: Bool) {
        #expect(signals(ad).contains { $0.id == "unclear-employer" } == fires)
    }

    @Test(
        "Chat-only check: a messenger contact yields to an address, a website or a company e-mail anywhere in the ad",
        arguments: [
            ("Minat? Langsung WA aja 0812-0000-1111", true),
            ("Laundry Wangi (Jl. Arifin Ahmad) butuh karyawan setrika. Minat WA aja 0822-0000-4760", false),
            (
                "Email CV ke hrd@tokomandiri.example. Grup Telegram kami untuk pengumuman saja, gabung grup Telegram",
                false
            ),
            ("Ai quan tâm ib mình nhé", true),
            ("Tiệm ở số 26 hẻm 81 Nguyễn Tri Phương. Ai quan tâm ib mình nhé", false),
            ("DM me for details!", true),
            ("Details at www.harbourcafe.example. Or DM me for details!", false),
            // An exclusive wording still fires beside an address: the ad insists on chat.
            ("Office at 12 Orchard Road. Contact us only via Telegram.", true),
            ("Kantor: Jl. Sudirman 5. Daftar hanya via WA, tidak terima telepon.", true),
        ])
    func chatOnly(_ ad: String, _ fires: Bool) {
        #expect(signals(ad).contains { $0.id == "private-messaging-only" } == fires)
    }

    @Test(
        "Selection check: \"no experience needed\" yields to a stated test or interview, other waivers do not",
        arguments: [
            ("Tanpa pengalaman, langsung kerja besok!", true),
            ("Fresh graduate tanpa pengalaman boleh daftar. Seleksi: psikotes dan wawancara HRD.", false),
            ("Không yêu cầu kinh nghiệm, lương cao, nhận việc ngay.", true),
            ("Không yêu cầu kinh nghiệm; quy trình gồm bài test chuyên môn và phỏng vấn với trưởng phòng.", false),
            ("No experience required. Selection includes a written test and an interview with the manager.", false),
            ("No interview, no experience, start today.", true),
            // A negated step is no selection.
            ("Không cần kinh nghiệm, không cần thi tay nghề.", true),
        ])
    func selection(_ ad: String, _ fires: Bool) {
        #expect(signals(ad).contains { $0.id == "no-real-requirements" } == fires)
    }

    @Test(
        "Placement check: employer-paid travel under a contract with a findable employer is no sign, haste is",
        arguments: [
            ("Tiket pesawat ditanggung bos, berangkat minggu ini, visa turis dulu.", "travel-paid-upfront", true),
            (
                "Kontrak kerja 2 tahun, visa kerja dan tiket pesawat ditanggung perusahaan. Kantor: Jl. Cempaka No. 7, "
                    + "Semarang.", "travel-paid-upfront", false
            ),
            // A rushed departure outweighs a contract.
            (
                "Employment contract. Flights covered by us, you fly out this week on a tourist visa. "
                    + "Office: 12 Orchard Road.", "travel-paid-upfront", true
            ),
            (
                "Kế toán trưởng tại Phnom Penh, 7 năm kinh nghiệm, giấy phép lao động do công ty làm. "
                    + "Hồ sơ: hr@mekong.example", "high-risk-destination", false
            ),
            // Entry-level hub work stays a sign, whatever the paperwork.
            (
                "CSKH tại Phnom Penh, không cần kinh nghiệm, giấy phép lao động do công ty làm. Hồ sơ: hr@mekong.example",
                "high-risk-destination", true
            ),
        ])
    func placement(_ ad: String, _ sign: String, _ fires: Bool) {
        #expect(signals(ad).contains { $0.id == sign } == fires)
    }

    @Test(
        "Workplace check: a risky place is a sign where work is offered there, not in news, travel or warnings",
        arguments: [
            ("Loker luar negeri.\nLokasi: Myawaddy.", true),
            ("Qua Lào làm sale online, thu nhập 25-30tr.", true),
            ("We are hiring chat agents based in Sihanoukville.", true),
            ("Police say the suspects were arrested in Cambodia after a joint operation.", false),
            ("Liburan 4 hari ke Siem Reap dan Phnom Penh, lihat Angkor Wat.", false),
            // A warning frames the whole clause, however far it stands from the place.
            ("Khuyến cáo công dân cảnh giác trước các lời mời chào việc làm thu nhập cao tại Myanmar.", false),
        ])
    func workplace(_ ad: String, _ fires: Bool) {
        #expect(signals(ad).contains { $0.id == "high-risk-destination" } == fires)
    }

    @Test("A pay period before the amount counts as a compound, after a distributive word or after a pay word")
    func periodBefore() {
        #expect(signals("Việc nhẹ tại nhà, mỗi ngày kiếm 600k").contains { $0.id == "unrealistic-salary" })
        #expect(!signals("Gia sư Toán, mỗi buổi 1,5 tiếng, 200k/buổi").contains { $0.id == "unrealistic-salary" })
        // `lương giờ 300k` is 300k an hour (52 million a month), not 300k a month.
        #expect(signals("Cộng tác viên nhập liệu, lương giờ 300k").contains { $0.id == "unrealistic-salary" })
        #expect(!signals("Cộng tác viên nhập liệu, lương 300k").contains { $0.id == "unrealistic-salary" })
    }

    @Test("A short text in rupiah or dong is weighed against that country's wages, not the international floor")
    func unidentifiedLanguage() {
        let text = "Jaga kios, 17 juta/bulan"
        #expect(!Language.supported.contains(tokenizer.tokenize(text).language.language))
        #expect(signals(text).contains { $0.id == "unrealistic-salary" })
    }

    @Test("Evidence spans are merged and ordered")
    func mergeSpans() {
        #expect(RuleSet.merge([5..<9, 0..<3, 2..<4, 9..<12]) == [0..<4, 5..<12])
    }

    @Test("A user pack adds a sign, overrides a built-in one, and bad packs give typed errors")
    func packs() throws {
        let json = """
            {"format": "scamsignals-rules", "version": 1, "name": "ngo",
             "signals": [{"id": "cruise-no-certificate", "category": "requirements", "weight": 1.5,
               "patterns": {"id": ["kapal pesiar tanpa sertifikat"], "vi": ["tàu du lịch không cần chứng chỉ"], "en": ["cruise ship no certificate needed"]},
               "explanation": {"id": "Kerja kapal pesiar selalu butuh sertifikat.", "vi": "Làm tàu du lịch luôn cần chứng chỉ.", "en": "Cruise work always needs certificates."}}],
             "overrides": [{"id": "pressure-urgency", "enabled": false}, {"id": "upfront-fees", "weight": 3.5}]}
            """
        let pack = try RulePack.decode(Data(json.utf8), source: "ngo.json")
        let set = try RuleSet(packs: [.builtin, pack])
        let text = "Kerja kapal pesiar tanpa sertifikat! Segera, slot terbatas. Biaya pendaftaran 300rb."
        let found = set.evaluate(tokenizer.tokenize(text))
        let added = try #require(found.first { $0.id == "cruise-no-certificate" })
        #expect(added.evidence.map(\.text) == ["kapal pesiar tanpa sertifikat"])
        #expect(added.pack == "ngo")
        #expect(!found.contains { $0.id == "pressure-urgency" })
        #expect(found.first { $0.id == "upfront-fees" }?.weight == 3.5)
        #expect(throws: RulePackError.self) {
            _ = try RuleSet(packs: [
                .builtin,
                try RulePack.decode(
                    Data(#"{"format":"scamsignals-rules","version":1,"overrides":[{"id":"nope","weight":1}]}"#.utf8)),
            ])
        }
        #expect(throws: RulePackError.self) {
            try RulePack.decode(Data(#"{"format":"scamsignals-rules","version":2}"#.utf8))
        }
        #expect(throws: RulePackError.self) { try RulePack.decode(Data(#"{"format":"x""#.utf8)) }
        #expect(throws: RulePackError.self) {
            try RulePack.decode(
                Data(#"{"format":"scamsignals-rules","version":1,"thresholds":{"suspicious":0.9,"scam":0.5}}"#.utf8))
        }
    }
}

struct RulePackValidationTests {
    func error(_ json: String) -> String {
        do {
            _ = try RulePack.decode(Data(json.utf8), source: "p.json")
            return "no error"
        } catch { return "\(error)" }
    }

    @Test("Every validation error names the file, the line and the field")
    func messages() {
        let signal =
            #"{"id": "x", "category": "fees", "weight": 1, "patterns": ["a b"], "explanation": {"id": "a", "vi": "b", "en": "c"}}"#
        #expect(error(#"{"format": "other", "version": 1}"#).contains("p.json:1: format"))
        #expect(error("{\n\"format\": \"scamsignals-rules\",\n\"version\": 3}").contains("p.json:3: version"))
        #expect(
            error(
                "{\"format\": \"scamsignals-rules\", \"version\": 1,\n\"signals\": [\n" + signal + ",\n"
                    + signal.replacingOccurrences(of: "\"fees\"", with: "\"nope\"")
                    .replacingOccurrences(of: "\"x\"", with: "\"y\"") + "]}"
            ).contains("p.json:4: signals[1] (y).category"))
        #expect(
            error(
                "{\"format\": \"scamsignals-rules\", \"version\": 1,\n\"signals\": [\n"
                    + signal.replacingOccurrences(of: "\"weight\": 1", with: "\"weight\": 1e999") + "]}"
            )
            .contains("p.json"))
        #expect(
            error(
                "{\"format\": \"scamsignals-rules\", \"version\": 1,\n\"signals\": [\n"
                    + signal.replacingOccurrences(of: "\"patterns\": [\"a b\"]", with: "\"patterns\": [\"\"]") + "]}"
            )
            .contains("p.json:3: signals[0] (x).patterns"))
        #expect(
            error(
                "{\"format\": \"scamsignals-rules\", \"version\": 1,\n\"signals\": [\n"
                    + signal.replacingOccurrences(of: ", \"en\": \"c\"", with: "") + "]}"
            )
            .contains("explanation needs id, vi and en"))
        #expect(
            error(
                "{\"format\": \"scamsignals-rules\",\n \"version\": 1,\n \"thresholds\": {\"suspicious\": 0.9, \"scam\": 0.5}}"
            ).contains("p.json:3: thresholds"))
        #expect(error("{\"format\": \"scamsignals-rules\",\n \"version\": \"one\"}").contains("p.json:2"))
        #expect(error("{\"format\": ").contains("p.json"))
    }

    @Test("The JSON locator finds values by path")
    func locator() {
        let json = Array("{\n \"a\": [1,\n 2, {\"b\":\n \"x\"}],\n \"c\": {\"d\": true}\n}".utf8)
        #expect(JSONLocator.line(of: [.key("a")], in: json) == 2)
        #expect(JSONLocator.line(of: [.key("a"), .index(1)], in: json) == 3)
        #expect(JSONLocator.line(of: [.key("a"), .index(2), .key("b")], in: json) == 4)
        #expect(JSONLocator.line(of: [.key("c"), .key("d")], in: json) == 5)
        #expect(JSONLocator.line(of: [.key("zz")], in: json) == nil)
    }
}

struct LargePackTests {
    @Test("A 1,000-phrase pack gives exactly the results of the same phrases built in")
    func thousandPhrases() throws {
        var patterns: [String: [String]] = ["id": [], "vi": [], "en": []]
        let stems = [
            "id": ["saldo klaim", "kode bonus", "paket agen"], "vi": ["mã thưởng", "gói nạp", "đơn rút"],
            "en": ["bonus code", "wallet task", "reward level"],
        ]
        for i in 0..<1000 {
            let lang = ["id", "vi", "en"][i % 3]
            patterns[lang]!.append("\(stems[lang]![i % 3]) x\(i)")
        }
        let signal = RulePack.SignalRule(
            id: "bulk", category: "tasks", weight: 0.5, negatable: nil, title: nil, sign: nil,
            explanation: LocalizedText(id: "a", vi: "b", en: "c"),
            patterns: PhraseLists(id: patterns["id"], vi: patterns["vi"], en: patterns["en"]),
            exceptions: nil, check: nil, examples: nil)
        let pack = RulePack(format: "scamsignals-rules", version: 1, name: "bulk", signals: [signal])
        var builtIn = RulePack.builtin
        builtIn.signals!.append(signal)
        let stacked = try RuleSet(packs: [.builtin, pack])
        let merged = try RuleSet(packs: [builtIn])
        let tokenizer = Tokenizer()
        var texts = try Repo.corpus().prefix(150).map(\.text)
        texts += ["Nhập gói nạp x301 để nhận quà", "use reward level x5 now", "ambil saldo klaim x0 sekarang"]
        var fired = 0
        for text in texts {
            let t = tokenizer.tokenize(text)
            let a = stacked.evaluate(t)
            let b = merged.evaluate(t)
            #expect(a.map(\.id) == b.map(\.id) && a.map(\.evidence) == b.map(\.evidence))
            if a.contains(where: { $0.id == "bulk" }) { fired += 1 }
        }
        #expect(fired == 3)
    }
}
