// Fuzz target: compiled rule programs (.ssr). Raw bytes go to RuleProgramFile.decode; or the bytes are edits
// to a real compiled program whose checksum is then fixed, so decoding gets past the checksum and only the
// structural checks stand between a damaged program and the matcher's unchecked reads. A program that loads
// is used on every fuzz ad.

#if canImport(FoundationEssentials)
import FoundationEssentials
#elseif canImport(Foundation)
import Foundation
#endif

let smallProgram: [UInt8] = {
    let json = """
        {"format": "scamsignals-rules", "version": 1, "name": "fuzz", "negators": {"en": ["no"]},
         "sets": {"paid": ["paid", "covered", "free"]},
         "signals": [{"id": "ticket", "category": "travel", "weight": 1.5, "negatable": true,
           "patterns": {"en": ["{ticket|flight*} ... @paid", "visa @paid"], "any": ["<phone>"]},
           "exceptions": {"en": ["business trip"]},
           "explanation": {"id": "t", "vi": "v", "en": "e"}}]}
        """
    guard let pack = try? RulePack.decode(Data(json.utf8)), let rules = try? RuleSet(packs: [pack]) else {
        fatalError("the fuzz target's own pack does not compile")
    }
    return RuleProgramFile.encode(rules)
}()
let builtinProgram = EmbeddedRuleProgram.bytes

/// Decodes, and when the program loads: it must re-encode to the same bytes and evaluate every ad.
func exercise(_ file: [UInt8]) {
    guard let (rules, fingerprint) = try? RuleProgramFile.decodeWithFingerprint(file) else { return }
    require(
        RuleProgramFile.encode(rules, fingerprint: fingerprint) == file,
        "a loaded program does not re-encode to the same bytes")
    let tokenizer = Tokenizer()
    for ad in Fuzz.ads.prefix(3) {
        for signal in rules.evaluate(tokenizer.tokenize(bytes: ad)) {
            for e in signal.evidence { require(e.start < e.end && e.end <= ad.count, "evidence outside the ad") }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = bytes(data, size)
    guard let mode = input.first else { return 0 }
    switch mode % 4 {
    case 0: exercise(Array(input.dropFirst()))
    // Programs are larger than models: offsets of three bytes reach all of the built-in one.
    case 1: exercise(edited(smallProgram, input.dropFirst(), reach: smallProgram.count, offsetBytes: 3))
    case 2: exercise(edited(builtinProgram, input.dropFirst(), reach: builtinProgram.count, offsetBytes: 3))
    default: exercise(appendingChecksum(Array(input.dropFirst())))
    }
    return 0
}
