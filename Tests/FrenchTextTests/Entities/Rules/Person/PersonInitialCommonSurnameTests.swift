import Testing
@testable import FrenchText

/// After an initial, a surname spelled like a common word is a surname (`A. Gay`, `R. Lenoir`, `M.-A. Petit`
/// aside): the initial says a person is named.
@Suite struct PersonInitialCommonSurnameTests {
    @Test(arguments: [
        ("Selon A. Gay, la saison des vendanges sera courte.", "PER A. Gay"),
        ("L’entraîneur R. Blanc a reconduit la même équipe.", "PER R. Blanc"),
        ("Le texte est signé par C. Marchand et deux adjoints.", "PER C. Marchand"),
    ])
    func aCommonWordAfterAnInitialIsASurname(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    /// A letter naming an item of a common noun opens no name.
    @Test func aLetteredItemIsNoName() {
        #expect(!entityLabels("Il faudra passer au plan B. Mais rien ne presse.").contains { $0.hasPrefix("PER") })
    }
}
