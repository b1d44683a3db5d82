import Testing
@testable import FrenchText

/// `place-part`: the upper or lower part of a known region or country.
@Suite struct PlacePartTests {
    @Test(arguments: [
        ("Les stations du Haut-Valais manquent de neige.", "Haut-Valais"),
        ("Les fouilles de Haute-Égypte reprennent.", "Haute-Égypte"),
    ])
    func thePartOfAKnownRegionIsAPlace(text: String, name: String) {
        #expect(candidates(text, by: .placePart) == [name])
    }

    @Test func thePartOfAnUnknownNameIsNone() {
        #expect(candidates("Le Haut-Commissariat a publié un rapport.", by: .placePart).isEmpty)
    }
}
