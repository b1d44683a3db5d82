import Testing
@testable import FrenchText

/// `place-state-name`: a state's form of government and its country are one place.
@Suite struct PlaceStateNameTests {
    @Test(arguments: [
        ("Le Royaume du Maroc a signé l’accord.", "Royaume du Maroc"),
        ("Un décret de la République de Côte d’Ivoire fixe les règles.", "République de Côte d’Ivoire"),
        ("Les autorités de la République islamique d’Iran ont répondu.", "République islamique d’Iran"),
        ("Le Grand-Duché de Luxembourg préside le conseil.", "Grand-Duché de Luxembourg"),
    ])
    func theStateIsOnePlace(text: String, name: String) {
        #expect(entityLabels(text).contains("LOC \(name)"))
    }

    @Test func aStateNounWithoutACountryIsNone() {
        #expect(candidates("La République des lettres fête ses auteurs.", by: .placeStateName).isEmpty)
    }
}
