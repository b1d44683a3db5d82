import Testing
@testable import FrenchText

/// `organisation-acronym-expansion`: a lower-case phrase whose first word is no organisation noun, with its acronym
/// in brackets, names a thing, a policy or a measure: neither is an organisation.
@Suite struct OrganisationAcronymOfAThingTests {
    @Test(arguments: [
        "La commune a créé des zones de rétention provisoire (ZRP) le long de la rivière.",
        "La réforme de la politique agricole commune (Pac) inquiète les éleveurs.",
        "Les patients attendent un dossier médical partagé (DMP) depuis des mois.",
        "Le texte prévoit une taxe carbone aux frontières (TCF) dès l’an prochain.",
        // A lower-case compound gives the initial of each of its parts.
        "Beaucoup de soignants souffrent d’un syndrome de stress post-traumatique (SSPT) après la crise.",
        "Le comité surveille la maladie hémolytique néo-natale (MHNN) dans la région.",
    ])
    func neitherIsAnOrganisation(text: String) {
        let labels = entityLabels(text, date: "2025-03-01")
        #expect(!labels.contains { $0.hasPrefix("ORG") }, "\(labels)")
    }

    /// A lower-case phrase headed by an organisation noun stays an organisation's name.
    @Test func anOrganisationNounStillNamesOne() {
        let labels = entityLabels("Le groupement mobile d’intervention (Gmi) a été déployé.")
        #expect(labels.contains("ORG Gmi"), "\(labels)")
    }

    /// The acronym of a thing stays no organisation where it comes back alone.
    @Test func theAcronymAloneLaterIsNoOrganisationEither() {
        let labels = entityLabels("Il souffre d’un trouble anxio-dépressif sévère (TADS). Le TADS touche des milliers d’agents.")
        #expect(!labels.contains { $0.hasPrefix("ORG") }, "\(labels)")
    }
}
