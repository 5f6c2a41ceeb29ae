// Tests of the base64 decoder for the embedded literals, against Foundation's.

import Foundation
import Testing

@testable import ScamSignals

struct Base64Tests {
    @Test("Decodes what Foundation encodes, at every length, with line breaks anywhere")
    func matchesFoundation() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<70 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let encoded = Data(bytes).base64EncodedString()
            #expect(Base64.decode(encoded) == bytes)
            var wrapped = ""
            for (i, c) in encoded.enumerated() { wrapped += (i % 7 == 6 ? "\n" : "") + String(c) }
            #expect(Base64.decode(wrapped) == bytes)
        }
    }

    @Test("A text cut in the middle of a byte, or with data after the padding, is refused")
    func refusesDamage() {
        #expect(Base64.decode("QUJD") == Array("ABC".utf8))
        #expect(Base64.decode("QUJDR") == nil)
        #expect(Base64.decode("QQ==QQ==") == nil)
        #expect(Base64.decode("") == [])
    }
}
