import Testing
@testable import FrenchText

/// A name's canonical form is the name on one line with single spaces; names already so come back as they are.
@Suite struct EntityCanonicalFormTests {
    @Test(arguments: [
        "Élisabeth Borne", "Conseil d’État", "Jean-Luc  Mélenchon", "Côte\nd’Ivoire", " Lyon", "Lyon ", "",
        "Saint\u{00A0}Denis", "M\u{202F}Dupont", "Cafe\u{301} de Flore", "Le \u{301}Havre", "A\r\nB", "a\tb",
        "Zoë Ævar", "Ωmega Corp", "X\u{00AD} Y", "Москва Сити", "🇫🇷 France", "« Le Monde »", "Paris–Roubaix",
    ])
    func sameAsSplittingOnWhitespace(name: String) {
        #expect(EntityTagger.canonicalForm(name) == name.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
}
