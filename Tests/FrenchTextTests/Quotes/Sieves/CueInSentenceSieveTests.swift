import Testing
@testable import FrenchText

@Suite struct CueInSentenceSieveTests {
    @Test(arguments: [
        "Le maire Jacques Perrin indique avoir « renforcé la présence humaine dans les gares ».",
        "Jacques Perrin a indiqué qu’il « partage les inquiétudes des riverains ».",
    ])
    func cueEarlierInTheSentence(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .cueInSentence)
        #expect(q?.speaker?.name == "Jacques Perrin")
    }

    @Test func presentParticipleTakesTheSubject() {
        let q = SieveTestSupport.quotes("Jacques Perrin a rejeté ces accusations lundi, affirmant que « rien n’a été caché aux habitants ».").first
        #expect(q?.rule == .cueInSentence)
        #expect(q?.speaker?.name == "Jacques Perrin")
    }
}
