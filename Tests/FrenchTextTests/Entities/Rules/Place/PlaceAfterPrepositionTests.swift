import Testing
@testable import FrenchText

/// `place-after-preposition`: an unknown capitalised word after a locative preposition.
@Suite struct PlaceAfterPrepositionTests {
    @Test(arguments: [
        ("La délégation s’est rendue à Plouzané pour rencontrer les familles.", "Plouzané"),
        ("L’usine, installée près de Trélazé depuis 1962, ferme.", "Trélazé"),
        ("Les renforts sont arrivés en Ituri dans la nuit.", "Ituri"),
    ])
    func anUnknownNameAfterAPrepositionIsAPlace(text: String, name: String) {
        #expect(candidates(text, by: .placeAfterPreposition) == [name])
    }

    @Test func aCommonWordAfterAPrepositionIsNone() {
        #expect(candidates("Il est arrivé à Midi pile, dit-il.", by: .placeAfterPreposition).isEmpty)
    }
}
