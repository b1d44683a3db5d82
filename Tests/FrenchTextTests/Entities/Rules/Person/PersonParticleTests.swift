import Testing
@testable import FrenchText

/// `person-particle`: an unknown capitalised word and a name with a particle.
@Suite struct PersonParticleTests {
    @Test(arguments: [
        ("Le régime de Bachar al-Assad est tombé.", "Bachar al-Assad"),
    ])
    func findsTheName(text: String, name: String) {
        #expect(candidates(text, by: .personParticle).contains(name))
    }

    @Test func noNameIsNone() {
        #expect(candidates("Le vin de Bourgogne est cher.", by: .personParticle).isEmpty)
    }
}
