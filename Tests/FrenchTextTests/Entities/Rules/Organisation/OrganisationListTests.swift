import Testing
@testable import FrenchText

/// `organisation-list`: unknown names in a list of organisations are organisations.
@Suite struct OrganisationListTests {
    @Test(arguments: [
        ("Des groupes comme Elf, Auchan, Vivendi, Promodes et Bouygues ont financé le projet.", ["Elf", "Vivendi", "Promodes"]),
        ("Les entreprises Danone, Lactalis, Savencia et Bongrain ont signé l’accord.", ["Bongrain"]),
        ("Plusieurs sociétés, dont Capgemini, Atos, Sopra et Nexteria, recrutent.", ["Sopra", "Nexteria"]),
        ("Capgemini, Atos, Sopralink et Nexteria recrutent des ingénieurs.", ["Sopralink", "Nexteria"]),
    ])
    func unknownMembersAreOrganisations(text: String, names: [String]) {
        let labels = entityLabels(text)
        for name in names { #expect(labels.contains("ORG \(name)"), "\(name) in \(labels)") }
    }

    @Test func aListWithAPlaceIsNone() {
        #expect(!entityLabels("Danone, Lyon, Kerlouan et Atos ont été cités.").contains("ORG Kerlouan"))
    }

    @Test func aListWithoutAnOrganisationIsNone() {
        #expect(!entityLabels("Ils ont vu Kerlouan, Plounéour et Brignogan.").contains { $0.hasPrefix("ORG ") })
    }

    @Test func twoNamesWithoutAHeadAreNoList() {
        #expect(!entityLabels("Danone et Kerbrat ont signé.").contains("ORG Kerbrat"))
    }
}
