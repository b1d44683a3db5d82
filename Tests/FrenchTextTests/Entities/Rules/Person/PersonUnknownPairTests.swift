import Testing
@testable import FrenchText

/// `person-unknown-pair`: two capitalised words the dictionary does not know.
@Suite struct PersonUnknownPairTests {
    @Test(arguments: [
        ("Le sort de Mikalai Statkevich reste inconnu.", "Mikalai Statkevich"),
        ("La plainte de Kossi Agbédjro a été rejetée.", "Kossi Agbédjro"),
    ])
    func findsTheName(text: String, name: String) {
        #expect(candidates(text, by: .personUnknownPair).contains(name))
    }

    @Test func noNameIsNone() {
        #expect(candidates("Les Rwandais ont voté dimanche.", by: .personUnknownPair).isEmpty)
    }
}
