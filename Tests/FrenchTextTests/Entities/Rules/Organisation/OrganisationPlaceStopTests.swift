import Testing
@testable import FrenchText

/// An organisation's name stops before `à` and a known place: `l’association Aide aux Migrants à Calais`.
@Suite struct OrganisationPlaceStopTests {
    @Test(arguments: [
        ("L’association Aide aux Migrants à Calais a dénoncé la situation.", "Aide aux Migrants", "Calais"),
        ("Le collectif Droit au Logement à Marseille manifeste.", "Droit au Logement", "Marseille"),
        ("La Fondation pour la Nature à Genève publie un rapport.", "Fondation pour la Nature", "Genève"),
    ])
    func theNameStopsBeforeThePlace(text: String, name: String, place: String) {
        let labels = entityLabels(text)
        #expect(labels.contains("ORG \(name)"), "\(labels)")
        #expect(labels.contains("LOC \(place)"), "\(labels)")
    }

    @Test func aCommonNounAfterTheLinkStaysInTheName() {
        #expect(entityLabels("Le collectif Droit au Logement manifeste.").contains("ORG Droit au Logement"))
    }
}
