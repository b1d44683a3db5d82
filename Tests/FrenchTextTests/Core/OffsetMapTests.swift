import Testing
@testable import FrenchText

@Suite struct OffsetMapTests {
    @Test func convertsBetweenUnits() {
        // "é" is 2 UTF-8 bytes, 1 UTF-16 unit; "𝒜" is 4 bytes, 2 units; both are one code point.
        let map = OffsetMap("é𝒜a")
        #expect(map.scalarCount == 3)
        #expect(map.utf16Count == 4)
        #expect(map.scalarOffset(utf8: 2) == 1)
        #expect(map.scalarOffset(utf8: 6) == 2)
        #expect(map.utf8Offset(utf16: 1) == 2)
        #expect(map.utf8Offset(utf16: 3) == 6)
        #expect(map.utf8Offset(utf16: 4) == 7)
    }

    @Test func documentSpansAgreeWithTheTokenizersOwnCount() {
        let doc = Tokenizer().document(from: "👍🏽 Élu à Genève, 𝒜 « oui »")
        for token in doc.tokens {
            #expect(doc.span(utf8: token.span.utf8Start, token.span.utf8End) == token.span)
            #expect(doc.span(token.span.range) == token.span)
        }
        #expect(doc.codePointCount == doc.text.unicodeScalars.count)
    }

    @Test func spanHelpers() {
        let doc = Tokenizer().document(from: "Le 1er septembre 2025")
        let span = doc.tokens[1].span
        #expect(span.start == 3 && span.end == 6 && span.length == 3)
        #expect(doc.span(tokens: 0..<4).contains(span))
        #expect(span.overlaps(doc.tokens[1].span))
        #expect(!span.overlaps(doc.tokens[2].span))
    }
}
