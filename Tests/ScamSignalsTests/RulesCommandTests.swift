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
        let pack = try CLI.temporaryFile("teacher.json", """
        {"format": "scamsignals-rules", "version": 1, "name": "teacher",
         "overrides": [{"id": "pressure-urgency", "enabled": false}, {"id": "secrecy", "weight": 3}]}
        """)
        let changed = try JSONSerialization.jsonObject(with: Data(try CLI.run(["rules", "--json", "--rules", pack]).stdout.utf8)) as! [[String: Any]]
        let urgency = changed.first { $0["id"] as? String == "pressure-urgency" }!
        #expect(urgency["enabled"] as? Bool == false && urgency["pack"] as? String == "teacher")
        #expect(changed.first { $0["id"] as? String == "secrecy" }!["weight"] as? Double == 3)
    }

    @Test("a bad pack is an error naming the file and the field; nothing half-applies")
    func badPack() throws {
        let pack = try CLI.temporaryFile("bad.json", #"{"format": "scamsignals-rules", "version": 1, "signals": [{"id": "x", "category": "nope", "weight": 1, "patterns": ["a b"], "explanation": {"id": "a", "vi": "b", "en": "c"}}]}"#)
        let r = try CLI.run(["check", "--rules", pack, "hello"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.json") && r.stderr.contains("category"))
        #expect(r.stdout.isEmpty)
    }
}
