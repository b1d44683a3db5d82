import Testing
@testable import FrenchText

@Suite struct TokenizerTests {
    @Test func offsetsAreCodePoints() {
        let doc = Tokenizer().document(from: "« Élu » le 1er septembre")
        let elu = doc.tokens.first { $0.text == "Élu" }
        #expect(elu?.span.start == 2)
        #expect(elu?.span.end == 5)
    }
}
