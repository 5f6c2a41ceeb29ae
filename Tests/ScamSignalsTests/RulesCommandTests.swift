// End-to-end tests of `scamsignals rules` and of rule packs given to the CLI.

import Foundation
import Testing

@testable import ScamSignals

@Suite(.serialized)
struct RulesCommandTests {
    @Test("rules lists every built-in sign with its pack; a user pack's changes show with the user pack's name")
    func listing() throws {
        let plain = try CLI.run(["rules", "--json"])
        #expect(plain.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as! [[String: Any]]
        #expect(rows.map { $0["id"] as! String } == RuleSet.builtin.definitions.map(\.id))
        #expect(rows.allSatisfy { $0["pack"] as? String == "builtin" })
        let pack = try CLI.temporaryFile(
            "teacher.json",
            """
            {"format": "scamsignals-rules", "version": 1, "name": "teacher",
             "overrides": [{"id": "pressure-urgency", "enabled": false}, {"id": "secrecy", "weight": 3}]}
            """)
        let changed =
            try JSONSerialization.jsonObject(with: Data(try CLI.run(["rules", "--json", "--rules", pack]).stdout.utf8))
            as! [[String: Any]]
        let urgency = changed.first { $0["id"] as? String == "pressure-urgency" }!
        #expect(urgency["enabled"] as? Bool == false && urgency["pack"] as? String == "teacher")
        #expect(changed.first { $0["id"] as? String == "secrecy" }!["weight"] as? Double == 3)
    }

    @Test("a bad pack is an error naming the file and the field; nothing half-applies")
    func badPack() throws {
        let pack = try CLI.temporaryFile(
            "bad.json",
            #"{"format": "scamsignals-rules", "version": 1, "signals": [{"id": "x", "category": "nope", "weight": 1, "patterns": ["a b"], "explanation": {"id": "a", "vi": "b", "en": "c"}}]}"#
        )
        let r = try CLI.run(["check", "--rules", pack, "hello"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.json") && r.stderr.contains("category"))
        #expect(r.stdout.isEmpty)
    }
}

@Suite(.serialized)
struct CorpusFolderCLITests {
    @Test("eval reads a folder of .txt files named by label, and refuses an unknown label folder")
    func folderCorpus() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("scamsignals-folder-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        let ads = try Repo.corpus().prefix(60)
        for (i, ad) in ads.enumerated() {
            let dir = root.appendingPathComponent(ad.isScam ? "scam" : "legit")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try ad.text.write(to: dir.appendingPathComponent("ad\(i).txt"), atomically: true, encoding: .utf8)
        }
        let ok = try CLI.run(["eval", root.path, "--folds", "3", "--json", "--quiet"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(ok.stdout.utf8)) as! [String: Any]
        #expect((report["overall"] as! [String: Any])["count"] as? Int == ads.count)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("maybe"), withIntermediateDirectories: true)
        let bad = try CLI.run(["eval", root.path, "--quiet"])
        #expect(bad.status == 1 && bad.stderr.contains("maybe"))
    }

    @Test(
        "rules --compile writes a program that --rules loads as the whole rule set; damage is an error naming the file")
    func compiledPack() throws {
        let pack = try CLI.temporaryFile(
            "calm.json",
            """
            {"format": "scamsignals-rules", "version": 1, "name": "calm",
             "overrides": [{"id": "pressure-urgency", "enabled": false}]}
            """)
        let program = pack.replacingOccurrences(of: ".json", with: ".ssr")
        #expect(try CLI.run(["rules", "--rules", pack, "--compile", program]).status == 0)
        let ad = "Tuyển gấp, chỉ còn 2 suất hôm nay! Nhắn Zalo 0903 000 418"
        func signals(_ args: [String]) throws -> [String] {
            let r = try CLI.run(["check", "--json"] + args + [ad])
            let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
            return (json["signals"] as! [[String: Any]]).map { $0["id"] as! String }
        }
        #expect(try signals([]).contains("pressure-urgency"))
        #expect(try signals(["--rules", program]) == (try signals(["--rules", pack])))
        #expect(!(try signals(["--rules", program])).contains("pressure-urgency"))
        let stacked = try CLI.run(["check", "--rules", program, "--rules", pack, ad])
        #expect(stacked.status == 1 && stacked.stderr.contains("stacked"))
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: program)))
        bytes[bytes.count / 2] ^= 0x10
        try Data(bytes).write(to: URL(fileURLWithPath: program))
        let damaged = try CLI.run(["check", "--rules", program, ad])
        #expect(damaged.status == 1 && damaged.stderr.contains("calm.ssr") && damaged.stderr.contains("checksum"))
    }
}
