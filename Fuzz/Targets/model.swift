// Fuzz target: model files. Raw bytes go to ModelFile.decode; or the bytes are edits to a real model whose
// checksum is then fixed, so decoding gets past the checksum and the loaded model is actually used.

#if canImport(FoundationEssentials)
import FoundationEssentials
#elseif canImport(Foundation)
import Foundation
#endif

let smallModel = ModelFile.encode(Fuzz.smallModel)
let defaultModel = ModelFile.encode(DefaultModel.model)

/// Decodes, and when the model loads: it must re-encode to the same bytes and score every ad sanely,
/// with and without a platform prior.
func exercise(_ file: [UInt8]) {
    guard let model = try? ModelFile.decode(file) else { return }
    require(ModelFile.encode(model) == file, "a loaded model does not re-encode to the same bytes")
    for prior in [nil, 0.01] as [Double?] {
        let classifier = Classifier(model: model, priorScamRate: prior)
        for ad in Fuzz.ads.prefix(2) { checkAssessment(classifier.assess(bytes: ad), count: ad.count) }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = bytes(data, size)
    guard let mode = input.first else { return 0 }
    switch mode % 4 {
    case 0: exercise(Array(input.dropFirst()))
    // Edits land in the header and the first entries (offsets of two bytes).
    case 1: exercise(edited(smallModel, input.dropFirst(), reach: smallModel.count, offsetBytes: 2))
    case 2: exercise(edited(defaultModel, input.dropFirst(), reach: ModelFile.headerSize + 12 * 64, offsetBytes: 2))
    // Raw bytes with a valid checksum appended: the structural checks alone stand guard.
    default: exercise(appendingChecksum(Array(input.dropFirst())))
    }
    return 0
}
