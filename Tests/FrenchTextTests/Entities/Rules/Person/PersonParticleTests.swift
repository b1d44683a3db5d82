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

/// A name in capitals or with an inner capital after `de` is a medium or an organisation, not a surname's particle.
@Suite struct PersonParticleOrganisationTests {
    @Test(arguments: [
        ("Ibrahima Diallo de SenePlus a interrogé le ministre.", "Ibrahima Diallo"),
        ("Marc Durand de RFI a posé la question.", "Marc Durand"),
        ("Julie Martin de BeIN Sports commente le match.", "Julie Martin"),
    ])
    func thePersonStopsBeforeDe(text: String, name: String) {
        #expect(entityLabels(text).contains("PER \(name)"))
    }

    @Test(arguments: ["Dominique de Villepin", "Charles de Gaulle"])
    func aParticleSurnameStaysInTheName(name: String) {
        #expect(entityLabels("Hier, \(name) a répondu aux journalistes.").contains("PER \(name)"))
    }
}

/// A hyphenated surname after a particle keeps its capitals: `Thibault de Lestrange-Moury`.
@Suite struct PersonParticleHyphenTests {
    @Test func aHyphenatedSurnameStaysInTheName() {
        #expect(entityLabels("Selon Thibault de Lestrange-Moury, le lait manque.").contains("PER Thibault de Lestrange-Moury"))
    }
}
