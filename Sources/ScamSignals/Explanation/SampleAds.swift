// Built-in sample ads for demonstrations (original texts; all names, numbers and links fictional).

/// A sample ad for `scamsignals explain --demo` and for first experiments.
public struct SampleAd: Sendable, Hashable {
    public var language: Language
    public var isScam: Bool
    public var text: String

    /// Sample ads in the three languages: scams of different kinds and legitimate ads that look alike.
    public static let all: [SampleAd] = [
        SampleAd(
            language: .indonesian, isScam: true,
            text: """
                🔥 LOKER LUAR NEGERI 🔥 Dibutuhkan 20 staf admin & customer service untuk perusahaan besar di Kamboja. \
                Gaji 18-25 juta/bulan + bonus, tanpa pengalaman, lulusan SMA boleh. Tiket pesawat & visa ditanggung \
                perusahaan, berangkat minggu ini! Slot terbatas. Minat? Langsung chat WA 0812-0000-4417, jangan bilang \
                keluarga dulu ya.
                """),
        SampleAd(
            language: .vietnamese, isScam: true,
            text: """
                Tuyển gấp 10 bạn CTV làm việc online tại nhà, chỉ cần điện thoại, thu nhập 500k-1tr/ngày. \
                Làm nhiệm vụ đánh giá sản phẩm, nạp trước 300k để kích hoạt tài khoản, hoàn tiền + hoa hồng 20%. \
                Gửi ảnh CCCD 2 mặt và số tài khoản ngân hàng qua Zalo 090 000 1234 để được duyệt.
                """),
        SampleAd(
            language: .english, isScam: true,
            text: """
                URGENT HIRING: Chat Support Agents (English) – Bangkok, Thailand. Earn $1,800/month, no experience \
                needed, free flight and visa, accommodation provided. Processing fee of $150 refundable after first \
                salary. Interview via Telegram only: t.me/hr_asia_jobs. Limited slots, apply today!
                """),
        SampleAd(
            language: .indonesian, isScam: false,
            text: """
                PT Sinar Mandiri Logistik membuka lowongan Staf Admin Gudang di Cikarang. Kualifikasi: D3/S1, \
                pengalaman min. 1 tahun, menguasai Excel. Gaji Rp 5.500.000 + BPJS. Kirim CV ke \
                rekrutmen@sinarmandiri.example paling lambat 30 Desember. Proses rekrutmen TIDAK dipungut biaya apapun.
                """),
        SampleAd(
            language: .vietnamese, isScam: false,
            text: """
                Công ty TNHH Phần mềm Sao Việt tuyển Senior Backend Developer (Go/Java) tại Hà Nội. Yêu cầu 5 năm \
                kinh nghiệm. Lương 50-70 triệu/tháng, bảo hiểm đầy đủ, 13th salary. Ứng tuyển tại \
                saoviet.example/careers hoặc gửi CV về hr@saoviet.example. Công ty không thu bất kỳ khoản phí nào.
                """),
        SampleAd(
            language: .english, isScam: false,
            text: """
                Warehouse Associate – Harbor Freight Partners, Columbus OH. $18.50/hr, full-time, day shift. \
                Forklift certification a plus; we train new hires. Apply at careers.harborfreightpartners.example \
                or text (555) 010-4477 with questions. We never ask applicants for payment.
                """),
    ]
}
