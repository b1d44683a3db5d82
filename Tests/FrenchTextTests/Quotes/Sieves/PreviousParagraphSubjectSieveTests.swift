import Testing
@testable import FrenchText

@Suite struct PreviousParagraphSubjectSieveTests {
    @Test(arguments: ["Jean Dupont, maire de Lunel, est inquiet.", "Le maire Jean Dupont est inquiet depuis lundi."])
    func personThePreviousParagraphWasAbout(_ sentence: String) {
        let text = "\(sentence)\n\n« Nous n’avons plus aucune marge de manœuvre. »"
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.rule == .paragraphSubject)
        #expect(q?.speaker?.name == "Jean Dupont")
        #expect(q?.trace == [.previousParagraphSubject])
    }
}

/// An organisation named with its article opening the paragraph before speaks a paragraph-opening quote nobody
/// introduces (cat. 5).
@Suite struct PreviousParagraphOrganisationTests {
    @Test(arguments: [
        ("Communiqué de presse\n\nLa Ligue des droits de l’Homme dénonce les expulsions de ce matin.\n\n« Ces familles n’avaient nulle part où aller. »",
         "Ligue des droits de l’Homme"),
        ("La Confédération paysanne appelle à bloquer les routes lundi.\n\n« Nous ne pouvons plus vivre de notre travail. »", "Confédération paysanne"),
    ])
    func theOrganisation(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == speaker)
        #expect(q?.speaker?.kind == .organisation)
    }

    /// A cue after the quote still wins.
    @Test func aCueWins() {
        let text = "La Confédération paysanne appelle à bloquer les routes lundi.\n\n« Nous ne pouvons plus vivre de notre travail », témoigne Paul Girard, éleveur."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Paul Girard")
    }
}
