import Testing
@testable import FrenchText

/// Rows of the known names: the NHL's teams as Québec's press names them (`les Predators de Nashville`, later
/// `les Predators`), rail carriers (`Eurostar`, `Thalys`) and the hyphenated spellings of `Nations unies`.
@Suite struct KnownTeamAndCarrierTests {
    @Test(arguments: [
        ("Les Sénateurs ont battu les Predators de Nashville 4-1 jeudi soir.", "ORG Predators de Nashville"),
        ("Le gardien des Ducks d'Anaheim a été rappelé.", "ORG Ducks d'Anaheim"),
        ("Les voyageurs de Thalys et d’Eurostar seront remboursés.", "ORG Thalys"),
        ("Les voyageurs de Thalys et d’Eurostar seront remboursés.", "ORG Eurostar"),
        ("Un employé des Nations-unies a été libéré au Mali.", "ORG Nations-unies"),
    ])
    func aListedNameIsKnown(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }
}
