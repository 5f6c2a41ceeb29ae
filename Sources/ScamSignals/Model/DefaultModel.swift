// The default model, trained from Corpus/ and embedded in the library.

/// The model shipped with the library (`Resources/default-model.ssm`, embedded by Scripts/embed-resources.py).
enum DefaultModel {
    static let model: ScamModel = {
        guard let bytes = Base64.decode(EmbeddedResources.defaultModelBase64) else {
            preconditionFailure("embedded default model is not base64")
        }
        do {
            return try ModelFile.decode(bytes)
        } catch {
            preconditionFailure("embedded default model does not load: \(error)")
        }
    }()
}
