import Testing
@testable import FrenchText

/// Stage 2's last word on a name stage 1 kept: never a person of the other gender than the mention states.
@Suite struct SpeakerLinkerTests {
    @Test(arguments: [
        // A role in the feminine after the only "person" named is a man (here a campus read as a man): not her name.
        "Un jeune homme, étudiant à Ker Lann, comparaissait avec une amie. « J’ai peur de ne pas valider mon année », explique l’étudiante.",
        "Paul Henry, infirmier depuis dix ans, a témoigné. Une collègue l’accompagnait. « Nous sommes épuisés », confie l’infirmière.",
        "Le directeur Marc Lenoir a reçu les parents. « Nous attendons des réponses depuis des mois », a insisté la présidente de l’association.",
    ])
    func aMentionOfTheOtherGenderIsNotTheManNamedBefore(_ text: String) throws {
        let q = try #require(SieveTestSupport.quotes(text).first)
        #expect(q.speaker != nil)
        #expect(q.speaker?.name == nil)
    }

    /// The same shapes with a woman named before keep her.
    @Test func aMentionOfTheSameGenderKeepsTheName() throws {
        let text = "Marie Dupont, infirmière depuis dix ans, a témoigné. « Nous sommes épuisés », confie l’infirmière."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Marie Dupont")
    }
}

/// `Le syndicaliste souligne que Pierre Martel a refusé. « …, dit-il. »`: the pronoun of an incise after reported speech
/// is the reporter's, not someone named inside what he reported.
@Suite struct ReporterPronounTests {
    @Test(arguments: [
        "« On est encore loin des élections », dit Daniel Boyer, président de la FTQ.\nLe syndicaliste souligne que Pierre Martel a refusé de rencontrer la FTQ. « S’il avait voulu me rencontrer, il n’avait qu’à m’appeler, dit-il. Je lui avais tendu une perche. »",
        "« On est encore loin des élections », dit Daniel Boyer, président de la FTQ.\nLe dirigeant syndical rappelle que Pierre Martel n’a jamais répondu à ses lettres. « Nous attendons toujours, affirme-t-il. Rien n’est venu. »",
    ])
    func theReporterSpeaks(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count >= 3)
        #expect(quotes.allSatisfy { $0.speaker?.name == "Daniel Boyer" })
    }

    /// A subject of the quote's own sentence still wins.
    @Test func aSubjectStillWins() {
        let text = "« On est encore loin des élections », dit Daniel Boyer, président de la FTQ.\nLe syndicaliste souligne que Pierre Martel a refusé. "
            + "Pierre Martel, lui, se défend : « Je n’ai reçu aucune invitation, je l’aurais acceptée », assure-t-il."
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Pierre Martel")
    }
}
