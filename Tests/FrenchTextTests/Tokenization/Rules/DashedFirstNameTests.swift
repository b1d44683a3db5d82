import Testing
@testable import FrenchText

/// Two first names joined by an en dash in place of the hyphen are one word before a surname; ranges and
/// affiliations keep their dash.
@Suite struct DashedFirstNameTests {
    @Test(arguments: [
        ("Jean–Louis Dupont a parlé.", "Jean–Louis"),
        ("Selon Marie–Claire Martin, rien n’a changé.", "Marie–Claire"),
        ("Le directeur Pierre–Yves Morel était présent.", "Pierre–Yves"),
    ])
    func twoFirstNamesAreOneWord(text: String, word: String) {
        let tokens = Tokenizer().document(from: text).tokens
        #expect(tokens.contains { $0.text == word && $0.rule == .compound }, "\(tokens.map(\.text))")
    }

    @Test(arguments: [
        "Le CCMM–CSN a voté la grève.", "De 1990–2000, le trajet Paris–Lyon a duré trois heures.",
        "Le match Lyon–Marseille a été reporté.",
    ])
    func rangesAndAffiliationsKeepTheirDash(text: String) {
        let tokens = Tokenizer().document(from: text).tokens
        #expect(tokens.contains { $0.text == "\u{2013}" }, "\(tokens.map(\.text))")
    }

    @Test(arguments: [
        ("Jean–Louis Dupont a parlé devant les élus.", "PER Jean–Louis Dupont"),
        ("« Nous tiendrons », assure Marie–Claire Martin, maire de la commune.", "PER Marie–Claire Martin"),
    ])
    func theWholeNameIsOnePerson(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }
}
