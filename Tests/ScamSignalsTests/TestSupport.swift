// Paths and small helpers shared by the tests.

import Foundation

@testable import ScamSignals

enum Repo {
    /// The repository root, found from this file's path.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String { root + "/" + relative }

    static func jsonLines(_ relative: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path(relative)))
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    static func corpus() throws -> [LabeledAd] {
        try CorpusReader().read(path: path("Corpus")).ads
    }
}

extension TokenizedText {
    /// Tokens of a kind, as (source text, normalized form).
    func texts(_ kind: TokenKind? = nil) -> [String] {
        tokens.filter { kind == nil || $0.kind == kind }.map { normalized(of: $0) }
    }
}
