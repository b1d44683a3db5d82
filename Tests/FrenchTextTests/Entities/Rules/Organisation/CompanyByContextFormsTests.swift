import Testing
@testable import FrenchText

/// `organisation-company-context`: a coined name as a business verb's object or before a company apposition.
@Suite struct CompanyByContextFormsTests {
    @Test(arguments: [
        ("Le groupe a racheté Tecmatic pour 40 millions d’euros.", "Tecmatic"),
        ("Kalixa, filiale du groupe Norvia, ouvre une usine.", "Kalixa"),
        ("Le contrat est signé avec Sorvéa, une entreprise de Lorient.", "Sorvéa"),
        ("Ils ont choisi Brevalis, fabricant de capteurs.", "Brevalis"),
    ])
    func theCoinedNameIsACompany(text: String, name: String) {
        #expect(entityLabels(text).contains("ORG \(name)"), "\(entityLabels(text))")
    }

    @Test func aPersonBeforeAnAppositionIsNone() {
        #expect(!entityLabels("Jean Kerbrat, fabricant de meubles, a parlé.").contains { $0.hasPrefix("ORG ") })
    }
}

/// A coined name with a capital inside is an organisation (a brand, a company, a medium); platforms are not.
@Suite struct CompanyCamelCaseTests {
    @Test(arguments: [
        ("Ibrahima Diallo de SenePlus a interrogé le ministre.", "SenePlus"),
        ("Le trajet réservé sur BlaBlaCar a été annulé.", "BlaBlaCar"),
        ("Selon DataKora, les ventes progressent.", "DataKora"),
    ])
    func theNameIsAnOrganisation(text: String, name: String) {
        #expect(entityLabels(text).contains("ORG \(name)"), "\(entityLabels(text))")
    }

    @Test func aPlatformIsNone() {
        #expect(entityLabels("La vidéo circule sur TikTok depuis lundi.").isEmpty)
    }
}
