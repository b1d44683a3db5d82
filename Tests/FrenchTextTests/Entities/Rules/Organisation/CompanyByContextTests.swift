import Testing
@testable import FrenchText

/// A coined capitalised word is a company as the subject of a business verb or after `chez`.
@Suite struct CompanyByContextTests {
    @Test(arguments: [
        ("Le groupe breton a été cédé : Vivalto a racheté la clinique en mars.", "ORG Vivalto"),
        ("Les salaires ont été gelés chez Ynsect cette année.", "ORG Ynsect"),
    ])
    func aCoinedNameInABusinessContextIsACompany(text: String, expected: String) {
        #expect(entityLabels(text).contains(expected))
    }

    @Test func aKnownWordOrFirstNameIsNot() {
        let labels = entityLabels("Il dîne chez Martine. Le Conseil a racheté le terrain.")
        #expect(!labels.contains { $0.hasPrefix("ORG") })
    }
}
