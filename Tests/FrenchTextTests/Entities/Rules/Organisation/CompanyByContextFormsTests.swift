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
