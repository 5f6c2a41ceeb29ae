// Second cut: pieces become tokens (words, numbers, money, phones, links, emoji) with their normalized forms.

/// Builds the tokens of one text. A short-lived value: one per `tokenize` call.
struct TokenBuilder {
    let bytes: [UInt8]
    let chars: [NormalizedChar]
    let pieces: [Piece]
    let tokenizer: Tokenizer
    var tokens: [Token] = []
    var amounts: [MoneyAmount] = []
    var forms: [UInt8] = []
    /// Set by clause-ending punctuation and line breaks; consumed by the next token.
    var clauseBreak = true
    /// Set by commas and similar minor breaks; consumed by the next token.
    var minorBreak = false
    /// Character indices of the word being assembled (reused).
    var wordChars: [Int] = []
    /// The plain form of the word being assembled (reused).
    var plainScratch: [UInt8] = []
    /// Word and emoji tokens emitted so far: passes that only concern words (messenger names, language) can
    /// skip texts without any, which keeps a megabyte of emoji from being read three more times.
    var wordTokens = 0
    var emojiTokens = 0

    /// A builder that appends to the (emptied) buffers of `workspace`.
    init(
        bytes: [UInt8], chars: [NormalizedChar], pieces: [Piece], tokenizer: Tokenizer,
        workspace: inout AssessmentWorkspace
    ) {
        self.bytes = bytes
        self.chars = chars
        self.pieces = pieces
        self.tokenizer = tokenizer
        tokens = AssessmentWorkspace.take(&workspace.tokens)
        forms = AssessmentWorkspace.take(&workspace.forms)
        amounts = AssessmentWorkspace.take(&workspace.amounts)
        tokens.reserveCapacity(pieces.count)
        forms.reserveCapacity(bytes.count * 2 + 16)
    }

    var vocabulary: TokenVocabulary { tokenizer.vocabulary }

    mutating func build() {
        var p = 0
        while p < pieces.count {
            let piece = pieces[p]
            if piece.spaceBefore == 3 { clauseBreak = true }
            switch piece.kind {
            case .punct:
                if let end = parseMoney(at: p) ?? parsePhone(at: p) {
                    p = end
                    continue
                }
                switch piece.scalar {
                case 0x2E, 0x21, 0x3F, 0x3B, 0x2A, 0x7C, 0x2022: clauseBreak = true
                case 0x2D where piece.spaceBefore == 3 || tokens.isEmpty: clauseBreak = true  // a dash bullet
                case 0x2C, 0x3A, 0x28, 0x29, 0x2D, 0x2F: minorBreak = true
                default: break
                }
                p += 1
            case .emoji:
                let source = sourceRange(piece.chars)
                let start = Int32(forms.count)
                forms.append(contentsOf: bytes[source])
                let r = start..<Int32(forms.count)
                let key = StableHash.bytes(forms, Int(start)..<forms.count)
                append(
                    Token(
                        kind: .emoji, range: source, foldedRange: r, plainRange: r, key: key, plainKey: key,
                        flags: [], payload: -1), clause: false)
                p += 1
            case .url, .email, .handle, .messengerLink:
                appendLink(at: p)
                p += 1
            case .word:
                if let end = letterSpacedRun(at: p) ?? dottedSyllableRun(at: p) {
                    p = end
                    continue
                }
                if let end = parseMoney(at: p) {
                    p = end
                    continue
                }
                appendWord(piece)
                p += 1
            case .number, .alnum:
                if piece.kind == .number || piece.letters <= 1, let end = letterSpacedRun(at: p) {
                    p = end
                    continue
                }
                if let end = parseMoney(at: p) ?? parsePhone(at: p) ?? parsePercent(at: p) {
                    p = end
                    continue
                }
                if piece.kind == .number { appendNumber(at: p) } else { appendWord(piece) }
                p += 1
            }
        }
        mergeMessengerContacts()
    }

    // MARK: - Emitting

    mutating func append(_ token: Token, clause: Bool = true) {
        var token = token
        if clauseBreak && clause {
            token.flags.insert(.startsClause)
            clauseBreak = false
        }
        if minorBreak && clause {
            token.flags.insert(.afterComma)
            minorBreak = false
        }
        if token.kind == .word { wordTokens += 1 } else if token.kind == .emoji { emojiTokens += 1 }
        tokens.append(token)
    }

    func sourceRange(_ chars: Range<Int>) -> Range<Int> {
        Int(self.chars[chars.lowerBound].sourceStart)..<Int(self.chars[chars.upperBound - 1].sourceEnd)
    }

    func sourceRange(pieces range: Range<Int>) -> Range<Int> {
        Int(
            chars[pieces[range.lowerBound].chars.lowerBound].sourceStart)..<Int(
                chars[pieces[range.upperBound - 1].chars.upperBound - 1].sourceEnd)
    }

    /// Appends the folded and plain forms of characters (spaces between pieces kept as one space).
    mutating func appendSpanForms(pieces range: Range<Int>) -> (Range<Int32>, Range<Int32>, UInt64, UInt64) {
        let table = FoldTable.shared
        let foldedStart = forms.count
        for q in range {
            if q > range.lowerBound && pieces[q].spaceBefore > 0 { forms.append(0x20) }
            for k in pieces[q].chars { appendFolded(chars[k], table: table) }
        }
        let plainStart = forms.count
        for q in range {
            if q > range.lowerBound && pieces[q].spaceBefore > 0 { forms.append(0x20) }
            for k in pieces[q].chars { appendPlain(chars[k], table: table) }
        }
        let folded = Int32(foldedStart)..<Int32(plainStart)
        let plain = Int32(plainStart)..<Int32(forms.count)
        return (
            folded, plain, StableHash.bytes(forms, foldedStart..<plainStart),
            StableHash.bytes(forms, plainStart..<forms.count)
        )
    }

    @inline(__always)
    mutating func appendFolded(_ c: NormalizedChar, table: FoldTable) {
        if c.entry >= 0 {
            table.appendFolded(at: Int(c.entry), to: &forms)
        } else {
            appendScalar(c.scalar)
        }
    }

    @inline(__always)
    mutating func appendPlain(_ c: NormalizedChar, table: FoldTable) {
        if c.entry >= 0 { table.appendPlain(at: Int(c.entry), to: &forms) } else { appendScalar(c.scalar) }
    }

    @inline(__always)
    mutating func appendScalar(_ s: UInt32) {
        if s < 0x80 {
            forms.append(UInt8(s))
            return
        }
        guard let u = Unicode.Scalar(s), let encoded = UTF8.encode(u) else {
            forms.append(0x3F)
            return
        }
        for b in encoded { forms.append(b) }
    }

    /// Emits a URL, e-mail, handle or messenger link piece as one token.
    mutating func appendLink(at p: Int) {
        let piece = pieces[p]
        let (folded, plain, key, plainKey) = appendSpanForms(pieces: p..<(p + 1))
        var flags: TokenFlags = []
        if piece.kind == .email && piece.scalar == 1 { flags.insert(.freeMail) }
        if piece.kind == .url && piece.scalar == 2 { flags.insert(.shortLink) }
        let kind: TokenKind
        var payload: Int32 = -1
        switch piece.kind {
        case .email: kind = .email
        case .url: kind = .url
        default:
            kind = .messenger
            payload = Int32(piece.app.ordinal)
        }
        append(
            Token(
                kind: kind, range: sourceRange(piece.chars), foldedRange: folded, plainRange: plain,
                key: key, plainKey: plainKey, flags: flags, payload: payload))
    }
}
