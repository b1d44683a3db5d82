import Testing
@testable import FrenchText

/// A definite description in the cue of a quote, before the text names anyone (`« … », a admis le sélectionneur`), is an
/// unnamed speaker: its quotes and the `a-t-il poursuivi` after them keep no name, instead of going to a person named
/// later in passing (ParticipantModelBuilder+CueDescription).
@Suite struct UnnamedCueDescriptionTests {
    @Test(arguments: [
        "« Pour nous, c’est une grande déception ce soir », a admis le sélectionneur après la rencontre. « Nous devons "
            + "travailler davantage », a-t-il poursuivi. Le match a basculé sur une erreur de Paul Martin en défense.",
        "« La saison n’est pas terminée », explique l’entraîneur en conférence de presse. « Il reste six matchs à jouer », "
            + "a-t-il ajouté.\n\nLes supporters ont longtemps chanté le nom de Marc Dubois, blessé. « Nous irons chercher "
            + "ce maintien », a-t-il assuré.",
        "« Nous avons tout donné jusqu’au bout », a reconnu la présidente du club. « Nous reviendrons plus fortes la saison "
            + "prochaine », a-t-elle promis.\n\nLe but décisif a été marqué par Julie Morel en fin de match.",
    ])
    func theDescribedSpeakerStaysUnnamed(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count >= 2)
        for q in quotes { #expect(q.speaker?.name == nil, "\(q.text): \(q.speaker?.name ?? "-")") }
    }

    /// A pronoun right after a sentence naming a person of its gender still takes that person (the rule of
    /// ``ParticipantModel/nearestAgreeing(before:gender:)``), whoever spoke before.
    @Test func aPronounAfterANamedPersonOfItsGender() {
        let text = "« Nous avons tout donné », a reconnu la présidente du club.\n\nLe but est venu d’une frappe de Julie Morel. "
            + "« C’est cruel pour nous toutes », a-t-elle ajouté."
        withKnownIssue("ambiguous: the unnamed speaker or the player just named; the nearest agreeing person wins") {
            #expect(SieveTestSupport.quotes(text).last?.speaker?.name == nil)
        }
    }

    /// A person the next paragraph opens on is the speaker named after the quote.
    @Test func aSubjectNamedAfterIsTheSpeaker() {
        let text = "« Nous avons tout donné », a reconnu l’entraîneur.\n\nMarc Leduc a ensuite détaillé ses choix devant la presse."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Marc Leduc")
    }

    /// A person named before is the one the description re-names; an apposed name is the speaker.
    @Test(arguments: [
        "Marc Leduc a vu son équipe s’incliner. « Nous avons tout donné », a reconnu l’entraîneur.",
        "« Nous avons tout donné », a reconnu l’entraîneur du club, Marc Leduc.",
    ])
    func aNamedPersonKeepsTheDescription(_ text: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Marc Leduc")
    }
}
