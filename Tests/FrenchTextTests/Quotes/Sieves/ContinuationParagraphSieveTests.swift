import Testing
@testable import FrenchText

@Suite struct ContinuationParagraphSieveTests {
    @Test func paragraphReopeningAQuoteKeepsItsSpeaker() {
        let text = "Sophie Leclerc, directrice de l’hôpital, a déclaré : « Nous manquons de personnel depuis des mois.\n\n« Les équipes sont épuisées et nous n’avons plus de solution. »"
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes.last?.rule == .continuationParagraph)
        #expect(quotes.last?.speaker?.name == "Sophie Leclerc")
    }

    @Test func quoteAttributedAtItsEndGivesItsSpeakerBack() {
        let text = "« Nous manquons de personnel depuis des mois.\n\n« Les équipes sont épuisées et nous n’avons plus de solution », a déclaré Sophie Leclerc, directrice de l’hôpital."
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes.first?.rule == .continuationParagraph)
        #expect(quotes.first?.speaker?.name == "Sophie Leclerc")
    }
}
