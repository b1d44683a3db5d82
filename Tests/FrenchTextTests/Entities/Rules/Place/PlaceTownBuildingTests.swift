import Testing
@testable import FrenchText

/// `place-town-building`: a building named after its town is one place.
@Suite struct PlaceTownBuildingTests {
    @Test(arguments: [
        ("La cérémonie a eu lieu à l’hôtel de ville de Montréal.", "hôtel de ville de Montréal"),
        ("Le conseil s’est réuni à l’hôtel de ville de Lyon mardi.", "hôtel de ville de Lyon"),
        ("Le procès s’ouvre au palais de justice de Rennes.", "palais de justice de Rennes"),
        ("Le chanteur se produira au Casino de Paris en octobre.", "Casino de Paris"),
    ])
    func theBuildingAndItsTownAreOnePlace(text: String, name: String) {
        #expect(entityLabels(text).contains("LOC \(name)"))
    }

    @Test func aBuildingWithoutAKnownTownIsNone() {
        #expect(candidates("Il attend devant l’hôtel de ville de la commune.", by: .placeTownBuilding).isEmpty)
    }
}
