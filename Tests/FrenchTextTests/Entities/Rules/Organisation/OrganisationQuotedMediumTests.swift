import Testing
@testable import FrenchText

/// `organisation-quoted-medium`: a capitalised name in quotation marks after a speech verb or `selon` is the
/// medium that reports; lower-case words inside make it a quote.
@Suite struct OrganisationQuotedMediumTests {
    @Test(arguments: [
        ("Au second regard, rapporte le «Tagblatt», il n’y avait plus de doute.", "ORG Tagblatt"),
        ("Selon « Le Courrier », la négociation a échoué.", "ORG Le Courrier"),
        ("Le ministre était présent, écrit la « Gazette du Valais » ce matin.", "ORG Gazette du Valais"),
        ("L’usine fermera en juin, écrivait « Le Quotidien jurassien » la semaine passée.", "ORG Le Quotidien jurassien"),
        ("Le club a changé d’entraîneur, annoncent « Les Dernières Nouvelles » ce lundi.", "ORG Les Dernières Nouvelles"),
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

    /// Only speech verbs lead a medium: a quoted title after another verb is not one.
    @Test(arguments: [
        "Le soir, il regardait « Les Experts » avec sa fille.",
        "Elle a lu « Le Petit Prince » trois fois cet été.",
    ])
    func aQuotedTitleAfterAnotherVerbIsNoMedium(text: String) {
        let labels = entityLabels(text)
        #expect(!labels.contains { $0.hasPrefix("ORG") }, "\(labels)")
    }
}
