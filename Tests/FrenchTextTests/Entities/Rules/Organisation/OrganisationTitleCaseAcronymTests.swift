import Testing
@testable import FrenchText

/// A title-case acronym alone in brackets after an organisation's name names it: `(Syntras)`, `(Coopadef)`,
/// `(Conasysed)`; a dictionary word or a known place in brackets is none.
@Suite struct OrganisationTitleCaseAcronymTests {
    @Test(arguments: [
        ("Le secrétaire général du Syndicat des Travailleurs de la Pêche (Syntrap) a parlé hier.", "ORG Syntrap"),
        ("La réunion s’est tenue dans la cour de la Coopérative agricole du Fromager (Coopafro) samedi.", "ORG Coopafro"),
        ("Le responsable du syndicat des enseignants grévistes (Conasyen) refuse la proposition.", "ORG Conasyen"),
    ])
    func titleCaseAcronymInBrackets(text: String, expected: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(expected), "\(labels)")
    }

    @Test(arguments: [
        "Le prix est allé à Irène Frain pour son récit (Seuil) cette année.",
        "Le syndicat des éleveurs (Calvados) manifeste devant la préfecture.",
    ])
    func wordsAndPlacesInBracketsAreNoAcronym(text: String) {
        let labels = entityLabels(text)
        #expect(!labels.contains { $0 == "ORG Seuil" || $0 == "ORG Calvados" }, "\(labels)")
    }
}
