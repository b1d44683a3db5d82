import Testing
@testable import FrenchText

@Suite struct IntroducedSpeakerSieveTests {
    @Test(arguments: ["porte-parole du collectif", "président de l’association"])
    func personIntroducedWithARoleTakesTheNextParagraphsQuote(_ role: String) {
        let text = "« Le projet est solide », a déclaré Claire Fontaine. Karim Benali, \(role), ne partage pas cet avis.\n\n« Il faut tout reprendre depuis le début. »"
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.rule == .paragraphSubject)
        #expect(q?.speaker?.name == "Karim Benali")
        #expect(q?.trace.first == .introducedSpeaker)
    }
}
