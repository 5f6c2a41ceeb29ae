// The built-in rules as a compiled program, embedded in the library, and the fingerprint that says it is current.

/// The compiled form of the built-in rules (`Resources/builtin-rules.ssr`, written by
/// `scamsignals rules --compile` and embedded by Scripts/embed-resources.py).
enum EmbeddedRuleProgram {
    /// Identifies the sources the built-in program compiles from: the rules, the wage table (its places are
    /// patterns) and the lexicons (they shape how pattern words are tokenized).
    static var fingerprint: UInt64 {
        var h = StableHash.offset
        for var source in [
            EmbeddedResources.builtinRules, EmbeddedResources.referenceWages, EmbeddedResources.lexicons,
        ] {
            h = StableHash.combine(h, source.withUTF8 { StableHash.bytes($0) })
        }
        return h
    }

    /// The embedded bytes (empty if the literal is not base64).
    static var bytes: [UInt8] { Base64.decode(EmbeddedResources.builtinRulesBase64) ?? [] }

    /// The embedded program, or `nil` when it does not load or was compiled from other sources.
    static func load() -> RuleSet? {
        guard let (rules, stamp) = try? RuleProgramFile.decodeWithFingerprint(bytes), stamp == fingerprint else {
            return nil
        }
        return rules
    }
}
