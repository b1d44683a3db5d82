import Testing
@testable import FrenchText

/// `organisation-introduced`: a person's first name and surname after a group noun name one of its members
/// (`les activistes de la société civile Oumar Sylla`), not the group.
@Suite struct OrganisationIntroducedPersonTests {
    @Test(arguments: [
        ("Les policiers ont interpellé les activistes de la société civile Oumar Sylla et Mamadou Billo Bah.", "PER Oumar Sylla", "ORG Oumar Sylla"),
        ("Il a rencontré les représentants du collectif Jean Dupont lundi.", "PER Jean Dupont", "ORG Jean Dupont"),
    ])
    func aPersonAfterTheGroupNounIsAPerson(text: String, label: String, wrong: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
        #expect(!labels.contains(wrong))
    }

    @Test func aCompanyNameStaysAnOrganisation() {
        #expect(entityLabels("La coopérative Agropur a annoncé des investissements.").contains("ORG Agropur"))
    }
}
