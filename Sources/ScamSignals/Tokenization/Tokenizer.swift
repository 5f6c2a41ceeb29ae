// The tokenizer: normalized characters → pieces → tokens, in passes that are each linear in the input.

#if canImport(FoundationEssentials)
import FoundationEssentials
#elseif canImport(Foundation)
import Foundation
#endif

/// Cuts an ad into tokens with exact source spans, normalized forms, parsed money and a language guess.
///
/// ```swift
/// let tokenizer = Tokenizer()
/// let text = tokenizer.tokenize("LOKER ADMIN 🇰🇭 gaji Rp 15jt/bulan, tiket & visa ditanggung! WA 0812-0000-4321")
/// for token in text.tokens where token.kind == .money {
///     print(text.source(of: token), text.amount(of: token)!)   // "Rp 15jt/bulan" low 15000000 …
/// }
/// ```
///
/// A `Tokenizer` is a small immutable value: share one across threads freely.
/// Complexity: O(n) in the input's UTF-8 length, including for pathological input.
public struct Tokenizer: Sendable {
    let lexicon: Lexicons
    let vocabulary: TokenVocabulary

    /// Creates a tokenizer with the embedded lexicons.
    public init() {
        self.lexicon = Lexicons.shared
        self.vocabulary = TokenVocabulary.shared
    }

    /// Tokenizes a string; offsets are into its UTF-8 view.
    public func tokenize(_ text: String) -> TokenizedText {
        tokenize(bytes: Array(text.utf8))
    }

    /// The most bytes one call reads (1 GiB): offsets are stored in 32 bits. Longer input is cut there,
    /// at a character boundary; `Classifier` cuts far earlier (``Classifier/maximumInputBytes``).
    public static let maximumInputBytes = 1 << 30

    /// Tokenizes raw bytes that may be invalid UTF-8 (invalid sequences read as U+FFFD, offsets stay true).
    public func tokenize(bytes input: [UInt8]) -> TokenizedText {
        var workspace = AssessmentWorkspace()
        return tokenize(bytes: input, workspace: &workspace)
    }

    /// Tokenizes into the buffers of `workspace` (see ``AssessmentWorkspace``); the text owns them until
    /// `workspace.recycle(_:)` takes them back.
    func tokenize(bytes input: [UInt8], workspace: inout AssessmentWorkspace) -> TokenizedText {
        let bytes = input.prefixAtCharacterBoundary(Self.maximumInputBytes) ?? input
        // One allocation each, sized from the input, instead of a chain of regrowths (none at all once the
        // workspace has grown).
        var chars = AssessmentWorkspace.take(&workspace.chars)
        chars.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { Normalizer.normalize($0, into: &chars) }
        var pieces = AssessmentWorkspace.take(&workspace.pieces)
        pieces.reserveCapacity(chars.count + 8)  // at most one piece per character
        cutPieces(chars, source: bytes, into: &pieces)
        var result: TokenizedText
        do {  // the builder ends here, so the workspace holds the only reference to `chars` and `pieces`
            var builder = TokenBuilder(
                bytes: bytes, chars: chars, pieces: pieces, tokenizer: self, workspace: &workspace)
            builder.build()
            result = TokenizedText(
                bytes: bytes, tokens: builder.tokens, amounts: builder.amounts,
                language: LanguageGuess(language: .unknown, confidence: 0), forms: builder.forms,
                wordTokens: builder.wordTokens, emojiTokens: builder.emojiTokens)
        }
        workspace.chars = chars
        workspace.pieces = pieces
        result.language = LanguageIdentifier.identify(result, lexicon: lexicon)
        inferCurrencies(&result)
        return result
    }

    /// Tokenizes `Data` (see ``tokenize(bytes:)``).
    public func tokenize(data: Data) -> TokenizedText {
        tokenize(bytes: [UInt8](data))
    }

    /// Amounts written with a bare `k` (`500k/ngày`) take the currency of the ad's language.
    private func inferCurrencies(_ text: inout TokenizedText) {
        let currency: String?
        switch text.language.language {
        case .vietnamese: currency = "VND"
        case .indonesian: currency = "IDR"
        default: currency = nil
        }
        guard let currency else { return }
        for i in text.amounts.indices where text.amounts[i].currency == nil && text.amounts[i].high >= 1000 {
            text.amounts[i].currency = currency
            text.amounts[i].currencyInferred = true
        }
    }
}
