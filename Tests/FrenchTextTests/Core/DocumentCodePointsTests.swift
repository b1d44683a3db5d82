import Testing
@testable import FrenchText

/// `Document+CodePoints.swift`: the text read by code points, the library's one offset unit.
@Suite struct DocumentCodePointsTests {
    @Test(arguments: ["« Élu »", "L’élu·e a dit : « Oui ! »", "Coût : 12 € 🙂 à Zürich", "e\u{301}te\u{301}", "",
                         "ǅ ߷ 中文 \u{10FFFF}𝄞 ok"])
    func codePointsMatchTheText(_ text: String) {
        let doc = Tokenizer().document(from: text)
        #expect(doc.codePoints == Array(text.unicodeScalars))
        #expect(doc.codePoints.count == doc.codePointCount)
        #expect(doc.text(codePoints: 0..<doc.codePoints.count) == text)
        #expect(doc.utf8Offset(codePoint: doc.codePoints.count) == text.utf8.count)
    }

    @Test func stretchesAreReadBackAndClamped() {
        let doc = Tokenizer().document(from: "« Élu »")
        #expect(doc.text(codePoints: 2..<5) == "Élu")
        #expect(doc.text(codePoints: 5..<50) == " »")
        #expect(doc.text(codePoints: -3..<1) == "«")
        #expect(doc.text(codePoints: 9..<12) == "")
    }

    @Test func aCodePointSpanIsTheTokensSpan() {
        let doc = Tokenizer().document(from: "« 🙂 », a-t-elle déclaré à Genève.")
        for token in doc.tokens {
            #expect(doc.span(codePoints: token.span.start, token.span.end) == token.span)
            #expect(doc.text(codePoints: token.span.start..<token.span.end) == token.text)
        }
    }

    /// A combining accent on its own code point is cut where asked, not at the character's start.
    @Test func cutsBetweenCodePointsNotCharacters() {
        let doc = Tokenizer().document(from: "e\u{301}te\u{301}")
        #expect(doc.text(codePoints: 1..<3) == "\u{301}t")
    }
}
