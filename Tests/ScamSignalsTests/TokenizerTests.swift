import Testing
@testable import ScamSignals
@Test func placeholder() { #expect(Tokenizer().tokenize("a").tokens.count == 1) }
