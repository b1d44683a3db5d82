import Testing
@testable import FrenchText

/// After an officer's role, two capitalised common nouns joined by `de` (no article) are a trade name: `le président
/// de Pain d’Épi`, `la directrice du Fruit d’Or`; the name comes back elsewhere in the text as the same organisation.
@Suite struct OrganisationOfficerRoleTradeNameTests {
    @Test(arguments: [
        ("Le président de Pain d’Épi, Louis Caron, a annoncé vingt embauches.", "ORG Pain d’Épi"),
        ("La directrice du Fruit d’Or, Anne Roy, se réjouit du projet.", "ORG Fruit d’Or"),
        ("Selon le fondateur de Terre d’Ocre, Paul Mercier, la demande double.", "ORG Terre d’Ocre"),
    ])
    func twoCapitalisedNounsAfterARoleAreATradeName(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    /// A known place or a first name after `de` makes no trade name of this rule's (`Lycée de Dakar`, `Prix de Marie`).
    @Test(arguments: ["Le directeur de Lycée de Dakar, Paul Mercier, est arrivé.", "La présidente de Prix de Marie, Anne Roy, est arrivée."])
    func aKnownPlaceOrAFirstNameIsNoTradeName(text: String) {
        #expect(candidates(text, by: .organisationOfficerRole).isEmpty, "\(candidates(text, by: .organisationOfficerRole))")
    }
}
