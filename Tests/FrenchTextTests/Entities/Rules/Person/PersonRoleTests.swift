import Testing
@testable import FrenchText

/// `person-role`: a name after a role.
@Suite struct PersonRoleTests {
    @Test(arguments: [
        ("Le maire Labeaume a convoqué les médias.", "Labeaume"),
        ("Un accord a été conclu avec le président bélarussien Alexandre Loukachenko.", "Alexandre Loukachenko"),
    ])
    func findsTheName(text: String, name: String) {
        #expect(candidates(text, by: .personRole).contains(name))
    }

    @Test func noNameIsNone() {
        #expect(candidates("Le maire a convoqué les médias.", by: .personRole).isEmpty)
    }
}
