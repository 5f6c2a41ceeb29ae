// Fuzz target: rule packs. Decoding, validation and compilation must throw, never trap, and a pack that
// compiles must evaluate any ad with evidence inside it.

#if canImport(FoundationEssentials)
import FoundationEssentials
#elseif canImport(Foundation)
import Foundation
#endif

let tokenizedAds = Fuzz.ads.map { Tokenizer().tokenize(bytes: $0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = bytes(data, size)
    guard let pack = try? RulePack.decode(Data(input), source: "fuzz.json") else { return 0 }
    // Overrides need the built-in signs below them; compiling the built-in pack is slow, so only then.
    let packs = (pack.overrides ?? []).isEmpty ? [pack] : [RulePack.builtin, pack]
    guard let rules = try? RuleSet(packs: packs) else { return 0 }
    if let t = rules.thresholds { require(0 < t.suspicious && t.suspicious < t.scam && t.scam < 1, "thresholds \(t)") }
    for text in tokenizedAds {
        for signal in rules.evaluate(text) {
            require(signal.weight.isFinite, "weight \(signal.weight)")
            for e in signal.evidence {
                require(e.start >= 0 && e.start < e.end && e.end <= text.bytes.count, "evidence \(e.start)..<\(e.end)")
            }
        }
    }
    let classifier = Classifier(model: Fuzz.smallModel, rules: rules)
    checkAssessment(classifier.assess(bytes: Fuzz.ads[0]), count: Fuzz.ads[0].count)
    return 0
}
