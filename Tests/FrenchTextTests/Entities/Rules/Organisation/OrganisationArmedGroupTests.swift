import Testing
@testable import FrenchText

/// `organisation-armed-group`: the name after `groupe armé`, `milice`.
@Suite struct OrganisationArmedGroupTests {
    @Test(arguments: [
        ("Le groupe armé Twirwaneho a attaqué le village.", "Twirwaneho"),
        ("La milice Wazalendo contrôle la route.", "Wazalendo"),
        ("Le mouvement rebelle Kasaï Libre revendique l’attaque.", "Kasaï Libre"),
    ])
    func theNameAfterAnArmedGroupNounIsAnOrganisation(text: String, name: String) {
        #expect(candidates(text, by: .organisationArmedGroup) == [name])
    }

    @Test func anArmedGroupWithoutANameIsNone() {
        #expect(candidates("Un groupe armé a attaqué le village.", by: .organisationArmedGroup).isEmpty)
    }
}
