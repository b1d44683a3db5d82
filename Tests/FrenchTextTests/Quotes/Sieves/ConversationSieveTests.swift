import Testing
@testable import FrenchText

@Suite struct ConversationSieveTests {
    static let standfirst = "Hydrologue et directrice de l’Institut de l’eau, Sophie Lambert alerte depuis dix ans sur la baisse des nappes. "
        + "Le ministre Jean Castex l’a reçue la semaine dernière. Elle répond à nos questions.\n\n"

    @Test(arguments: [
        // Questions ending with a question mark, answers in marks.
        "Pourquoi la nappe baisse-t-elle aussi vite ?\n\n« La sécheresse dure depuis trois ans, et rien n’a changé. »\n\n"
            + "Que faut-il faire ?\n\n« Il faut réduire les usages et réutiliser les eaux usées. »",
        // Questions after a dash, answers after a dash.
        "— Pourquoi la nappe baisse-t-elle aussi vite ?\n\n— « La sécheresse dure depuis trois ans, et rien n’a changé. »\n\n"
            + "— Que faut-il faire ?\n\n— « Il faut réduire les usages et réutiliser les eaux usées. »",
        // An answer over two paragraphs; a named person inside the answer.
        "Pourquoi la nappe baisse-t-elle aussi vite ?\n\n« La sécheresse dure depuis trois ans, et rien n’a changé. »\n\n"
            + "« Jean Castex m’a écoutée, mais les décisions tardent. »\n\nQue faut-il faire ?\n\n« Il faut réduire les usages. »",
    ])
    func answersGoToTheInterviewee(_ body: String) {
        let quotes = SieveTestSupport.quotes(Self.standfirst + body)
        #expect(!quotes.isEmpty)
        #expect(quotes.allSatisfy { $0.speaker?.name == "Sophie Lambert" }, "\(quotes.map { ($0.text, $0.speaker?.name ?? "-") })")
    }

    /// A headline that asks does not hide the standfirst after it.
    @Test func aQuestionHeadline() {
        let text = "Faut-il avoir peur de la sécheresse ?\n\n" + Self.standfirst + "Pourquoi la nappe baisse-t-elle ?\n\n"
            + "« La sécheresse dure depuis trois ans, et rien n’a changé. »\n\nQue faut-il faire ?\n\n« Il faut réduire les usages. »"
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.speaker?.name == "Sophie Lambert" })
    }

    /// One rhetorical question before a quote does not make an interview.
    @Test func oneQuestionIsNoInterview() {
        let text = "Le maire Paul Henry a présenté le budget. La ville peut-elle encore investir ?\n\n"
            + "« Nous avons les moyens de nos ambitions », assure Claire Dumas, adjointe aux finances."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Claire Dumas")
        #expect(SieveTestSupport.quotes(text).first?.rule != .conversation)
    }

    /// An answer with its own cue keeps it.
    @Test func aCueWins() {
        let text = Self.standfirst + "Pourquoi la nappe baisse-t-elle ?\n\n« Tout le monde le sait », sourit Jean Castex.\n\n"
            + "Que faut-il faire ?\n\n« Il faut réduire les usages. »"
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.map { $0.speaker?.name } == ["Jean Castex", "Sophie Lambert"])
    }
}

/// Speakers alternate: a reply named by a pronoun or a description right after a quoted question is not the asker's.
@Suite struct ConversationReplyTests {
    @Test(arguments: [
        ("La journaliste Claire Dubois recevait le ministre Paul Henry. « Allez-vous augmenter les impôts ? », a demandé "
            + "Claire Dubois à Paul Henry. « Non, pas un centime de plus », a répliqué l’homme politique.", "Paul Henry"),
        ("Nadia Saïdi interrogeait Marc Petit, le maire de Lille. « Que ferez-vous des friches ? », a-t-elle demandé. "
            + "« Nous y construirons des logements sociaux », a répondu l’élu.", "Marc Petit"),
        ("Le juge Alain Morin a interrogé la prévenue, Sophie Lenoir. « Où étiez-vous ce soir-là ? », a demandé le juge. "
            + "« Chez ma sœur, à Lyon », a rétorqué la jeune femme.", "Sophie Lenoir"),
    ])
    func theReplierIsNotTheAsker(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    /// A reply naming its speaker keeps that name.
    @Test func aNamedReplyStands() {
        let text = "« Allez-vous augmenter les impôts ? », a demandé Claire Dubois à Paul Henry. « Certainement pas cette année », a répondu "
            + "Bruno Roux, son conseiller."
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Bruno Roux")
    }
}

/// An interview whose interviewee the text never names: the answers keep no speaker, least of all a person a question
/// talks about (`Que dire de Jean Martin… ?`, `Comment jugez-vous la prestation de Paul Roux ?`).
@Suite struct UnnamedInterviewAnswerTests {
    @Test(arguments: [
        "Après la victoire, le coach a répondu à nos questions.\n\nQuel est votre sentiment ?\n\n"
            + "« Je suis très satisfait du résultat de ce soir. »\n\nQue dire de Jean Martin, auteur de deux arrêts décisifs ?\n\n"
            + "« Il a été énorme, comme toute l’équipe. »",
        "Victoire précieuse à domicile.\n\nComment jugez-vous la prestation de Paul Roux ?\n\n"
            + "« Il a livré un match plein, je suis content pour lui. »\n\nEt la suite de la saison ?\n\n"
            + "« Nous prendrons les matchs les uns après les autres. »",
        "Le club reste invaincu.\n\nLa présidente Claire Morel a salué votre travail. Qu’en pensez-vous ?\n\n"
            + "« Cela me touche beaucoup, vraiment. »\n\nVisez-vous le titre ?\n\n« Nous n’en parlons pas entre nous. »",
    ])
    func answersKeepNoSpeaker(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        for q in quotes { #expect(q.speaker?.name == nil, "\(q.text): \(q.speaker?.name ?? "-")") }
    }

    /// A question addressing the interviewee by name names them.
    @Test func aVocativeNamesTheInterviewee() {
        let text = "Victoire précieuse à domicile.\n\nMme Lemaire, comment expliquez-vous ce succès ?\n\n"
            + "« Nous avons été solides du début à la fin. »\n\nEt la suite ?\n\n« Nous restons concentrés sur le prochain match. »"
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Lemaire")
    }
}
