import Testing
@testable import FrenchText

@Suite struct PronounSieveTests {
    @Test(arguments: [
        ("Le président de la Confédération Alain Berset s’est rendu à Aegerten. Dans son discours, il a plaidé pour « une Suisse ouverte aux réformes ». « Profitons de notre plus grande force », a-t-il insisté.", "Alain Berset"),
        ("M. François Legault a défendu son bilan devant la presse. « Nous avons tenu parole », a-t-il dit.", "François Legault"),
        ("La ministre Sophie Wilmès a présenté le plan. « Ce n’est qu’un début », a-t-elle expliqué.", "Sophie Wilmès"),
    ])
    func pronounGoesToTheSalientPerson(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    @Test func subjectOfTheQuoteSentenceWinsOverTheLastSpeaker() {
        let text = """
        « Nous resterons », a déclaré Élisabeth Borne.

        Tout d’abord, Mathilde Panot, cheffe de file des députés, a attaqué la légitimité d’Élisabeth Borne : « Vous ne tirez votre légitimité de rien. » a-t-elle lancé.
        """
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Mathilde Panot")
    }

    @Test func aPronounNeverTakesAPersonOfTheOtherGender() {
        let text = "Marie Dubois a rencontré Paul Lefèvre hier. « Le dossier avance », a-t-elle affirmé."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Marie Dubois")
    }
}

@Suite struct ImpersonalOnTests {
    @Test func onGoesToTheOrganisationTheSentenceIsAbout() {
        let text = "Dans son communiqué, la préfecture de Seine-Maritime a fait le point. \"Les personnes fragiles doivent consulter le médecin\", peut-on également lire."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "préfecture de Seine-Maritime")
    }
}

/// A pronoun subject before the quote whose gender no subject around agrees with: the nearest person named who does
/// (`Paul Henry a félicité Marie Dupont. Elle a rappelé que « … »`), not a speaker of an earlier paragraph.
@Suite struct PronounNearestAgreeingTests {
    @Test(arguments: [
        ("La ministre Agnès Fournier a parlé hier.\n\nPaul Henry a félicité Marie Dupont pour sa victoire. Elle a rappelé que "
            + "« le travail ne fait que commencer ».", "Marie Dupont"),
        ("La ministre Agnès Fournier a parlé hier.\n\nLe maire Paul Henry a reçu Claire Morel à la mairie. Elle a insisté sur "
            + "la nécessité d’agir : « Nous ne pouvons plus attendre. »", "Claire Morel"),
        ("Sophie Bernard a présenté le projet hier.\n\nLa présidente Anne Roux a salué Marc Petit pour son travail. Il a "
            + "répondu que « rien n’aurait été possible sans l’équipe ».", "Marc Petit"),
    ])
    func nearestAgreeingPerson(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    /// The subject of the sentence before stands when it agrees.
    @Test func theAgreeingSubjectStands() {
        let text = "Le président Marc Olivier a rencontré le préfet Alain Morin. Il a rappelé que « la sécurité reste la priorité »."
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Marc Olivier")
    }
}

/// A new paragraph turning to one person, with no speech yet: its pronoun is that person, not the last speaker.
@Suite struct ParagraphTopicPronounTests {
    @Test(arguments: [
        ("« Nous avons tenu bon jusqu’au bout », confie Johnny, un opérateur. « Je ne vois rien pour moi », ajoute-t-il.\n\n"
            + "La situation semble tout aussi dure pour Thierry, 60 ans, qui se souvient des promesses du repreneur. "
            + "« C’est une page qui se tourne », souligne-t-il.", "Thierry"),
        ("« Le budget est tenu », assure Paul Roux. « On avance », ajoute-t-il.\n\n"
            + "Le ton est différent chez Marc Leduc, élu depuis dix ans. « Rien n’est réglé », estime-t-il.", "Marc Leduc"),
    ])
    func theOnePersonOfTheNewParagraph(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    @Test func notWhenTheParagraphNamesSeveralPeople() {
        let text = "« Le budget est tenu », assure Paul Roux. « On avance », ajoute-t-il.\n\n"
            + "Selon Marc Leduc et Jean Morel, rien n’est réglé. « Nous ne signerons pas », prévient-il."
        let model = SieveTestSupport.model(text)
        let offset = text.unicodeScalars.count - 5
        #expect(model.paragraphTopic(before: offset, gender: .male, speechEnd: nil) == nil)
    }

    /// A sentence opened by the same pronoun continues its antecedent: a person named in its complement (`saisi par la
    /// famille de Y`) is not who `il` is.
    @Test(arguments: [
        ("Selon le procureur Rémy Heitz, l’enquête progresse. Il a été saisi par la famille de Jean Martin. « Nous irons jusqu’au bout », a-t-il promis.", "Rémy Heitz"),
        ("La juge Anne Roux a ouvert l’audience. Elle a été interrompue par l’avocate de Marie Dupont. « Je ne tolérerai aucun écart », a-t-elle prévenu.", "Anne Roux"),
        ("Le maire Paul Durand a visité le chantier. Il était accompagné du préfet Marc Lenoir. Il a salué le travail de Jean Petit. « Les délais seront tenus », a-t-il assuré.", "Paul Durand"),
    ] as [(String, String)])
    func aPronounChainKeepsItsAntecedent(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }
}

/// A pronoun past the paragraphs salience reaches goes to the only person the text has named, when the gender agrees.
@Suite struct PronounOnlyNamedPersonTests {
    @Test(arguments: [
        "Paul Renaud n’en revient toujours pas.\n\nLe boulanger de la place du marché a été cambriolé deux fois.\n\n"
            + "Le 3 mars, il est réveillé par l’alarme.\n\nUne semaine plus tard, il est de nouveau réveillé.\n\n"
            + "« Je n’avais jamais vu ça en vingt ans », assure-t-il.",
        "Paul Renaud tient l’épicerie depuis 1998.\n\nLes ventes ont baissé de moitié cet hiver.\n\nLa mairie promet des aides.\n\n"
            + "Les travaux dureront jusqu’en juin.\n\n« On tiendra, on n’a pas le choix », dit-il.",
    ])
    func theOnlyPersonNamed(_ text: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Paul Renaud")
    }

    /// Not a person of the other gender, nor one among several named.
    @Test(arguments: [
        "Claire Renaud tient l’épicerie depuis 1998.\n\nLes ventes ont baissé.\n\nLa mairie promet des aides.\n\n"
            + "Les travaux dureront.\n\n« On tiendra », dit-il.",
        "Paul Renaud et Marc Durand tiennent l’épicerie.\n\nLes ventes ont baissé.\n\nLa mairie promet des aides.\n\n"
            + "Les travaux dureront.\n\n« On tiendra », dit-il.",
    ])
    func notAnotherGenderNorOneOfSeveral(_ text: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == nil)
    }

    /// A text that opens on a pronoun, the person named a little later in the paragraph (PronounSieve.firstNamedAfterOpening).
    @Test(arguments: [
        ("La séance s’est ouverte sur le bilan du maire, qui promet « de garder les impôts au même niveau », dit-il. "
            + "« Les travaux de la salle des fêtes commenceront en mars », souligne Marc Vidal, maire de Lunel.", "Marc Vidal"),
        ("Le budget a été voté sans surprise. « Nous avons tenu nos engagements », a-t-elle assuré devant le conseil. "
            + "Anne Morel, la présidente de l’agglomération, a ensuite présenté les projets.", "Anne Morel"),
    ])
    func thePersonNamedAfterWhenNoneBefore(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }

    /// Not one of the other gender named after.
    @Test func notOneOfTheOtherGenderNamedAfter() {
        let text = "Le budget a été voté sans surprise. « Nous avons tenu nos engagements », a-t-elle assuré. Paul Morel a ensuite présenté les projets."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == nil)
    }
}
