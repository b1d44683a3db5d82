import Testing
@testable import FrenchText

/// `organisation-quoted-medium`: a capitalised name in quotation marks after a speech verb or `selon` is the
/// medium that reports; lower-case words inside make it a quote.
@Suite struct OrganisationQuotedMediumTests {
    @Test(arguments: [
        ("Au second regard, rapporte le «Tagblatt», il n’y avait plus de doute.", "ORG Tagblatt"),
        ("Selon « Le Courrier », la négociation a échoué.", "ORG Le Courrier"),
        ("Le ministre était présent, écrit la « Gazette du Valais » ce matin.", "ORG Gazette du Valais"),
    ])
    func aQuotedNameAfterAReportingVerbIsAMedium(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    @Test(arguments: [
        "Le projet est, selon « les experts du secteur », trop coûteux.",
        "Avant de quitter la salle, l’accusé avait juste dit \"Merci\".",
    ])
    func aQuotedPhraseIsNoMedium(text: String) {
        let labels = entityLabels(text)
        #expect(!labels.contains { $0.hasPrefix("ORG") }, "\(labels)")
    }
}
