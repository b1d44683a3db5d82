import Testing
@testable import FrenchText

/// `organisation-head`: after a proper name in the complement only `de` goes on in lower case, and `au`/`aux` belong
/// to the name only right after its head or a noun taking `à`.
@Suite struct OrganisationHeadPrepositionStopTests {
    @Test(arguments: [
        ("La Ville de Lévis pour l’achat des terrains a voté un crédit.", "ORG Ville de Lévis"),
        ("Le Conseil d’État au complet a reçu les syndicats.", "ORG Conseil d’État"),
        ("Le Parti socialiste aux élections régionales a perdu des sièges.", "ORG Parti socialiste"),
        ("Il a écrit au Collège des médecins au sujet des listes d’attente.", "ORG Collège des médecins"),
    ])
    func anotherPrepositionEndsTheName(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test(arguments: [
        ("Le Haut-Commissariat aux réfugiés a publié un rapport.", "ORG Haut-Commissariat aux réfugiés"),
        ("L’Organisation mondiale contre la torture a protesté.", "ORG Organisation mondiale contre la torture"),
        ("L’Observatoire pour la protection des défenseurs a réagi.", "ORG Observatoire pour la protection des défenseurs"),
    ])
    func aPrepositionRightAfterTheHeadStaysInTheName(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }
}
