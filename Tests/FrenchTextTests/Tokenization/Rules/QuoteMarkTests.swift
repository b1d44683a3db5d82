import Testing
@testable import FrenchText

@Suite struct QuoteMarkTests {
    @Test(arguments: ["«", "»", "“", "”", "‹", "›", "\"", "„"])
    func quoteMarksAreTokens(mark: String) {
        let doc = TokenizerFixture.document("Il a dit \(mark)oui\(mark).")
        #expect(doc.tokens.filter { $0.text == mark }.allSatisfy { $0.kind == .quote && $0.rule == .quoteMark })
        #expect(doc.tokens.filter { $0.kind == .quote }.count == 2)
    }

    @Test func guillemetsWithNoBreakSpaces() {
        let doc = TokenizerFixture.document("«\u{00A0}Nous resterons\u{202F}», a-t-elle déclaré.")
        #expect(doc.tokens.map(\.text) == ["«", "Nous", "resterons", "»", ",", "a", "-t-elle", "déclaré", "."])
        #expect(doc.tokens[0].whitespaceAfter == "\u{00A0}")
        #expect(doc.tokens[2].whitespaceAfter == "\u{202F}")
    }

    @Test func singleQuotesAroundAWord() {
        let doc = TokenizerFixture.document("la zone 'protégée'.")
        #expect(doc.tokens.map(\.text) == ["la", "zone", "'", "protégée", "'", "."])
        #expect(doc.tokens[2].kind == .quote)
        #expect(doc.tokens[4].kind == .quote)
    }
}
