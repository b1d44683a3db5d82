import Testing
@testable import FrenchText

/// `organisation-head`: bare plural nouns coordinated in the complement belong to the name; a noun after an article
/// opens another phrase.
@Suite struct OrganisationHeadCoordinatedNounsTests {
    @Test(arguments: [
        ("Le Syndicat national des banques et assurances a lancé une grève.", "ORG Syndicat national des banques et assurances"),
        ("Le Conseil des infirmiers, sages-femmes et pharmaciens a rendu son avis.", "ORG Conseil des infirmiers, sages-femmes et pharmaciens"),
        ("La Fédération des producteurs et éleveurs a manifesté mardi.", "ORG Fédération des producteurs et éleveurs"),
    ])
    func coordinatedPluralNounsBelongToTheName(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test(arguments: [
        ("Le Conseil des ministres et le gouvernement ont tranché.", "ORG Conseil des ministres"),
        ("La Fédération des producteurs et plusieurs élus ont manifesté.", "ORG Fédération des producteurs"),
    ])
    func aNounAfterADeterminerOpensAnotherPhrase(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }
}
