import Testing
@testable import FrenchText

@Suite struct HyphenationTests {
    @Test(arguments: [
        ("a-t-il", ["a", "-t-il"]), ("a-t-elle", ["a", "-t-elle"]), ("dit-elle", ["dit", "-elle"]),
        ("estime-t-on", ["estime", "-t-on"]), ("déclare-t-il", ["déclare", "-t-il"]), ("ajoute-t-iel", ["ajoute", "-t-iel"]),
        ("Peut-il", ["Peut", "-il"]), ("est-ce", ["est", "-ce"]), ("vas-y", ["vas", "-y"]),
        ("donne-le-moi", ["donne", "-le", "-moi"]), ("allez-vous-en", ["allez", "-vous", "-en"]),
    ])
    func splitsInversions(text: String, expected: [String]) {
        let doc = TokenizerFixture.document(text)
        #expect(doc.tokens.map(\.text) == expected)
        #expect(doc.tokens.dropFirst().allSatisfy { $0.kind == .pronoun && $0.rule == .inversion })
        #expect(doc.tokens.first?.kind == .word)
    }

    @Test(arguments: ["Saint-Étienne", "Jean-Luc", "vice-président", "peut-être", "États-Unis", "porte-parole",
                      "Rhône-Alpes", "lui-même", "rendez-vous", "après-midi", "main-d’œuvre", "COVID-19", "Provence-Alpes-Côte-d’Azur"])
    func keepsCompounds(word: String) {
        let doc = TokenizerFixture.document(word)
        #expect(doc.tokens.map(\.text) == [word])
        #expect(doc.tokens.first?.rule == .compound)
    }

    @Test func inversionInAQuote() {
        #expect(TokenizerFixture.texts("« Nous resterons », a-t-elle déclaré.")
            == ["«", "Nous", "resterons", "»", ",", "a", "-t-elle", "déclaré", "."])
    }

    @Test func spacedHyphenIsPunctuation() {
        #expect(TokenizerFixture.texts("AMENDES - Ce samedi") == ["AMENDES", "-", "Ce", "samedi"])
        #expect(TokenizerFixture.texts("10-12") == ["10", "-", "12"])   // (a year range is one token: NumericDateTests)
    }
}
