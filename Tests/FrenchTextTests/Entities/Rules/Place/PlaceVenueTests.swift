import Testing
@testable import FrenchText

/// `place-venue`: a sports or concert venue named with an English last word (`Tissot Arena`, `Roazhon Park`).
@Suite struct PlaceVenueTests {
    @Test(arguments: [
        ("Le HC Bienne a gagné 4-2 à la Tissot Arena samedi.", "LOC Tissot Arena"),
        ("Rennes a dominé Nantes au Roazhon Park dimanche.", "LOC Roazhon Park"),
        ("Le concert aura lieu à l’Accor Arena le 12 mai.", "LOC Accor Arena"),
    ])
    func theVenueIsAPlace(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test func aSuffixWithoutANameIsNone() {
        #expect(candidates("Le Park et le Stadium sont fermés.", by: .placeVenue).isEmpty)
    }
}
