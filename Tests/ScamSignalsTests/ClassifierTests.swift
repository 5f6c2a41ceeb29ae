// Tests of the assembled classifier: default model, determinism, threads, bad input, the JSON form.

import Foundation
import Testing

@testable import ScamSignals

struct ClassifierTests {
    let classifier = Classifier.default

    @Test("The default model separates the sample ads")
    func samples() {
        for sample in SampleAd.all {
            let a = classifier.assess(sample.text)
            #expect((a.probability >= 0.5) == sample.isScam, "\(sample.text.prefix(60)) → \(a.probability)")
            #expect(a.language == sample.language)
        }
    }

    @Test("Signals carry evidence that slices the input exactly")
    func evidence() {
        let ad = SampleAd.all[0].text
        let bytes = Array(ad.utf8)
        let a = classifier.assess(ad)
        #expect(!a.signals.isEmpty)
        for s in a.signals {
            #expect(!s.explanation.isEmpty)
            for e in s.evidence {
                #expect(e.text == String(decoding: bytes[e.start..<e.end], as: UTF8.self))
            }
        }
    }

    @Test("The same input gives bit-identical probabilities across runs and 8 concurrent tasks (1,200 ads)")
    func determinismAndThreads() async throws {
        let ads = Array(try Repo.corpus().prefix(1200).map(\.text))
        let serial = ads.map { classifier.assess($0).probability.bitPattern }
        let parallel = await withTaskGroup(of: (Int, UInt64).self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var last: (Int, UInt64) = (0, 0)
                    for i in stride(from: worker, to: ads.count, by: 8) {
                        let p = classifier.assess(ads[i]).probability.bitPattern
                        if p != serial[i] { return (i, p) }
                        last = (-1, 0)
                    }
                    return last
                }
            }
            var mismatches: [(Int, UInt64)] = []
            for await r in group where r.0 >= 0 { mismatches.append(r) }
            return mismatches
        }
        #expect(parallel.isEmpty)
    }

    @Test("A reused workspace gives exactly the assessments of a fresh one, whatever came before")
    func workspaceReuse() throws {
        // Big, small, empty, emoji-only and invalid inputs interleaved, so that every buffer is left larger
        // and fuller than the next ad needs: nothing of an earlier ad may show in a later one.
        var inputs = try Repo.corpus().prefix(300).map { Array($0.text.utf8) }
        inputs.insert(
            Array(String(repeating: "Gaji 15jt, tiket PP ditanggung, WA 0812-0000-1234. ", count: 4000).utf8), at: 5)
        inputs.insert([], at: 6)
        inputs.insert(Array(String(repeating: "🔥", count: 3000).utf8), at: 7)
        inputs.insert([0xFF, 0xC3, 0x28, 0x41, 0xE2, 0x82], at: 8)
        inputs.insert(Array("lương 30tr/tháng, bao vé máy bay, liên hệ Zalo".utf8), at: 9)
        var workspace = AssessmentWorkspace()
        for (i, input) in inputs.enumerated() {
            let reused = classifier.assess(bytes: input, workspace: &workspace)
            let fresh = classifier.assess(bytes: input)
            #expect(reused == fresh, "input \(i)")
            #expect(reused.probability.bitPattern == fresh.probability.bitPattern, "input \(i)")
        }
    }

    @Test("Bad input never crashes: invalid UTF-8, empty, huge")
    func badInput() {
        #expect(classifier.assess("").verdict == .legit)
        let invalid = classifier.assess(bytes: [0xFF, 0xFE, 0x80, 0x41])
        #expect(invalid.probability.isFinite)
        let huge = String(repeating: "gaji besar tiket gratis ", count: Classifier.maximumInputBytes / 20)
        let a = classifier.assess(huge)
        #expect(a.truncated)
        #expect(a.signals.flatMap(\.evidence).allSatisfy { $0.end <= Classifier.maximumInputBytes })
    }

    @Test("The JSON form has the contract's names")
    func jsonContract() throws {
        let a = classifier.assess(SampleAd.all[2].text)
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(a)) as! [String: Any]
        for key in ["probability", "verdict", "language", "signals"] { #expect(object[key] != nil) }
        let signal = (object["signals"] as! [[String: Any]])[0]
        for key in ["id", "category", "weight", "explanation", "evidence"] { #expect(signal[key] != nil) }
        let evidence = (signal["evidence"] as! [[String: Any]])[0]
        for key in ["start", "end", "text"] { #expect(evidence[key] != nil) }
    }

    @Test("A scam verdict always comes with at least one warning sign")
    func scamNeedsASign() {
        let t = VerdictThresholds.standard
        #expect(t.verdict(for: 0.95, signals: 0) == .suspicious)
        #expect(t.verdict(for: 0.95, signals: 2) == .scam)
        #expect(t.verdict(for: 0.5, signals: 0) == .suspicious)
        #expect(t.verdict(for: 0.1, signals: 3) == .legit)
        for sample in SampleAd.all {
            let a = classifier.assess(sample.text)
            if a.verdict == .scam { #expect(!a.signals.isEmpty) }
        }
    }

    @Test("A lower prior scam rate lowers the probability")
    func prior() {
        let low = Classifier(model: classifier.model, priorScamRate: 0.01)
        let ad = SampleAd.all[2].text
        #expect(low.assess(ad).probability < classifier.assess(ad).probability)
    }

    @Test("Deterministic math matches the C library closely")
    func math() {
        for x in [1e-300, 1e-5, 0.1, 0.5, 1, 2, 10, 12345.678, 1e300] {
            #expect(abs(DeterministicMath.log(x) - Foundation.log(x)) <= 1e-14 * max(1, abs(Foundation.log(x))))
        }
        for x in [-700.0, -20, -1, -1e-8, 0, 0.3, 1, 5, 50, 700] {
            #expect(abs(DeterministicMath.exp(x) - Foundation.exp(x)) <= 1e-14 * Foundation.exp(x))
        }
    }
}
