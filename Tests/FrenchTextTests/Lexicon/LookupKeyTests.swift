import Testing
@testable import FrenchText

@Suite struct LookupKeyTests {
    @Test(arguments: [
        ("L’Intérieur", "l'intérieur"),
        ("aujourd‘hui", "aujourd'hui"),
        ("Qu`il", "qu'il"),
        ("Saint‑Étienne", "saint-étienne"),
        ("déclarer", "déclarer"),
        ("ÉTATS-UNIS", "états-unis"),
    ])
    func foldsCaseApostrophesAndHyphens(_ pair: (String, String)) {
        #expect(LookupKey.make(pair.0) == pair.1)
    }

    @Test func quotesAndEntitiesShareTheKey() {
        #expect(QuoteLexicon.key("D’après") == LookupKey.make("D’après"))
    }
}
