import Testing
@testable import FrenchText

/// `organisation-head`: a name does not run across `et des`, `et de la` when a known organisation ends before
/// it or starts after it; a ministry of two portfolios stays one name.
@Suite struct OrganisationCoordinationStopTests {
    @Test(arguments: [
        ("Les représentants de la Banque mondiale et des Nations unies sont venus.", ["ORG Banque mondiale", "ORG Nations unies"]),
        ("Il siège au Conseil de l’Europe et de la Francophonie depuis 2019.", ["ORG Conseil de l’Europe"]),
        ("Les experts du Fonds monétaire international et de l’Organisation mondiale de la santé concluent.", ["ORG Fonds monétaire international", "ORG Organisation mondiale de la santé"]),
        // A role after `et de` opens another phrase.
        ("Il est secrétaire de l’Union des villes côtières et de vice-président de l’Association des ports fluviaux.", ["ORG Union des villes côtières", "ORG Association des ports fluviaux"]),
        ("Elle fut membre du Réseau des maires ruraux et de trésorière de la Ligue des petites communes.", ["ORG Réseau des maires ruraux", "ORG Ligue des petites communes"]),
    ])
    func twoOrganisationsAreTwoNames(text: String, labels: [String]) {
        let found = entityLabels(text)
        for label in labels { #expect(found.contains(label), "\(label) in \(found)") }
    }

    @Test(arguments: [
        ("Le ministère de la Santé et de la Prévention a publié un avis.", "ORG ministère de la Santé et de la Prévention"),
        ("Le ministère de l’Économie et des Finances a confirmé.", "ORG ministère de l’Économie et des Finances"),
    ])
    func aMinistryOfTwoPortfoliosIsOneName(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }
}
