import Testing
@testable import FrenchText

/// An adjective that qualifies one meeting or instance (`extraordinaire`, `prochain`) ends an organisation's name
/// (`entity_org_complement_stops.txt`).
@Suite struct OrganisationInstanceAdjectiveTests {
    @Test(arguments: [
        ("Un Comité central d’entreprise extraordinaire se tiendra à Nantes.", "ORG Comité central d’entreprise"),
        ("Le Conseil d’administration exceptionnel a voté la fermeture.", "ORG Conseil d’administration"),
    ])
    func theAdjectiveIsLeftOut(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }

    @Test func anAdjectiveOfTheNameStays() {
        #expect(entityLabels("Le Comité international olympique siège à Lausanne.").contains("ORG Comité international olympique"))
    }
}
