import Testing
@testable import FrenchText

/// `organisation-acronym`: a title-case part and a part in capitals joined by a hyphen (`Snes-FSU`, `Bel-RTL`).
@Suite struct OrganisationMixedHyphenAcronymTests {
    @Test(arguments: [
        ("Selon un membre du Snuipp-FSU, la grève sera suivie.", "ORG Snuipp-FSU"),
        ("Le Sgen-CFDT a signé l’accord.", "ORG Sgen-CFDT"),
        ("La secrétaire générale a parlé sur Bel-RTL ce matin.", "ORG Bel-RTL"),
        ("La FSU-SNUipp 38 a publié un communiqué.", "ORG FSU-SNUipp 38"),
    ])
    func theHyphenatedNameIsOneOrganisation(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    /// A known place or a first name as the title-case part makes no organisation.
    @Test(arguments: ["Le vol part de Paris-CDG à midi.", "Il a croisé Marc-TV au marché."])
    func aPlaceOrAFirstNameIsNone(text: String) {
        let labels = entityLabels(text)
        #expect(!labels.contains { $0.hasPrefix("ORG Paris") || $0.hasPrefix("ORG Marc") }, "\(labels)")
    }
}
