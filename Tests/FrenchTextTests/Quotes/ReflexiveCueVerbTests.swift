import Testing
@testable import FrenchText

/// Reflexive speech verbs (`s’émeut`, `se défend`, `se demande-t-il`) attribute a quote like any cue verb, after the
/// quote and inside its marks.
@Suite struct ReflexiveCueVerbTests {
    @Test(arguments: [
        "« La fermeture de la ligne se poursuit malgré nos alertes, s’émeut Louise Marchal. Personne ne nous écoute. »",
        "« Nous avons respecté chaque règle du marché, se défend Louise Marchal. Le dossier était complet. »",
        "« Les riverains attendent depuis dix ans, se plaint Louise Marchal. Rien n’a bougé. »",
    ])
    func reflexiveVerbInsideTheMarks(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.speaker?.name == "Louise Marchal" })
    }

    @Test(arguments: [
        "« Qui paiera la facture des travaux ? », se demande Hugo Lemaire, conseiller municipal.",
        "« J’ai passé vingt ans dans cette usine », se rappelle Hugo Lemaire, ancien ouvrier.",
        "« Je ne regrette rien de cette saison », s’est exprimé Hugo Lemaire après le match.",
    ])
    func reflexiveVerbAfterTheQuote(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == "Hugo Lemaire")
        #expect(q?.rule == .cueAfter)
    }
}

/// `mettre en garde` attributes a quote like a speech verb; `mettre en place` does not.
@Suite struct MettreEnGardeCueTests {
    @Test(arguments: [
        "« Rien n’est encore gagné pour le club », a mis en garde Hugo Lemaire après le match.",
        "« Rien n’est encore gagné, a-t-il mis en garde. Il reste deux matchs difficiles. »\nL’entraîneur Hugo Lemaire reste prudent.",
        "« Les routes resteront glissantes toute la nuit », met en garde Hugo Lemaire, de la préfecture.",
    ])
    func mettreEnGardeIsACue(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.first?.rule == .cueAfter || quotes.first?.rule == .inciseInside)
    }

    @Test func mettreEnPlaceIsNoCue() {
        let text = "« Une cellule d’écoute pour les familles », a mis en place Hugo Lemaire dès lundi."
        #expect(SieveTestSupport.quotes(text).first?.rule != .cueAfter)
    }
}
