import Testing
@testable import FrenchText

@Suite struct SmallTokenStringTests {
    /// The runtime of these tests lays out small strings as the packing expects (else the tokenizer falls back).
    @Test func isAvailableOnThisRuntime() {
        #expect(SmallTokenString.isAvailable)
    }

    /// Every slice of 1 to 15 bytes at scalar boundaries, ASCII or not, near the end of the buffer or not, is the
    /// string the standard library makes, bit for bit.
    @Test(arguments: [
        "« Nous resterons », a-t-elle déclaré.",
        "Le 1er septembre 2025, 52 détenu·e·s ont été libéré·e·s.\r\n\r\nM. Türk l’a dit.",
        "👩‍👩‍👧 famille 日本語 𝒜𝒷𝒸 e\u{301}te\u{301}\u{00A0}«\u{202F}Oui\u{202F}»",
        "abcdefghijklmnopqrstuvwxyz0123456789",
    ])
    func packsLikeTheStandardLibrary(text: String) throws {
        try #require(SmallTokenString.isAvailable)
        let bytes = Array(text.utf8)
        var boundaries = [0]
        for scalar in text.unicodeScalars { boundaries.append(boundaries[boundaries.count - 1] + UTF8.width(scalar)) }
        bytes.withUnsafeBufferPointer { buffer in
            for a in boundaries {
                for b in boundaries where b > a && b - a <= SmallTokenString.capacity {
                    let slice = Array(bytes[a..<b])
                    let expected = String(decoding: slice, as: UTF8.self)
                    let made = SmallTokenString.make(buffer, a, b, ascii: slice.allSatisfy { $0 < 0x80 })
                    #expect(made == expected)
                    #expect(unsafeBitCast(made, to: (UInt64, UInt64).self) == unsafeBitCast(expected, to: (UInt64, UInt64).self))
                    #expect(made.utf8.count == b - a && made.unicodeScalars.count == expected.unicodeScalars.count)
                }
            }
        }
    }

    /// Tokens made with packing hold the same strings as tokens of texts too long for it.
    @Test func tokensHoldTheirText() {
        let doc = Tokenizer(lexicon: nil).document(from: "M. Türk a déclaré : « anticonstitutionnellement », dit-il.")
        for token in doc.tokens {
            #expect(token.text == String(doc.text[token.span.range]))
        }
        #expect(doc.tokens.map(\.text).contains("anticonstitutionnellement"))
    }
}
