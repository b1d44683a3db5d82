import Testing
@testable import FrenchText

@Suite struct SameSentenceSieveTests {
    @Test(arguments: [
        "« Nous voulons des garanties sur l’emploi », a déclaré Lucie Bernard, avant d’ajouter : « Sans elles, la grève continuera. »",
        "« Nous voulons des garanties sur l’emploi », a lancé Lucie Bernard, qui dénonce aussi « un mépris total des salariés ».",
    ])
    func secondQuoteOfTheSentence(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes.last?.rule == .sameSentence)
        #expect(quotes.last?.speaker?.name == "Lucie Bernard")
    }
}
