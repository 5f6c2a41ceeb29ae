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

/// Applies (offset, value) edits from `edits` to `base`, then recomputes the trailing checksum.
/// Offsets are taken modulo `reach` so edits land in the header and the first entries.
func edited(_ base: [UInt8], _ edits: ArraySlice<UInt8>, reach: Int) -> [UInt8] {
    var file = base
    var e = edits.startIndex
    while e + 2 < edits.endIndex {
        let offset = (Int(edits[e]) | Int(edits[e + 1]) << 8) % min(reach, file.count - 8)
        file[offset] = edits[e + 2]
        e += 3
    }
    let end = file.count - 8
    let sum = StableHash.bytes(file, 0..<end)
    withUnsafeBytes(of: sum.littleEndian) { for i in 0..<8 { file[end + i] = $0[i] } }
    return file
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = bytes(data, size)
    guard let mode = input.first else { return 0 }
    switch mode % 4 {
    case 0: exercise(Array(input.dropFirst()))
    case 1: exercise(edited(smallModel, input.dropFirst(), reach: smallModel.count))
    case 2: exercise(edited(defaultModel, input.dropFirst(), reach: ModelFile.headerSize + 12 * 64))
    default:
        // Raw bytes with a valid checksum appended: the structural checks alone stand guard.
        var file = Array(input.dropFirst())
        let sum = StableHash.bytes(file, 0..<file.count)
        withUnsafeBytes(of: sum.littleEndian) { file.append(contentsOf: $0) }
        exercise(file)
    }
    return 0
}
