import Testing
@testable import FrenchText

@Suite struct ContinuationNextSieveTests {
    @Test func paragraphOpeningQuoteTakesTheNextSpeaker() {
        let text = "Les habitants attendent une réponse.\n\n« Nous sommes oubliés. » Le témoignage des riverains est accablant. « Personne ne vient jamais nous voir », rapporte Amélie Durand."
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .continuationNext)
        #expect(q?.speaker?.name == "Amélie Durand")
    }
}
