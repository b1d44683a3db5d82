import Testing
@testable import FrenchText

/// An acronym with hyphenated parts is one organisation (`MPCR-BF`, `PAI-RDP`, a party and its country or wing)
/// unless a part is a label, a role or a lone letter: `TVA-UE`, `SG-ONU`, `RER-B` are no organisations.
@Suite struct OrganisationHyphenatedAcronymTests {
    @Test(arguments: [
        ("Les militants du MPCR-BF ont manifesté à Ouagadougou.", "ORG MPCR-BF"),
        ("Le PAI-RDP a déposé une liste dans chaque circonscription.", "ORG PAI-RDP"),
        ("Le PPA-CI a dénoncé le déroulement du scrutin.", "ORG PPA-CI"),
    ])
    func aHyphenatedAcronymIsOneOrganisation(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    @Test(arguments: [
        "Le taux de TVA-UE reste inchangé cette année.",
        "La ligne RER-B est coupée jusqu’à dimanche.",
        "Selon le SG-ONU, la situation se dégrade.",
    ])
    func aLabelOrALetterMakesNoOrganisation(text: String) {
        let labels = entityLabels(text)
        #expect(!labels.contains { $0.hasPrefix("ORG") }, "\(labels)")
    }
}
