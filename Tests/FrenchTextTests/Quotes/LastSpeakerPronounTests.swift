import Testing
@testable import FrenchText

/// A pronoun with no nearer antecedent (no subject, reporter or paragraph topic agrees) means the speaker of the last
/// direct quote when that quote ends in its paragraph or the one before and nobody else is named in between
/// (SpeakerLinker, `lastSpeaker`): a description (`précise cet ancien étudiant`) resolved in stage 2 is remembered, not
/// a person stage 1 met further back.
@Suite struct LastSpeakerPronounTests {
    static let described = [
        "« Tout le monde regarde le match dans la rue », confie Mohamed Diallo, commerçant de 42 ans. « On ne parle que du football », répète M. Diallo.\n\n"
            + "Quelques heures auparavant, assis sur une moto ornée d’une photo du joueur Lionel Messi, Drissa Konaté attendait devant le stade fermé.\n\n"
            + "« On n’a pas fêté la victoire au stade, mais chez nous, en famille », précise cet ancien étudiant de 25 ans.\n\n"
            + "Les supporters, dit-il, sont « un peu contents, un peu inquiets ».",
        "« La ville est calme depuis hier soir », raconte Moussa Camara, chauffeur de taxi. « Personne ne sort la nuit », répète M. Camara.\n\n"
            + "Plus loin, devant une affiche du chanteur Youssou Ndour, Sékou Bangoura vendait des fruits au marché.\n\n"
            + "« Les clients sont moins nombreux, mais ils reviennent peu à peu », explique ce père de trois enfants.\n\n"
            + "Les prix, ajoute-t-il, restent « beaucoup trop élevés pour les familles ».",
    ]

    @Test(arguments: zip(described, ["Drissa Konaté", "Sékou Bangoura"]))
    func thePronounIsTheDescribedLastSpeaker(_ text: String, _ speaker: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 4)
        #expect(quotes.last?.speaker?.name == speaker)
    }

    @Test func someoneNamedInBetweenIsNotSkipped() {
        let text = "« La ville est calme depuis hier soir », raconte Moussa Camara, chauffeur de taxi.\n\n"
            + "Plus loin, Sékou Bangoura vendait des fruits au marché.\n\n"
            + "« Les clients sont moins nombreux, mais ils reviennent peu à peu », explique ce père de trois enfants. Son voisin Ibrahima Sow l’écoute.\n\n"
            + "Les prix, ajoute-t-il, restent « beaucoup trop élevés pour les familles »."
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Ibrahima Sow")
    }
}
