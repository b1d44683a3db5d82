import Testing
@testable import FrenchText

/// `place-compound`: a hyphenated compound place name.
@Suite struct PlaceCompoundTests {
    @Test(arguments: [
        ("Le ferry relie désormais Port-sur-Saône à la ville.", "Port-sur-Saône"),
        ("Les festivaliers ont envahi Saint-Jean-de-Monts ce week-end.", "Saint-Jean-de-Monts"),
        ("La Chaux-de-Fonds accueillera la finale.", "La Chaux-de-Fonds"),
        // A saint's name inside the compound.
        ("Le maire de la Chapelle-Saint-Aubert a signé un arrêté.", "Chapelle-Saint-Aubert"),
        ("Les habitants de Montigny-Sainte-Colombe ont voté.", "Montigny-Sainte-Colombe"),
    ])
    func aCompoundNameIsAPlace(text: String, name: String) {
        #expect(candidates(text, by: .placeCompound) == [name])
    }

    @Test func aFirstNameBeforeDeIsAPerson() {
        #expect(candidates("Le frère Jean-de-Dieu a prié.", by: .placeCompound).isEmpty)
    }
}
