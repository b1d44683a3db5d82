import Testing
@testable import FrenchText

/// `repeated-capitals-name`: a heading in capitals repeats a name the text writes in lower case.
@Suite struct RepeatedCapitalsNameTests {
    @Test(arguments: [
        ("GRÈVE CHEZ SORELEC\n\nLe fabricant Sorelec a annoncé la fermeture de son usine.", "ORG SORELEC"),
        ("FRANÇOIS HOLLANDE RÉPOND AUX SYNDICATS\n\nFrançois Hollande a reçu les syndicats.", "PER FRANÇOIS HOLLANDE"),
        ("INONDATIONS À KERLOUAN\n\nLes pompiers sont intervenus à Kerlouan dans la nuit.", "LOC KERLOUAN"),
    ])
    func theCapitalsAreTheName(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test func capitalsNoNameSpellsAreNone() {
        #expect(entityLabels("GRÈVE GÉNÉRALE\n\nLe fabricant Sorelec a annoncé la fermeture.") == ["ORG Sorelec"])
    }
}
