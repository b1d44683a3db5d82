import Testing
@testable import FrenchText

@Suite struct DemonymSieveTests {
    @Test(arguments: [
        ("L’entraîneur du Standard, Philippe Montanier, a affiché sa déception. « On a livré un match très moyen » ajoute le Français.", "Philippe Montanier"),
        ("La Belge Elise Mertens a remporté le tournoi. « C’est une victoire magnifique », a réagi la Belge.", "Elise Mertens"),
    ])
    func demonymGoesToThePersonOfThatNationality(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    @Test func demonymOpeningTheTextGoesToThePersonNamedNext() {
        let text = "\"On a livré un match très moyen\" ajoute le Français.\n\nL'entraîneur du Standard, Philippe Montanier a affiché sa déception."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Philippe Montanier")
    }
}
