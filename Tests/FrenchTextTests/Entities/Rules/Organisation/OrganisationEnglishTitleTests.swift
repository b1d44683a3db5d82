import Testing
@testable import FrenchText

/// `organisation-english-title`: `The` and capitalised words.
@Suite struct OrganisationEnglishTitleTests {
    @Test(arguments: [
        ("Le quotidien The Daily Courier a révélé l’affaire.", "The Daily Courier"),
        ("Une enquête du magazine The Northern Review paraît demain.", "The Northern Review"),
    ])
    func anEnglishTitleIsAnOrganisation(text: String, name: String) {
        #expect(candidates(text, by: .organisationEnglishTitle) == [name])
    }

    @Test func theAloneIsNone() {
        #expect(candidates("Il a écrit The en majuscules.", by: .organisationEnglishTitle).isEmpty)
    }
}
