import Testing
@testable import FrenchText

/// `organisation-noun-place`: a capitalised common noun before a known place.
@Suite struct OrganisationNounPlaceTests {
    @Test(arguments: [
        // (`Investissement Québec` is now in companies.tsv: the gazetteer finds it before this rule.)
        ("Tourisme Québec a accordé une aide à l’entreprise.", "Tourisme Québec"),
        ("Selon Habitation Québec, les loyers montent encore.", "Habitation Québec"),
    ])
    func aNounAndAPlaceAreABody(text: String, name: String) {
        #expect(candidates(text, by: .organisationNounPlace) == [name])
    }

    @Test func aCardinalPointAndAPlaceIsNone() {
        #expect(candidates("Le Sud Liban est de nouveau bombardé.", by: .organisationNounPlace).isEmpty)
    }
}
