import Testing
@testable import FrenchText

@Suite struct ColonIntroductionSieveTests {
    @Test(arguments: [
        "Le préfet Marc Dubreuil a déclaré : « Nous fermerons la route demain matin. »",
        "Marc Dubreuil, préfet de la Somme, a prévenu les habitants : « Nous fermerons la route demain matin. »",
    ])
    func cueVerbBeforeTheColon(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .colonIntro)
        #expect(q?.speaker?.name == "Marc Dubreuil")
    }

    @Test func nameAloneBeforeTheColon() {
        let q = SieveTestSupport.quotes("Marc Dubreuil : « Nous fermerons la route demain matin. »").first
        #expect(q?.rule == .colonName)
        #expect(q?.speaker?.name == "Marc Dubreuil")
    }

    @Test func speechNounOrChezBeforeTheColon() {
        let q = SieveTestSupport.quotes("Même constat chez Hélène Marchand, directrice de l’école : « Les enfants sont fatigués. »").first
        #expect(q?.rule == .colonChez)
        #expect(q?.speaker?.name == "Hélène Marchand")
    }

    @Test func subjectOfAVerblessIntroduction() {
        let q = SieveTestSupport.quotes("Hélène Marchand est plus optimiste : « Les enfants vont vite s’adapter. »").first
        #expect(q?.rule == .colonSubject)
        #expect(q?.speaker?.name == "Hélène Marchand")
    }
}
