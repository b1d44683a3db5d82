import Testing
@testable import FrenchText

/// `place-administrative-unit`: an administrative unit named after its chief town.
@Suite struct PlaceAdministrativeUnitTests {
    @Test(arguments: [
        ("Les routes de la province de Namur sont fermées.", "province de Namur"),
        ("Les écoles de la province de Liège rouvrent lundi.", "province de Liège"),
    ])
    func aUnitNamedAfterItsTownIsAPlace(text: String, name: String) {
        #expect(candidates(text, by: .placeAdministrativeUnit) == [name])
    }

    @Test func aUnitNamedAfterAPersonIsNone() {
        #expect(candidates("Le canton de Marie est petit.", by: .placeAdministrativeUnit).isEmpty)
    }
}
