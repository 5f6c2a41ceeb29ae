// One-sign probes: short texts that each carry one warning sign (in any wording), and legitimate look-alikes.

import Foundation
import Testing

@testable import ScamSignals

struct ProbeTests {
    @Test("Each one-sign probe fires its sign; each legitimate look-alike is not called a scam")
    func probes() throws {
        let probes = try Repo.jsonLines("Tests/ScamSignalsTests/Fixtures/probes.jsonl")
        #expect(probes.count >= 60)
        var failures: [String] = []
        for p in probes {
            let text = p["text"] as! String
            let a = Classifier.default.assess(text)
            if let sign = p["signal"] as? String {
                if !a.signals.contains(where: { $0.id == sign }) { failures.append("missed \(sign): \(text)") }
            } else if a.verdict == .scam {
                failures.append("legit called scam (\(a.probability)): \(text)")
            }
        }
        #expect(failures.isEmpty, Comment(rawValue: failures.joined(separator: "\n")))
    }
}
