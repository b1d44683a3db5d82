import Testing
@testable import FrenchText

/// A role phrase never runs over another person's name (ParticipantModelBuilder+RoleOverName): in `entre la juge
/// Anne Morel et Me Paul Girard`, the judge is Anne Morel.
@Suite struct RoleOverNameTests {
    @Test(arguments: [
        ("L’audience a opposé la juge Anne Morel de la cour d’appel et Me Paul Girard. « Vous sortez du sujet », a tranché la juge.",
         "Anne Morel"),
        ("Le ton est monté entre l’entraîneur Marc Leduc et Hugo Petit. « Je n’ai rien vu », a assuré l’entraîneur.",
         "Marc Leduc"),
        ("Une rencontre a réuni le maire Jean Morel et Mme Claire Fabre vendredi. « Le projet avance », a dit le maire.",
         "Jean Morel"),
    ])
    func theRoleIsTheNameRightAfterIt(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    @Test func theLaterNameHoldsNoRole() {
        let model = SieveTestSupport.model("Le ton est monté entre la juge Anne Morel et Me Paul Girard.")
        #expect(model.participant(named: "Paul Girard")?.roleLemmas.isEmpty == true)
        #expect(model.participant(named: "Anne Morel")?.roleLemmas.contains("juge") == true)
    }
}
