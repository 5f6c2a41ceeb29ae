// The effective rule set: packs stacked in order, compiled into one matcher.

/// The warning signs in force, compiled for one-pass matching.
///
/// ```swift
/// let rules = try RuleSet(packs: [RulePack.builtin, try RulePack.decode(myPackData, source: "ngo.json")])
/// let signals = rules.evaluate(Tokenizer().tokenize(ad))
/// ```
/// A `RuleSet` is immutable and `Sendable`: build it once, share it across threads.
public struct RuleSet: Sendable {
    /// Every sign in force (disabled ones included, marked), in catalog order.
    public let definitions: [SignalDefinition]
    /// Verdict thresholds set by the packs, if any.
    public let thresholds: RulePack.Thresholds?
    /// Prior scam rate set by the packs, if any.
    public let priorScamRate: Double?
    let matcher: PhraseMatcher
    let salary: SalaryCheck
    let freeMail = FreeMailCheck()
    let chatOnly = ChatOnlyCheck()
    let selection = SelectionCheck()
    let courseFee = CourseFeeCheck()
    let placement = PlacementCheck()
    let workplace = WorkplaceCheck()

    /// The built-in signs alone.
    ///
    /// Loaded from the compiled program embedded next to the rules (`Resources/builtin-rules.ssr`), which
    /// skips compiling 2,000 patterns at start-up. If that program was not compiled from the embedded rules,
    /// wage table and lexicons (a fingerprint of the three differs), the rules are compiled from source
    /// instead: the same rule set, only slower to make. A test checks that the shipped program is current.
    public static let builtin: RuleSet = {
        if let compiled = EmbeddedRuleProgram.load() { return compiled }
        return compiledBuiltin()
    }()

    /// The built-in signs compiled from their source (`Resources/builtin-rules.json`).
    static func compiledBuiltin() -> RuleSet {
        do {
            return try RuleSet(packs: [RulePack.builtin])
        } catch {
            preconditionFailure("built-in rule pack does not compile: \(error)")
        }
    }

    init(
        definitions: [SignalDefinition], thresholds: RulePack.Thresholds?, priorScamRate: Double?,
        matcher: PhraseMatcher, salary: SalaryCheck
    ) {
        self.definitions = definitions
        self.thresholds = thresholds
        self.priorScamRate = priorScamRate
        self.matcher = matcher
        self.salary = salary
    }

    /// Stacks `packs` (later ones override earlier ones) and compiles them.
    public init(packs: [RulePack], wages: WageTable = .embedded) throws {
        let tokenizer = Tokenizer()
        var definitions: [SignalDefinition] = []
        var patterns: [String: [(String, PhraseLists)]] = [:]  // id → (pack, patterns)
        var exceptions: [String: [(String, PhraseLists)]] = [:]
        var sets: [String: [String]] = [:]
        var negators: [String] = []
        var thresholds: RulePack.Thresholds? = nil
        var prior: Double? = nil
        for (n, pack) in packs.enumerated() {
            let name = pack.name ?? "pack\(n + 1)"
            for (setName, phrases) in pack.sets ?? [:] { sets[setName, default: []] += phrases.all }
            negators += pack.negators?.all ?? []
            for s in pack.signals ?? [] {
                let definition = SignalDefinition(
                    id: s.id, category: s.category, weight: s.weight, negatable: s.negatable ?? false,
                    title: s.title ?? LocalizedText(en: s.id), sign: s.sign ?? LocalizedText(en: s.category),
                    explanation: s.explanation ?? LocalizedText(), check: s.check, pack: name, enabled: true)
                if let i = definitions.firstIndex(where: { $0.id == s.id }) {
                    definitions[i] = definition
                } else {
                    definitions.append(definition)
                }
                patterns[s.id] = s.patterns.map { [(name, $0)] } ?? []
                exceptions[s.id] = s.exceptions.map { [(name, $0)] } ?? []
            }
            for o in pack.overrides ?? [] {
                guard let i = definitions.firstIndex(where: { $0.id == o.id }) else {
                    throw RulePackError.unknownSignal(source: name, id: o.id)
                }
                if let w = o.weight { definitions[i].weight = w }
                if let e = o.enabled { definitions[i].enabled = e }
                if let p = o.patterns { patterns[o.id, default: []].append((name, p)) }
                if let e = o.exceptions { exceptions[o.id, default: []].append((name, e)) }
                definitions[i].pack = name
            }
            if let t = pack.thresholds { thresholds = t }
            if let p = pack.priorScamRate { prior = p }
        }
        var compiler = PatternCompiler(tokenizer: tokenizer, sets: sets)
        var compiled: [CompiledPattern] = []
        func add(_ phrase: String, _ role: CompiledPattern.Role, pack: String, signal: String) throws {
            do {
                compiled.append(try compiler.compile(phrase, role: role))
            } catch let failure as PatternCompiler.Failure {
                throw RulePackError.badPattern(source: pack, signal: signal, pattern: phrase, reason: failure.reason)
            }
        }
        for (index, d) in definitions.enumerated() where d.enabled {
            for (pack, lists) in patterns[d.id] ?? [] {
                for p in lists.all { try add(p, .fires(index), pack: pack, signal: d.id) }
            }
            for (pack, lists) in exceptions[d.id] ?? [] {
                for p in lists.all { try add(p, .exception(index), pack: pack, signal: d.id) }
            }
        }
        for n in negators { try add(n, .negator, pack: "negators", signal: "-") }
        var cueNames = Set<String>()
        for name in SalaryCheck.cueSets + AdIdentity.cueSets + ChatOnlyCheck.cueSets + SelectionCheck.cueSets
            + CourseFeeCheck.cueSets + PlacementCheck.cueSets + WorkplaceCheck.cueSets
        where cueNames.insert(name).inserted {
            for phrase in sets[name] ?? [] { try add(phrase, .cue(name), pack: "sets", signal: "@\(name)") }
        }
        for (c, country) in wages.countries.enumerated() {
            for name in country.names.all + (country.cities ?? []) {
                try add(name, .place(c), pack: "wages", signal: country.code)
            }
        }
        self.definitions = definitions
        self.thresholds = thresholds
        self.priorScamRate = prior
        self.matcher = PhraseMatcher(compiled, program: compiler.program)
        self.salary = SalaryCheck(wages: wages)
    }

    /// Of each sign, at most this many firings (the first ones) are checked and shown as evidence per ad.
    /// The structured checks read the ad's cue lists once per firing, so a pathological text that repeats
    /// one lure thousands of times (1 MB of "kerja di Kamboja.") would otherwise cost time quadratic in its
    /// length; no real ad comes near the bound.
    static let maximumFiringsPerSign = 256

    /// The signs found in `text`, strongest first, with explanations in `language`
    /// (default: the text's own language, English when it is mixed or unknown).
    public func evaluate(_ text: TokenizedText, explanationLanguage language: Language? = nil) -> [Signal] {
        let view = MatchView(text)
        let matches = matcher.matches(in: view)
        var negatorEnds = Set<Int>()
        var cues: [String: [Range<Int>]] = [:]
        var places: [(position: Int, country: Int)] = []
        var firings: [[PhraseMatch]] = Array(repeating: [], count: definitions.count)
        var exceptionSpans: [[Range<Int>]] = Array(repeating: [], count: definitions.count)
        for m in matches {
            switch matcher.patterns[Int(m.pattern)].role {
            case .negator: negatorEnds.insert(m.end - 1)
            case .cue(let name): cues[name, default: []].append(m.start..<m.end)
            case .place(let c): places.append((m.start, c))
            case .fires(let d): firings[d].append(m)
            case .exception(let d): exceptionSpans[d].append(m.start..<m.end)
            }
        }
        let explanationLanguage =
            language ?? (Language.supported.contains(text.language.language) ? text.language.language : .english)
        var signals: [(Int, Signal)] = []
        func negated(_ position: Int) -> Bool { Self.isNegated(position, view, negatorEnds) }
        // Read once, and only for an ad on which a sign that needs it can fire.
        var identity: AdIdentity? = nil
        func identified() -> AdIdentity {
            if let identity { return identity }
            let read = AdIdentity(view, cues: cues)
            identity = read
            return read
        }
        // Whole-ad reading, made once and only for an ad on which the travel or destination sign fires.
        var lawful: Bool? = nil
        func isLawfulPlacement() -> Bool {
            if let lawful { return lawful }
            let read = placement.isLawful(
                identified(), cues: cues, isNegated: negated)
            lawful = read
            return read
        }
        for (d, definition) in definitions.enumerated() where definition.enabled {
            var spans: [Range<Int>] = []
            for m in firings[d].prefix(Self.maximumFiringsPerSign) {
                if definition.negatable && negated(m.start) { continue }
                if exceptionSpans[d].contains(where: { Self.cancels($0, m.start..<m.end, view) }) { continue }
                switch definition.check {
                case ChatOnlyCheck.name where !chatOnly.keeps(m.start..<m.end, identified(), cues: cues): continue
                case SelectionCheck.name
                where !selection.keeps(
                    m.start..<m.end, cues: cues, isNegated: negated):
                    continue
                case CourseFeeCheck.name
                where !courseFee.keeps(
                    m.start..<m.end, cues: cues,
                    sameClause: {
                        $0.overlaps(m.start..<m.end)
                            || $0.upperBound <= m.start && view.clauses[$0.upperBound - 1] == view.clauses[m.start]
                    }):
                    continue
                case PlacementCheck.travelName where isLawfulPlacement(): continue
                case PlacementCheck.destinationName
                where !workplace.keeps(m.start..<m.end, cues: cues, clause: { Int(view.clauses[$0]) }):
                    continue
                case PlacementCheck.destinationName
                where isLawfulPlacement() && !placement.keepsDestination(m.start..<m.end, cues: cues):
                    continue
                default: break
                }
                spans += m.segments.map(view.sourceRange)
            }
            switch definition.check {
            case "salary": spans += salary.evaluate(view, cues: cues, places: places) ?? []
            case FreeMailCheck.name: spans += freeMail.evaluate(identified()) ?? []
            default: break
            }
            guard !spans.isEmpty else { continue }
            let evidence = Self.merge(spans).map {
                Evidence(start: $0.lowerBound, end: $0.upperBound, text: text.source($0))
            }
            signals.append(
                (
                    d,
                    Signal(
                        id: definition.id, category: definition.category, weight: definition.weight,
                        title: definition.title.text(in: explanationLanguage),
                        sign: definition.sign.text(in: explanationLanguage),
                        explanation: definition.explanation.text(in: explanationLanguage),
                        evidence: evidence, pack: definition.pack)
                ))
        }
        signals.sort { $0.1.weight > $1.1.weight || ($0.1.weight == $1.1.weight && $0.0 < $1.0) }
        return signals.map(\.1)
    }

    /// A negator ends at most four tokens before `start`, in the same clause, with no comma between
    /// ("Tanpa pengalaman, biaya pendaftaran 50rb" still demands a fee).
    static func isNegated(_ start: Int, _ view: MatchView, _ negatorEnds: Set<Int>) -> Bool {
        var p = start - 1
        while p >= 0 && p >= start - 4 && view.clauses[p] == view.clauses[start] {
            if view.token(p + 1).flags.contains(.afterComma) { return false }
            if negatorEnds.contains(p) { return true }
            p -= 1
        }
        return false
    }

    /// An exception cancels a firing it overlaps, or one that follows it closely in the same clause.
    static func cancels(_ exception: Range<Int>, _ firing: Range<Int>, _ view: MatchView) -> Bool {
        if exception.overlaps(firing) { return true }
        return exception.upperBound <= firing.lowerBound && firing.lowerBound - exception.upperBound <= 4
            && view.clauses[exception.upperBound - 1] == view.clauses[firing.lowerBound]
    }

    /// Sorts byte ranges and merges the overlapping or touching ones.
    static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        let sorted = ranges.sorted {
            $0.lowerBound < $1.lowerBound || ($0.lowerBound == $1.lowerBound && $0.upperBound < $1.upperBound)
        }
        var out: [Range<Int>] = []
        for r in sorted {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }
}
