import Testing
@testable import FrenchText

/// A ministry's metonym after a role noun and `de` names the portfolio (a role), not the ministry:
/// `le ministre de l’Intérieur Bernard Quintin`; `selon l’Intérieur` still names the ministry.
@Suite struct KnownPortfolioTests {
    @Test(arguments: [
        "Le ministre de l’Intérieur a présenté son plan.",
        "La ministre de l'Intérieur a répondu aux députés.",
        "Un conseiller du ministre de l’Intérieur a démenti.",
    ])
    func aPortfolioIsNoOrganisation(text: String) {
        #expect(!entityLabels(text).contains { $0.hasPrefix("ORG") })
    }

    @Test func theMetonymAloneStaysTheMinistry() {
        #expect(entityLabels("Selon l’Intérieur, 3 000 personnes ont défilé.").contains("ORG Intérieur"))
    }
}
