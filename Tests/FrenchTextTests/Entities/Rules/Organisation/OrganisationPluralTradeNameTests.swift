import Testing
@testable import FrenchText

/// `organisation-plural-trade-name`: a capitalised plural noun before an unknown name.
@Suite struct OrganisationPluralTradeNameTests {
    @Test(arguments: [
        ("Les Transports Dupuis embauchent vingt chauffeurs.", "Transports Dupuis"),
        ("Papiers Boréal-Nordique a annoncé la fermeture de son usine.", "Papiers Boréal-Nordique"),
    ])
    func aPluralNounAndANameAreATradeName(text: String, name: String) {
        #expect(candidates(text, by: .organisationPluralTradeName) == [name])
    }

    @Test func aPluralNounBeforeAFirstNameIsNone() {
        #expect(candidates("Transports publics : Marie Dupont répond.", by: .organisationPluralTradeName).isEmpty)
    }
}

/// `organisation-plural-trade-name` with a singular noun of a trade or works: `Brasserie Dumont`, `Imprimerie Kervran`.
@Suite struct OrganisationTradeHeadTests {
    @Test(arguments: [
        ("Brasserie Dumontel a annoncé la fermeture de son site.", "ORG Brasserie Dumontel"),
        ("Les ouvriers de la Fonderie Kerbrat sont en grève.", "ORG Fonderie Kerbrat"),
        ("L’Imprimerie Lavalette emploie quarante personnes.", "ORG Imprimerie Lavalette"),
    ])
    func aTradeNounAndANameAreACompany(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label) && !labels.contains { $0.hasPrefix("PER") }, "\(labels)")
    }

    /// A trade noun before a first name names no company.
    @Test func aTradeNounBeforeAFirstNameIsNone() {
        #expect(candidates("Brasserie : Marie Dupont répond.", by: .organisationPluralTradeName).isEmpty)
    }
}

/// `organisation-company-word` with `Santé`: a coined name and `Santé` is a healthcare group (`Valorix Santé`).
@Suite struct OrganisationCompanyWordHealthTests {
    @Test func aCoinedNameAndSanteIsACompany() {
        let labels = entityLabels("Chez Valorix Santé, les salaires sont gelés depuis deux ans.")
        #expect(labels.contains("ORG Valorix Santé"), "\(labels)")
    }
}

