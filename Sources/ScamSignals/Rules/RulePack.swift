// The rule-pack file format: signs, their patterns and explanations, overrides and thresholds, as data.

#if canImport(FoundationEssentials)
import FoundationEssentials
#elseif canImport(Foundation)
import Foundation
#endif

/// Text in each of the three explanation languages.
public struct LocalizedText: Codable, Sendable, Hashable {
    public var id: String?
    public var vi: String?
    public var en: String?

    public init(id: String? = nil, vi: String? = nil, en: String? = nil) {
        self.id = id
        self.vi = vi
        self.en = en
    }

    /// The text in `language`, falling back to English, then to any language present.
    public func text(in language: Language) -> String {
        switch language {
        case .indonesian: id ?? en ?? vi ?? ""
        case .vietnamese: vi ?? en ?? id ?? ""
        default: en ?? id ?? vi ?? ""
        }
    }
}

/// Phrases per language (`id`, `vi`, `en`, and `any` for all of them).
public struct PhraseLists: Codable, Sendable, Hashable {
    public var id: [String]?
    public var vi: [String]?
    public var en: [String]?
    public var any: [String]?

    public init(id: [String]? = nil, vi: [String]? = nil, en: [String]? = nil, any: [String]? = nil) {
        self.id = id
        self.vi = vi
        self.en = en
        self.any = any
    }

    /// Every phrase, in a fixed order (id, vi, en, any).
    public var all: [String] { (id ?? []) + (vi ?? []) + (en ?? []) + (any ?? []) }

    /// Decodes either a plain list (for every language) or an object of lists.
    public init(from decoder: Decoder) throws {
        if let list = try? decoder.singleValueContainer().decode([String].self) {
            self.init(any: list)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decodeIfPresent([String].self, forKey: .id),
            vi: try c.decodeIfPresent([String].self, forKey: .vi),
            en: try c.decodeIfPresent([String].self, forKey: .en),
            any: try c.decodeIfPresent([String].self, forKey: .any))
    }
}

/// A rule pack as written in JSON (see `docs/RulePackFormat.md`).
public struct RulePack: Codable, Sendable {
    public var format: String
    public var version: Int
    public var name: String?
    public var negators: PhraseLists?
    public var sets: [String: PhraseLists]?
    public var categories: [String]?
    public var signals: [SignalRule]?
    public var overrides: [Override]?
    public var thresholds: Thresholds?
    public var priorScamRate: Double?

    enum CodingKeys: String, CodingKey {
        case format, version, name, negators, sets, categories, signals, overrides, thresholds
        case priorScamRate = "prior_scam_rate"
    }

    /// One warning sign.
    public struct SignalRule: Codable, Sendable {
        public var id: String
        public var category: String
        public var weight: Double
        public var negatable: Bool?
        public var title: LocalizedText?
        public var sign: LocalizedText?
        public var explanation: LocalizedText?
        public var patterns: PhraseLists?
        public var exceptions: PhraseLists?
        public var check: String?
        public var examples: Examples?
    }

    /// Firing and non-firing examples, checked by the tests.
    public struct Examples: Codable, Sendable {
        public var fires: PhraseLists?
        public var silent: PhraseLists?
    }

    /// A change to a sign defined by an earlier pack.
    public struct Override: Codable, Sendable {
        public var id: String
        public var weight: Double?
        public var enabled: Bool?
        public var patterns: PhraseLists?
        public var exceptions: PhraseLists?
    }

    /// Probability thresholds of the verdicts.
    public struct Thresholds: Codable, Sendable, Hashable {
        public var suspicious: Double
        public var scam: Double
    }

    /// Decodes and validates a pack. `source` names the file in error messages.
    public static func decode(_ data: Data, source: String = "rule pack") throws -> RulePack {
        let pack: RulePack
        let bytes = [UInt8](data)
        do {
            pack = try JSONDecoder().decode(RulePack.self, from: data)
        } catch let error as DecodingError {
            var at = source
            if let path = RulePackError.path(of: error), let line = JSONLocator.line(of: path, in: bytes) {
                at += ":\(line)"
            }
            throw RulePackError.invalidJSON(source: at, detail: RulePackError.describe(error))
        } catch {
            throw RulePackError.invalidJSON(source: source, detail: "\(error)")
        }
        do {
            try pack.validate(source: source)
        } catch RulePackError.invalid(let source, let field, let reason) {
            // Name the line: the field's path is "signals[3] (id).category" or "thresholds".
            var path: [JSONPathComponent] = []
            for part in field.split(separator: ".") {
                let name = part.split(separator: " ")[0]
                if let open = name.firstIndex(of: "["), let index = Int(name[name.index(after: open)...].dropLast()) {
                    path += [.key(String(name[..<open])), .index(index)]
                } else {
                    path.append(.key(String(name)))
                }
            }
            let line = JSONLocator.line(of: path, in: bytes) ?? JSONLocator.line(of: Array(path.dropLast()), in: bytes)
            throw RulePackError.invalid(source: line.map { "\(source):\($0)" } ?? source, field: field, reason: reason)
        }
        return pack
    }

    /// The built-in pack, embedded in the library.
    public static let builtin: RulePack = {
        do {
            return try decode(Data(EmbeddedResources.builtinRules.utf8), source: "builtin-rules.json")
        } catch {
            preconditionFailure("embedded builtin-rules.json is invalid: \(error)")
        }
    }()

    static let builtinCategories = [
        "salary", "employer", "travel", "fees", "contact", "urgency", "requirements",
        "destination", "documents", "tasks", "secrecy",
    ]

    /// Checks what JSON decoding cannot: formats, ids, categories, weights, patterns, thresholds.
    func validate(source: String) throws {
        guard format == "scamsignals-rules" else {
            throw RulePackError.invalid(source: source, field: "format", reason: "must be \"scamsignals-rules\"")
        }
        guard version == 1 else {
            throw RulePackError.invalid(source: source, field: "version", reason: "\(version) is not supported (1 is)")
        }
        let categories = Set(Self.builtinCategories + (self.categories ?? []))
        var seen = Set<String>()
        for (i, signal) in (signals ?? []).enumerated() {
            let field = "signals[\(i)] (\(signal.id))"
            guard !signal.id.isEmpty, signal.id.count <= 64 else {
                throw RulePackError.invalid(source: source, field: "\(field).id", reason: "must be 1–64 characters")
            }
            guard seen.insert(signal.id).inserted else {
                throw RulePackError.invalid(source: source, field: "\(field).id", reason: "is defined twice")
            }
            guard categories.contains(signal.category) else {
                throw RulePackError.invalid(
                    source: source, field: "\(field).category",
                    reason: "unknown category \"\(signal.category)\" (declare it in \"categories\")")
            }
            guard signal.weight.isFinite, abs(signal.weight) <= 20 else {
                throw RulePackError.invalid(
                    source: source, field: "\(field).weight", reason: "must be a finite number in -20…20")
            }
            guard let explanation = signal.explanation, explanation.id != nil, explanation.vi != nil,
                explanation.en != nil
            else {
                throw RulePackError.invalid(
                    source: source, field: "\(field).explanation", reason: "needs id, vi and en texts")
            }
            for phrase in (signal.patterns?.all ?? []) + (signal.exceptions?.all ?? []) {
                guard !phrase.trimmingSpaces.isEmpty, phrase.utf8.count <= 512 else {
                    throw RulePackError.invalid(
                        source: source, field: "\(field).patterns",
                        reason: "pattern \"\(phrase.prefix(40))\" is empty or longer than 512 bytes")
                }
            }
            guard !(signal.patterns?.all.isEmpty ?? true) || signal.check != nil else {
                throw RulePackError.invalid(
                    source: source, field: "\(field).patterns", reason: "a sign needs patterns or a check")
            }
        }
        for (i, o) in (overrides ?? []).enumerated() where o.weight.map({ !$0.isFinite || abs($0) > 20 }) ?? false {
            throw RulePackError.invalid(
                source: source, field: "overrides[\(i)] (\(o.id)).weight", reason: "must be a finite number in -20…20")
        }
        if let t = thresholds {
            guard t.suspicious.isFinite, t.scam.isFinite, 0 < t.suspicious, t.suspicious < t.scam, t.scam < 1 else {
                throw RulePackError.invalid(
                    source: source, field: "thresholds", reason: "need 0 < suspicious < scam < 1")
            }
        }
        if let p = priorScamRate, !(p > 0 && p < 1) {
            throw RulePackError.invalid(source: source, field: "prior_scam_rate", reason: "must be in (0, 1)")
        }
    }
}

/// Why a rule pack was refused.
public enum RulePackError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not valid JSON of the pack's shape.
    case invalidJSON(source: String, detail: String)
    /// A field breaks a rule of the format.
    case invalid(source: String, field: String, reason: String)
    /// An override names a sign no earlier pack defines.
    case unknownSignal(source: String, id: String)
    /// A pattern cannot be compiled.
    case badPattern(source: String, signal: String, pattern: String, reason: String)

    public var description: String {
        switch self {
        case .invalidJSON(let source, let detail): "\(source): not a valid rule pack: \(detail)"
        case .invalid(let source, let field, let reason): "\(source): \(field) \(reason)"
        case .unknownSignal(let source, let id): "\(source): override of unknown sign \"\(id)\""
        case .badPattern(let source, let signal, let pattern, let reason):
            "\(source): sign \(signal): pattern \"\(pattern)\": \(reason)"
        }
    }

    /// The coding path of a decoding error as JSON path components.
    static func path(of error: DecodingError) -> [JSONPathComponent]? {
        let context: DecodingError.Context
        var extra: [JSONPathComponent] = []
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): context = c
        case .keyNotFound(let key, let c):
            context = c
            extra = []
            _ = key
        @unknown default: return nil
        }
        return context.codingPath.map { $0.intValue.map(JSONPathComponent.index) ?? .key($0.stringValue) } + extra
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .typeMismatch(_, let c): return "\(path(c)): \(c.debugDescription)"
        case .valueNotFound(_, let c): return "\(path(c)): \(c.debugDescription)"
        case .keyNotFound(let key, let c): return "\(path(c)).\(key.stringValue): missing"
        case .dataCorrupted(let c): return "\(path(c)) \(c.debugDescription) \(c.underlyingError.map { "\($0)" } ?? "")"
        @unknown default: return "\(error)"
        }
    }
}

extension String {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return s
    }
}
