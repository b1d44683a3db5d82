import Testing
@testable import FrenchText

/// `organisation-introduced`: the capitalised name after a group noun.
@Suite struct OrganisationIntroducedTests {
    @Test(arguments: [
        ("Le président de la coopérative Laitalp a visité l’usine.", "Laitalp"),
        ("Le groupe pharmaceutique Novalis a racheté la start-up.", "Novalis"),
        ("L’assureur Mutavie relève ses tarifs.", "Mutavie"),
    ])
    func theNameAfterTheNounIsAnOrganisation(text: String, name: String) {
        #expect(candidates(text, by: .organisationIntroduced) == [name])
    }

    @Test func aGroupNounWithoutANameIsNone() {
        #expect(candidates("Le groupe a annoncé un plan social.", by: .organisationIntroduced).isEmpty)
    }
}
