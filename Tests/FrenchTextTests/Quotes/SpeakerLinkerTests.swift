import Testing
@testable import FrenchText

/// Stage 2's last word on a name stage 1 kept: never a person of the other gender than the mention states.
@Suite struct SpeakerLinkerTests {
    @Test(arguments: [
        // A role in the feminine after the only "person" named is a man (here a campus read as a man): not her name.
        "Un jeune homme, étudiant à Ker Lann, comparaissait avec une amie. « J’ai peur de ne pas valider mon année », explique l’étudiante.",
        "Paul Henry, infirmier depuis dix ans, a témoigné. Une collègue l’accompagnait. « Nous sommes épuisés », confie l’infirmière.",
        "Le directeur Marc Lenoir a reçu les parents. « Nous attendons des réponses depuis des mois », a insisté la présidente de l’association.",
    ])
    func aMentionOfTheOtherGenderIsNotTheManNamedBefore(_ text: String) throws {
        let q = try #require(SieveTestSupport.quotes(text).first)
        #expect(q.speaker != nil)
        #expect(q.speaker?.name == nil)
    }

    /// The same shapes with a woman named before keep her.
    @Test func aMentionOfTheSameGenderKeepsTheName() throws {
        let text = "Marie Dupont, infirmière depuis dix ans, a témoigné. « Nous sommes épuisés », confie l’infirmière."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Marie Dupont")
    }
}
