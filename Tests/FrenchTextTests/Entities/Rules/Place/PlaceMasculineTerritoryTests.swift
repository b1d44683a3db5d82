import Testing
@testable import FrenchText

/// A territory no list knows, named after the noun of an office held there or of its people and `du`
/// (`le préfet du Mfoundi`, `les populations du Moronou`), is a place; a capitalised unit noun keeps an adjective
/// before its `de` (`le District autonome de la Comoé`).
@Suite struct PlaceMasculineTerritoryTests {
    @Test(arguments: [
        ("Le préfet du Ndé a interdit les rassemblements jusqu’à nouvel ordre.", "LOC Ndé"),
        ("Les populations du Bafing attendent la route depuis des années.", "LOC Bafing"),
        ("Le sous-préfet a reçu le maire du Kouffo mardi.", "LOC Kouffo"),
    ])
    func aTerritoryAfterDuIsAPlace(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test(arguments: [
        ("Le gouverneur du District autonome du Zanzan a inauguré le pont.", "LOC District autonome du Zanzan"),
        ("Une école a ouvert dans la Province orientale de Tshopo cette année.", "LOC Province orientale de Tshopo"),
    ])
    func aCapitalisedUnitNounKeepsItsAdjective(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    /// A common word after `du` stays out (`le maire du village`), and so does a person's first name.
    @Test func aCommonWordOrAFirstNameIsNoTerritory() {
        let labels = entityLabels("Le maire du village a remercié les habitants du Jean-Marc, dit-on.")
        #expect(!labels.contains { $0.hasPrefix("LOC") }, "\(labels)")
    }
}
