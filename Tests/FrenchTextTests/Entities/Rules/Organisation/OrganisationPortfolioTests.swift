import Testing
@testable import FrenchText

/// A ministry named by its portfolio in lower case is an organisation: `ministère de la pêche`,
/// `ministère de l’intérieur`, `ministère des affaires étrangères`; `ministère de tutelle` is not.
@Suite struct OrganisationPortfolioTests {
    @Test(arguments: [
        ("Les pêcheurs ont été reçus au ministère de la pêche mardi.", "ORG ministère de la pêche"),
        ("Un communiqué du ministère de l’intérieur annonce le report.", "ORG ministère de l’intérieur"),
        ("Le ministère des affaires étrangères a convoqué l’ambassadeur.", "ORG ministère des affaires étrangères"),
        ("La directrice a écrit au ministère de la famille la semaine passée.", "ORG ministère de la famille"),
    ])
    func lowerCasePortfolio(text: String, expected: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(expected), "\(labels)")
    }

    @Test func aMinistryWithoutItsArticleIsNoName() {
        let labels = entityLabels("Le projet attend le feu vert du ministère de tutelle.")
        #expect(!labels.contains { $0.hasPrefix("ORG") }, "\(labels)")
    }
}
