import Testing
@testable import FrenchText

/// `organisation-acronym`: capitals the dictionary does not know.
@Suite struct OrganisationAcronymTests {
    @Test(arguments: [
        ("Le FIACAT a saisi le comité des Nations unies.", "FIACAT"),
        ("Les délégués du SNPTX ont quitté la table.", "SNPTX"),
    ])
    func unknownCapitalsAreAnOrganisation(text: String, name: String) {
        #expect(candidates(text, by: .organisationAcronym) == [name])
    }

    @Test(arguments: [
        "Le château date de Louis XIV.",
        "L’article XXI du règlement a changé.",
    ])
    func romanNumeralsAreNone(text: String) {
        #expect(candidates(text, by: .organisationAcronym).isEmpty)
    }
}
