import Testing
@testable import FrenchText

/// `organisation-apposition`: a name before a comma and a lower-case organisation noun without an article.
@Suite struct OrganisationAppositionTests {
    @Test(arguments: [
        ("Pour Vigie 44, association de défense des usagers des hôpitaux, la fermeture est un échec.", "ORG Vigie 44"),
        ("Selon Terre Commune, collectif d’habitants du quartier, le projet menace le parc.", "ORG Terre Commune"),
        ("Le texte est soutenu par Solidarité Paysans, association d’aide aux agriculteurs en difficulté.", "ORG Solidarité Paysans"),
    ])
    func theNameBeforeTheAppositionIsTheOrganisation(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    /// A person's name, a known place or a sentence-opening word before the comma is no organisation.
    @Test(arguments: [
        "Selon Marie Dupont, syndicat des enseignants, la grève est suivie.",
        "À Rennes, association et mairie travaillent ensemble.",
        "Enfin, association et syndicat ont signé.",
    ])
    func othersAreNone(text: String) {
        let labels = entityLabels(text)
        #expect(!labels.contains { $0.hasPrefix("ORG") }, "\(labels)")
    }
}
