import Testing
@testable import FrenchText

/// `non-entity-code-list`: an agency's desk codes in brackets, listed with a language code, are no organisations.
@Suite struct NonEntityCodeListTests {
    @Test(arguments: [
        "Les syndicats attendent la réponse du gouvernement. (POL, SOC, BXL, fr)",
        "Le trafic reprendra demain matin. (ECO, TRA, nl)",
        "La réunion a été reportée (INT, DIP, EUR, fr).",
    ])
    func deskCodesAreNoOrganisations(text: String) {
        let labels = entityLabels(text)
        #expect(!labels.contains { $0.hasPrefix("ORG") }, "\(labels)")
    }

    /// Without a lower-case language code, or with a known name, the list is left to the other rules.
    @Test func aListOfUnionsStays() {
        let labels = entityLabels("Trois syndicats ont appelé à la grève (CGT, FO, SNPTX).")
        #expect(labels.contains("ORG SNPTX"), "\(labels)")
    }
}
