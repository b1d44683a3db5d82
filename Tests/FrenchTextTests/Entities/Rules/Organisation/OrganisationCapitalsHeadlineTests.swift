import Testing
@testable import FrenchText

/// In a line in capitals, a verb ends an organisation's name: `LE SYNDICAT SUD SANTÉ DÉNONCE LA FERMETURE…`.
@Suite struct OrganisationCapitalsHeadlineTests {
    @Test func theVerbEndsTheName() {
        let labels = entityLabels("LE SYNDICAT SUD SANTÉ DÉNONCE LA FERMETURE DU CHU DE NANTES")
        #expect(!labels.contains { $0.contains("DÉNONCE") })
        #expect(labels.contains("ORG CHU DE NANTES"))
    }

    @Test func theIntroducedNameStopsToo() {
        #expect(!candidates("LE COLLECTIF SAUVONS LYON EXIGE UNE RÉPONSE", by: .organisationIntroduced).contains { $0.contains("EXIGE") })
    }

    @Test func aNameInCapitalsWithoutAVerbStays() {
        #expect(entityLabels("COMMUNIQUÉ DU CONSEIL NATIONAL DES BARREAUX").contains { $0.hasPrefix("ORG CONSEIL NATIONAL DES BARREAUX") })
    }
}
