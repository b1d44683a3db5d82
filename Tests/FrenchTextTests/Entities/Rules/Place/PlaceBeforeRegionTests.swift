import Testing
@testable import FrenchText

/// `place-before-region`: a town before its region in brackets.
@Suite struct PlaceBeforeRegionTests {
    @Test(arguments: [
        ("Le festival de Montreux s’est déplacé à Vevey (Vaud) cette année.", "Vevey"),
        ("Une usine ferme à Lévis (Québec) en juin.", "Lévis"),
    ])
    func aTownBeforeItsRegionIsAPlace(text: String, name: String) {
        #expect(candidates(text, by: .placeBeforeRegion).contains(name))
    }

    @Test func aNameBeforeAnAcronymIsNone() {
        #expect(candidates("Le syndicat Unia (CGT) proteste.", by: .placeBeforeRegion).isEmpty)
    }
}
