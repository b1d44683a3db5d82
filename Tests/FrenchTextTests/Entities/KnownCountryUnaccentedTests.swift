import Testing
@testable import FrenchText

/// A country's name written without its accents (`Senegal`, `Cote d'Ivoire`, `BENIN`) is still the country,
/// with the accented canonical name; a one-word name that is then a common word is left out.
@Suite struct KnownCountryUnaccentedTests {
    @Test(arguments: [
        ("Les échanges entre le Senegal et le Mali ont repris.", "Senegal", "Sénégal"),
        ("La délégation venue du Benin est arrivée lundi.", "Benin", "Bénin"),
        ("Le président de la Cote d'Ivoire a reçu ses homologues.", "Cote d'Ivoire", "Côte d’Ivoire"),
        ("Le Perou et la Bolivie ont signé l’accord.", "Perou", "Pérou"),
    ])
    func anUnaccentedCountryIsTheCountry(text: String, name: String, canonical: String) {
        let mention = entityMentions(text).first { $0.text == name }
        #expect(mention?.type == .location, "\(entityLabels(text))")
        #expect(mention?.canonical == canonical)
    }

    @Test func aCountryInCapitalsWithoutAccentsIsTheCountry() {
        let labels = entityLabels("BENIN\nLe gouvernement a adopté le budget.")
        #expect(labels.contains("LOC BENIN"), "\(labels)")
    }
}
