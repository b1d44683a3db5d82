import Testing
@testable import FrenchText

/// A naming participle between a group noun and a quoted name (`une alliance baptisée « Front commun »`): the quoted
/// name is an organisation even with lower-case words.
@Suite struct OrganisationNamedQuotedTests {
    @Test(arguments: [
        ("Ils sont réunis au sein d’une alliance baptisée « Front commun ». Leurs militants défilent.", "ORG Front commun"),
        ("Un collectif nommé « Citoyens en colère » a déposé plainte.", "ORG Citoyens en colère"),
        ("Une coalition appelée « Sauvons la forêt » manifeste samedi.", "ORG Sauvons la forêt"),
    ])
    func theQuotedNameIsAnOrganisation(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }

    @Test func aQuotedPhraseAfterAnyOtherWordIsNone() {
        #expect(!entityLabels("Il a décrit une situation « sans issue » devant la presse.").contains { $0.hasPrefix("ORG") })
    }
}
