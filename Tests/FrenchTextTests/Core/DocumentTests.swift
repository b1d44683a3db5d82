import Testing
@testable import FrenchText

@Suite struct DocumentTests {
    let doc = Tokenizer().document(from: "Élu à Genève.\nM. Türk a parlé.")

    @Test func spansInThreeUnits() {
        let span = doc.span(utf8: 0, 3) // "Élu" is 4 bytes: É (2) l u
        #expect(span.start == 0)
        let genève = doc.tokens[2]
        #expect(genève.text == "Genève")
        #expect(genève.span.start == 6 && genève.span.end == 12)
        #expect(genève.span.utf8Start == 8 && genève.span.utf8End == 15)
        #expect(doc.span(genève.span.range) == genève.span)
    }

    @Test func lookups() {
        #expect(doc.paragraphs.count == 2)
        #expect(doc.paragraphIndex(at: 15) == 1)
        #expect(doc.paragraphIndex(at: 13) == nil)
        #expect(doc.tokens[doc.tokenIndex(atOrAfter: 13)].text == "M.")
        #expect(doc.text(of: doc.span(tokens: 0..<3)) == "Élu à Genève")
        #expect(doc.codePointCount == 30)
    }
}
