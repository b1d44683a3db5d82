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

/// `place-administrative-unit` with a name no list knows: the unit's noun is part of the place.
@Suite struct PlaceUnknownAdministrativeUnitTests {
    @Test(arguments: [
        ("Le district du Gasabo a voté le budget.", "district du Gasabo"),
        ("Les habitants du district de Nyarugenge sont inquiets.", "district de Nyarugenge"),
        ("Le comté de Kerrymore compte trois villes.", "comté de Kerrymore"),
    ])
    func theUnitIsOnePlace(text: String, name: String) {
        #expect(entityLabels(text).contains("LOC \(name)"))
    }

    @Test func aCommonWordIsNoUnitName() {
        #expect(candidates("Le district de Police a fermé.", by: .placeAdministrativeUnit).isEmpty)
    }
}
