import Testing
@testable import FrenchText

@Suite struct AppositionSieveTests {
    @Test(arguments: [
        ("Hydro-Québec a vendu de l’électricité. « Nous avons des surplus », a indiqué au Journal le PDG de la société d’État, Éric Martel, jeudi.", "Éric Martel"),
        ("Le camping a été évacué. « Tout le monde a gardé le sourire », confie la responsable du camping, Carine Daniel, en fin de journée.", "Carine Daniel"),
        ("La grève continue. « Nous ne lâcherons rien », poursuit la présidente du syndicat, Dominique Daigneault.", "Dominique Daigneault"),
    ])
    func nameApposedToTheDescription(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }
}
