import Testing
@testable import FrenchText

/// Inside a head noun's complement, a noun after an adjective that follows `de` belongs to it: `tribunal de grande
/// instance de Bobigny`, `École des hautes études commerciales`.
@Suite struct OrganisationHeadPrenominalAdjectiveTests {
    @Test(arguments: [
        ("Le tribunal de grande instance de Bobigny a tranché.", "ORG tribunal de grande instance de Bobigny"),
        ("Le parquet de grande instance de Kinshasa a ouvert une enquête.", "ORG parquet de grande instance de Kinshasa"),
        ("Elle enseigne à l’École des hautes études commerciales.", "ORG École des hautes études commerciales"),
    ])
    func theNounAfterTheAdjectiveStays(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }

    @Test func aVerbAfterTheAdjectiveEndsTheName() {
        #expect(entityLabels("Le Conseil de sécurité tire la sonnette d’alarme.").contains("ORG Conseil de sécurité"))
    }
}
