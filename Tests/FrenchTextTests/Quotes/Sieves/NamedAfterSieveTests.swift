import Testing
@testable import FrenchText

@Suite struct NamedAfterSieveTests {
    @Test func speakerNamedLaterInTheSentence() {
        let text = "L'Assemblée a rejeté la motion. \"Cette motion de défiance tiendra lieu de clarification politique\" pour qui se trouve dans l'opposition, avait plaidé auparavant la cheffe de file du groupe LFI Mathilde Panot face à la Première ministre Élisabeth Borne."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Mathilde Panot")
    }

    @Test func speakerIsTheSubjectOfTheNextSentence() {
        let text = "« Nous avons été pénalisés par des fautes grossières. » Philippe Montanier, entraîneur du Standard, ne cachait pas sa déception."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Philippe Montanier")
    }
}
