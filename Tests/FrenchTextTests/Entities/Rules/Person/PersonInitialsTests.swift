import Testing
@testable import FrenchText

/// `person-initials`: initials and a name.
@Suite struct PersonInitialsTests {
    @Test(arguments: [
        ("Dans un entretien, J.-L. Mélenchon critique la réforme.", "J.-L. Mélenchon"),
    ])
    func findsTheName(text: String, name: String) {
        #expect(candidates(text, by: .personInitials).contains(name))
    }

    @Test func noNameIsNone() {
        #expect(candidates("La lettre A. est la première.", by: .personInitials).isEmpty)
    }
}
