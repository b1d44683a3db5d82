import Testing
@testable import FrenchText

/// `organisation-head`: `Laboratoire` and `Coordination` head a capitalised name (`Laboratoire Provence`,
/// `Coordination nationale du FNDC`); a known place in the name ends it before a lower-case noun
/// (`Laboratoire Provence Canada grâce au Fonds…`).
@Suite struct OrganisationHeadCompanyNounTests {
    @Test(arguments: [
        ("Laboratoire Provence, une entreprise française, s’installe à Drummondville.", "ORG Laboratoire Provence"),
        ("Québec a accordé une subvention à Laboratoire Provence Canada grâce au Fonds de diversification.", "ORG Laboratoire Provence Canada"),
        ("Les Laboratoires Boiron ont présenté leurs résultats.", "ORG Laboratoires Boiron"),
        ("La Coordination nationale du FNDC a appelé à manifester jeudi.", "ORG Coordination nationale du FNDC"),
    ])
    func theHeadOpensTheName(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test func aLowerCaseCommonUseIsNoName() {
        #expect(entityLabels("Le laboratoire de biologie est fermé.").isEmpty)
    }
}
