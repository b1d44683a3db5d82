import Testing
@testable import FrenchText

/// An acronym written with one capital in brackets (`Gmi`, `Esir`) may spell a lower-case name before it: both are
/// organisations (`groupement mobile d’intervention (Gmi)`); an all-capital acronym still needs a capitalised name.
@Suite struct OrganisationLowerCaseExpansionTests {
    @Test(arguments: [
        ("Les agents du groupement mobile d’intervention (Gmi) sont arrivés.", ["ORG groupement mobile d’intervention", "ORG Gmi"]),
        ("Le syndicat national des enseignants du supérieur (Snes) a protesté.", ["ORG syndicat national des enseignants du supérieur", "ORG Snes"]),
        ("Une brigade spéciale d’intervention rapide (Bsir) patrouille la nuit.", ["ORG brigade spéciale d’intervention rapide", "ORG Bsir"]),
    ])
    func theLowerCaseNameAndItsAcronymAreOrganisations(text: String, expected: [String]) {
        let labels = entityLabels(text)
        for label in expected { #expect(labels.contains(label)) }
    }

    @Test func anAllCapitalAcronymOfALowerCaseConceptIsNoOrganisation() {
        #expect(!entityLabels("Le produit intérieur brut (PIB) a reculé.").contains { $0.hasPrefix("ORG produit") })
    }

    @Test func aLabelAcronymInOneCapitalIsNoOrganisation() {
        #expect(!entityLabels("La taxe sur la valeur ajoutée (Tva) augmente.").contains { $0.hasPrefix("ORG") })
    }

    /// Capitals may spell a lower-case name when an organisation noun heads it.
    @Test(arguments: [
        ("Les maires ont rencontré l’agence régionale de santé (ARS) vendredi.", "ORG agence régionale de santé"),
        ("Le dossier est suivi par l’association départementale des parents d’élèves (ADPE) depuis mars.", "ORG association départementale des parents d’élèves"),
        ("Une plainte a été déposée par le syndicat général des cheminots (SGC).", "ORG syndicat général des cheminots"),
    ])
    func allCapitalsAfterAnOrganisationNounNameIt(text: String, expected: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(expected), "\(labels)")
    }
}
