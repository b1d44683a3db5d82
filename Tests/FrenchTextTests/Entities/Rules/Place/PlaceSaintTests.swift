import Testing
@testable import FrenchText

/// `place-saint`: a town named after a saint.
@Suite struct PlaceSaintTests {
    @Test(arguments: [
        ("Les chantiers navals de Saint-Nazaire recrutent.", "Saint-Nazaire"),
        ("Le marché de Sainte-Foy ouvre le samedi.", "Sainte-Foy"),
    ])
    func aSaintNameIsAPlace(text: String, name: String) {
        #expect(candidates(text, by: .placeSaint) == [name])
    }

    @Test func aParticleNameIsNone() {
        #expect(candidates("Le livre d’Antoine de Saint-Exupéry est réédité.", by: .placeSaint).isEmpty)
    }
}
