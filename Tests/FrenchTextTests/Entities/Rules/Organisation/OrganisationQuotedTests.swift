import Testing
@testable import FrenchText

/// `organisation-quoted`: a quoted name after a group noun.
@Suite struct OrganisationQuotedTests {
    @Test(arguments: [
        ("Les bénévoles du collectif « Les Voisins Solidaires » distribuent des repas.", "Les Voisins Solidaires"),
        ("Le groupe \"Vent de Fronde\" jouera samedi.", "Vent de Fronde"),
    ])
    func aQuotedCapitalisedNameIsAnOrganisation(text: String, name: String) {
        #expect(candidates(text, by: .organisationQuoted) == [name])
    }

    @Test func aQuotedPhraseInLowerCaseIsNone() {
        #expect(candidates("Le collectif « reste mobilisé » jusqu’à lundi.", by: .organisationQuoted).isEmpty)
    }
}
