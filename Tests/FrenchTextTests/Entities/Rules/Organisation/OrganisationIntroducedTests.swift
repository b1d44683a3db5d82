import Testing
@testable import FrenchText

/// `organisation-introduced`: the capitalised name after a group noun.
@Suite struct OrganisationIntroducedTests {
    @Test(arguments: [
        ("Le président de la coopérative Laitalp a visité l’usine.", "Laitalp"),
        ("Le groupe pharmaceutique Novalis a racheté la start-up.", "Novalis"),
        ("L’assureur Mutavie relève ses tarifs.", "Mutavie"),
    ])
    func theNameAfterTheNounIsAnOrganisation(text: String, name: String) {
        #expect(candidates(text, by: .organisationIntroduced) == [name])
    }

    @Test func aGroupNounWithoutANameIsNone() {
        #expect(candidates("Le groupe a annoncé un plan social.", by: .organisationIntroduced).isEmpty)
    }
}

/// More nouns of companies before their name: `l’enseigne Gifi`, `la PME bretonne Kerbio`, `sa filiale Norlac`.
@Suite struct OrganisationIntroducedCompanyNounsTests {
    @Test(arguments: [
        ("L’enseigne Gifi ferme trois magasins.", "Gifi"),
        ("La PME bretonne Kerbio exporte en Asie.", "Kerbio"),
        ("Le groupe a cédé sa filiale Norlac en mai.", "Norlac"),
        ("L’équipementier Valmeca supprime des postes.", "Valmeca"),
    ])
    func theNameIsAnOrganisation(text: String, name: String) {
        #expect(entityLabels(text).contains("ORG \(name)"), "\(entityLabels(text))")
    }
}

/// `organisation-introduced` after `l’organisation`: the name after the noun, English link words included.
@Suite struct OrganisationIntroducedByOrganisationTests {
    @Test(arguments: [
        ("Selon l’organisation Railways for Africa, trois lignes sont fermées.", "ORG Railways for Africa"),
        ("L’organisation Vigie Santé a publié un rapport.", "ORG Vigie Santé"),
    ])
    func theNameAfterTheNounIsTheOrganisation(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }
}

/// `organisation-introduced`: `de` + a known town ending the name after the noun is the company's site, a place.
@Suite struct OrganisationIntroducedSiteTests {
    @Test(arguments: [
        ("L’usine Kerval de Rennes va fermer en juin.", ["ORG Kerval", "LOC Rennes"]),
        ("L’entreprise Brasquin Emballages de Lyon supprime 40 postes.", ["ORG Brasquin Emballages", "LOC Lyon"]),
        ("Les salariés de l’usine Kerval de Pont-sur-Vègre ont débrayé.", ["ORG Kerval", "LOC Pont-sur-Vègre"]),
    ])
    func theTownIsApart(text: String, expected: [String]) {
        let labels = entityLabels(text)
        for label in expected { #expect(labels.contains(label), "\(labels)") }
    }

    /// An unknown name after `de` stays in the company's name.
    @Test func anUnknownNameAfterDeStays() {
        #expect(entityLabels("L’entreprise Forges de Kervalec recrute.").contains("ORG Forges de Kervalec"))
    }
}

