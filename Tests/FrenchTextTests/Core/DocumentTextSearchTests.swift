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

    /// On the bytes as on the scalars: every scalar near the edges of the plain ranges.
    @Test func plainOnBytesAsOnScalars() {
        let edges: [UInt32] = [0x7F, 0x80, 0x2FF, 0x300, 0x7FF, 0x800, 0x200F, 0x2010, 0x205F, 0x2060, 0x209F, 0x20A0,
                               0x20C0, 0x20C1, 0x2100, 0xFFFD, 0x1F600]
        for v in edges {
            let s = "a" + String(Unicode.Scalar(v)!) + "b"
            let byScalars = s.unicodeScalars.allSatisfy { u in
                u.value < 0x300 || (0x2010...0x205F).contains(u.value) || (0x20A0...0x20C0).contains(u.value)
            }
            #expect(DocumentTextSearch.isPlain(s) == byScalars, "U+\(String(v, radix: 16))")
        }
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
