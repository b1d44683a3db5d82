import Testing
@testable import FrenchText

/// `known-organisation-trade-name`: a country after a known company's trade name names its national subsidiary,
/// one organisation with it (`Dangote Industries Sénégal`), as after the known name alone (`Orange Sénégal`).
@Suite struct KnownOrganisationSubsidiaryTests {
    @Test(arguments: [
        ("La cimenterie de Dangote Industries Sénégal a ouvert à Pout.", "ORG Dangote Industries Sénégal"),
        ("Les clients de Vinci Energies Belgique ont été prévenus.", "ORG Vinci Energies Belgique"),
        ("Airbus Defence Espagne a signé le contrat.", "ORG Airbus Defence Espagne"),
    ])
    func aCountryAfterTheTradeNameIsTheSubsidiary(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test func aCityAfterTheTradeNameIsNoSubsidiary() {
        #expect(entityLabels("Vinci Energies Lyon a recruté.").contains("ORG Vinci Energies Lyon") == false)
    }
}
