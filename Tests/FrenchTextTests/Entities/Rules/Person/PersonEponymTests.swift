import Testing
@testable import FrenchText

/// `person-eponym`: a law, reform or report named after a person names that person.
@Suite struct PersonEponymTests {
    @Test(arguments: [
        ("Les enseignants manifestent contre le projet de loi Vardequin depuis mardi.", "PER Vardequin"),
        ("La réforme Mortessac a été votée au printemps.", "PER Mortessac"),
        ("Le rapport Delcroze recommande trois mesures.", "PER Delcroze"),
    ])
    func theNameAfterTheNounIsAPerson(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    /// A business verb after the law's name does not make its eponym a company.
    @Test func notACompanyBeforeABusinessVerb() {
        let labels = entityLabels("Les opposants à la loi Vardequin ont investi la place centrale.")
        #expect(labels.contains("PER Vardequin") && !labels.contains("ORG Vardequin"), "\(labels)")
    }

    /// Capitals and capitalised common words after the noun name no one.
    @Test(arguments: ["La loi ELAN encadre les loyers.", "Le plan Climat sera présenté jeudi."])
    func labelsAreNoPerson(text: String) {
        #expect(!entityLabels(text).contains { $0.hasPrefix("PER") }, "\(entityLabels(text))")
    }
}
