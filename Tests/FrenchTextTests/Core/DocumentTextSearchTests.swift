import Foundation
import Testing
@testable import FrenchText

/// Whether a document writes a name: Foundation's answer (canonically equivalent spellings match), with case and
/// apostrophes folded, and the text folded once per document.
@Suite struct DocumentTextSearchTests {
    @Test(arguments: [
        ("La Ligue des droits de l’homme proteste.", "Ligue des droits de l’Homme", true),
        ("La ligue des droits de l'homme proteste.", "Ligue des droits de l’Homme", true),
        ("La LIGUE DES DROITS DE L’HOMME proteste.", "Ligue des droits de l’Homme", true),
        ("La Ligue de l’enseignement proteste.", "Ligue des droits de l’Homme", false),
        ("Le Crous de Lyon répond.", "Centre régional des œuvres universitaires", false),
        ("Le Cafe\u{301} de la Gare ouvre.", "Café de la Gare", true),
        ("Le Café de la Gare ouvre.", "Cafe\u{301} de la Gare", true),
        ("Le Café de la Gare ouvre.", "", false),
    ])
    func writes(text: String, name: String, expected: Bool) {
        let document = Tokenizer().document(from: text)
        #expect(document.textSearch.writes(name) == expected)
    }

    /// Byte for byte on plain text, Foundation elsewhere: the same answer as Foundation's `contains` on texts with
    /// decomposed accents, combining marks, typographic signs, emoji and other scripts.
    @Test func agreesWithFoundation() {
        let texts = ["Élisabeth Borne, Première ministre", "E\u{301}lisabeth Borne", "l’Assemblée nationale – débat",
                     "Æsir et œuvre ﬁnale", "Ωmega Ω", "Å Angstrom", "naïve", "nai\u{308}ve", "Ärger 😀 à Zürich",
                     "Москва и Київ", "ا لسلام", "", "a\u{301}b", "x\u{200D}y", "« Jean »\u{202F}!", "\r\nParis\r\n"]
        let needles = ["Borne", "É", "E", "Élisabeth", "e\u{301}", "’", "'", "–", "œuvre", "fi", "Ω", "Å", "\u{212B}",
                       "naïve", "nai\u{308}ve", "i", "😀", "Київ", "a", "b", "", "»", "Paris", "\n", "\r\n", "y"]
        for t in texts {
            for n in needles {
                #expect(DocumentTextSearch.contains(t, n) == t.contains(n), "\(t.debugDescription) ∋ \(n.debugDescription)")
            }
        }
    }

    @Test func plainText() {
        #expect(DocumentTextSearch.isPlain("Élisabeth Borne – l’Assemblée « ici » 12 €"))
        #expect(!DocumentTextSearch.isPlain("E\u{301}lisabeth"))
        #expect(!DocumentTextSearch.isPlain("Ω \u{2126}"))
        #expect(!DocumentTextSearch.isPlain("😀"))
    }
}

/// The fold of plain text, scalar by scalar, is Foundation's fold.
@Suite struct DocumentTextFoldTests {
    @Test(arguments: [
        "La Ligue des Droits de l’Homme", "L'ÉCOLE NORMALE SUPÉRIEURE", "Ærø, Øresund, Œuvre, ÿ", "İstanbul’da İzmir",
        "ǅemal Ǉubljana ǈ", "Straße STRASSE", "À–Z « ÉTÉ » 12 € ‘x’ “y”", "", "’’", "Cafe\u{301} ’A", "ΣΑΣ Σίσυφος",
        "DŽ Ŀ ŉ Ÿ ẞ", "\u{212B}ngström", "abc\u{2019}\u{301}",
    ])
    func sameAsFoundation(text: String) {
        #expect(DocumentTextSearch.fold(text) == text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'"))
    }
}
