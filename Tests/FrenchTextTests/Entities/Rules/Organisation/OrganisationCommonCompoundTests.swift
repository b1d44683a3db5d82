import Testing
@testable import FrenchText

/// A head noun with a complement that names a kind of place or service (`bureau de vote`, `bureau de poste`)
/// is no organisation; the place after it stays a place (`entity_org_common_compounds.txt`).
@Suite struct OrganisationCommonCompoundTests {
    @Test(arguments: [
        ("Les électeurs attendaient devant le bureau de vote de Ouagadougou.", "LOC Ouagadougou"),
        ("Le bureau de poste de Namur ferme à midi.", "LOC Namur"),
        ("Dans les bureaux de vote de Dakar, l’affluence est faible.", "LOC Dakar"),
    ])
    func theCompoundIsNoOrganisation(text: String, place: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(place))
        #expect(!labels.contains { $0.hasPrefix("ORG") })
    }

    @Test func aBodyWithTheSameHeadStaysAnOrganisation() {
        #expect(entityLabels("Le bureau exécutif de la CGT s’est réuni.").contains("ORG CGT"))
        #expect(entityLabels("La préfecture du Calvados a publié un arrêté.") == ["ORG préfecture du Calvados"])
    }
}
