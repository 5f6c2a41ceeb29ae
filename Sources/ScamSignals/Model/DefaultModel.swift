// The default model, trained from Corpus/ and embedded in the library.

#if canImport(FoundationEssentials)
import FoundationEssentials
#elseif canImport(Foundation)
import Foundation
#endif

/// The model shipped with the library (`Resources/default-model.ssm`, embedded by Scripts/embed-resources.py).
enum DefaultModel {
    static let model: ScamModel = {
        let base64 = EmbeddedResources.defaultModelBase64.filter { !$0.isNewline }
        guard let data = Data(base64Encoded: base64) else {
            preconditionFailure("embedded default model is not base64")
        }
        do {
            return try ModelFile.decode([UInt8](data))
        } catch {
            preconditionFailure("embedded default model does not load: \(error)")
        }
    }()
}
