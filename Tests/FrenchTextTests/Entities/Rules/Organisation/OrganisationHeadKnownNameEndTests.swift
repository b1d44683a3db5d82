import Testing
@testable import FrenchText

/// A head noun's complement stops at a known organisation's whole name when what follows is lower-case words with a
/// verb form among them: `la Banque africaine de développement prête 10 millions`; an adjective stays (`Parlement fédéral`).
@Suite struct OrganisationHeadKnownNameEndTests {
    @Test(arguments: [
        ("La Banque africaine de développement prête 10 millions au Sénégal.", "ORG Banque africaine de développement"),
        ("La Banque mondiale prête 300 millions au Bénin.", "ORG Banque mondiale"),
    ])
    func theKnownNameEndsTheOrganisation(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label))
        #expect(!labels.contains { $0.contains("prête") })
    }

    @Test func anAdjectiveAfterAKnownNameStays() {
        #expect(entityLabels("Le texte passe au Parlement fédéral jeudi.").contains("ORG Parlement fédéral"))
    }
}
