// The default model, trained from Corpus/ and embedded in the library.

#if canImport(FoundationEssentials)
import FoundationEssentials
#elseif canImport(Foundation)
import Foundation
#endif

/// The model shipped with the library (`Resources/default-model.ssm`, embedded by Scripts/embed-resources.py).
enum DefaultModel {
    static let model: ScamModel = {
        // The literal is wrapped in lines; the decoder skips the line breaks itself (filtering the string by
        // Character first cost more than the rest of the classifier's construction).
        guard let data = Data(base64Encoded: EmbeddedResources.defaultModelBase64, options: .ignoreUnknownCharacters)
        else {
            preconditionFailure("embedded default model is not base64")
        }
        do {
            return try ModelFile.decode([UInt8](data))
        } catch {
            preconditionFailure("embedded default model does not load: \(error)")
        }
    }()
}
