import Testing
@testable import FrenchText

/// `Ce dernier`, `Celle-ci` opening a sentence take up the person named last: a pronoun after it means that person,
/// not someone the sentence names after its verb.
@Suite struct LatterAnaphorTests {
    @Test(arguments: [
        "« Les salaires doivent suivre », dit Marc Dubois, président du syndicat.\n"
            + "Ce dernier rappelle que Paul Girard n’a jamais voulu le recevoir. « S’il avait voulu me voir, il n’avait qu’à m’appeler, dit-il. Ma porte reste ouverte. »",
        "« Les salaires doivent suivre », dit Marc Dubois, président du syndicat.\n"
            + "Celui-ci souligne que Paul Girard l’a ignoré pendant des mois. « Nous attendons toujours une réponse, dit-il. Rien n’est venu. »",
    ])
    func theLatterSpeaks(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count >= 3)
        #expect(quotes.allSatisfy { $0.speaker?.name == "Marc Dubois" })
    }

    @Test func theFeminineLatter() {
        let text = "« Le budget est insuffisant », juge Claire Moreau, maire de Vierzon.\n"
            + "Cette dernière estime que Julie Petit, sa rivale, a mal compris le dossier. « Elle ne cédera pas, dit-elle. Nous irons jusqu’au bout. »"
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.allSatisfy { $0.speaker?.name == "Claire Moreau" })
    }
}
