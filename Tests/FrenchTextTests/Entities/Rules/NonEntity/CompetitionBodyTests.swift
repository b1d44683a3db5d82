import Testing
@testable import FrenchText

/// A competition is no entity; the body that runs it, named inside it, is (`Coupe d’Afrique des nations de la CAF`).
@Suite struct CompetitionBodyTests {
    @Test(arguments: [
        ("Le Sénégal a remporté la Coupe d’Afrique des nations de la CAF.", "ORG CAF"),
        ("La Ligue des champions de l’UEFA reprend mardi.", "ORG UEFA"),
        ("Le Trophée des champions de la FIFA sera remis à Doha.", "ORG FIFA"),
    ])
    func theBodyInsideACompetitionIsAnOrganisation(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label))
        #expect(!labels.contains { $0.contains("Coupe") || $0.contains("Ligue") || $0.contains("Trophée") })
    }
}
