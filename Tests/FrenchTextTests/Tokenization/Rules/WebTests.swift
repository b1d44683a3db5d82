import Testing
@testable import FrenchText

@Suite struct WebTests {
    @Test(arguments: [
        ("https://www.amnesty.fr/presse/belarus", TokenKind.url), ("www.amnesty.fr", .url), ("amnesty.org", .url),
        ("www.fidh.org", .url), ("service-public.fr", .url), ("http://example.com/a(b)", .url),
        ("presse@amnesty.fr", .email), ("prenom.nom@hrw.org", .email), ("#MeToo", .hashtag), ("@amnestyfrance", .mention),
    ])
    func oneTokenEach(text: String, kind: TokenKind) {
        let doc = TokenizerFixture.document("Voir \(text).")
        #expect(doc.tokens.map(\.text) == ["Voir", text, "."])
        #expect(doc.tokens[1].kind == kind)
    }

    @Test func urlInParentheses() {
        #expect(TokenizerFixture.texts("(www.fidh.org)") == ["(", "www.fidh.org", ")"])
    }

    @Test func sentenceEndIsNotADomain() {
        #expect(TokenizerFixture.texts("la musique.Emmanuel") == ["la", "musique", ".", "Emmanuel"])
    }
}
