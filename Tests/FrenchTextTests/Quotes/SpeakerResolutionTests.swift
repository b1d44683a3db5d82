import Testing
@testable import FrenchText

/// Speakers found away from the quote: earlier in the sentence, in the paragraph, by anaphora.
@Suite struct SpeakerResolutionTests {
    @Test(arguments: [
        // A cue earlier in the sentence than the quote.
        ("Contactée par notre rédaction, la RATP indique avoir « renforcé la présence humaine sur le réseau » depuis septembre.", "RATP", "cue-in-sentence"),
        ("Parmi ces personnes, plusieurs disent avoir changé d’itinéraire « pour ne pas se faire remarquer ».", nil, "cue-in-sentence"),
        // A passive agent speaks; an asker does not.
        ("Son roman a été salué par Libération comme « le livre le plus juste de la rentrée ».", "Libération", "cue-in-sentence"),
        ("Interrogé par RFI, le ministre de la Communication a rejeté ces accusations, affirmant que « les médias sont libres dans le pays ».", nil, "cue-in-sentence"),
        // A partial quote in the sentence of its subject.
        ("Le député François Ruffin a, lui, appelé à « bloquer le pays tout entier » dès lundi.", "François Ruffin", "sentence-subject"),
    ] as [(String, String?, String)])
    func speakerInTheSentence(_ text: String, _ speaker: String?, _ rule: String) throws {
        let q = try #require(QuoteTestSupport.direct(text).first)
        #expect(q.speaker?.name == speaker)
        #expect(q.speaker != nil)
        #expect(q.rule.rawValue == rule)
    }

    /// The focus of a cleft (`C’est X qui…`) is the one the sentence is about: a later pronoun is X, not a person
    /// named after it as the agent of a passive.
    @Test(arguments: [
        "C’est le ministre de l’Éducation, Sébastien Proulx, qui a qualifié le projet de « recul », alors qu’il était interpellé par le député Jean-François Roberge. « Nous ne couperons aucune récréation dans nos écoles », a-t-il lancé.",
        "C’est Sébastien Proulx qui a lancé l’alerte, après avoir été contacté par le maire Jean-François Roberge. « Nous ne couperons aucune récréation dans nos écoles », a-t-il expliqué.",
        "C’était le ministre Sébastien Proulx qui présidait la séance, sous les questions du député Jean-François Roberge. « Nous ne couperons aucune récréation dans nos écoles », a-t-il assuré.",
    ])
    func theFocusOfACleftIsTheSubject(_ text: String) throws {
        let q = try #require(QuoteTestSupport.direct(text).last)
        #expect(q.speaker?.name == "Sébastien Proulx")
    }

    @Test func organisationAnaphora() {
        let text = """
        L’Observatoire citoyen des lieux d’enfermement publie ce mercredi son rapport annuel.
        « Construire ne suffira jamais si l’on continue d’enfermer toujours plus », répond l’Observatoire dans ses conclusions.
        L’association Alerte Littoral Bretagne a saisi la justice. « Les pouvoirs publics continuent de minimiser le risque », dénonce l’association.
        """
        let quotes = QuoteTestSupport.direct(text)
        // `l’association` → the name the association was introduced with (`L’association Alerte Littoral Bretagne`).
        #expect(quotes.map { $0.speaker?.name } == ["Observatoire citoyen des lieux d’enfermement", "Alerte Littoral Bretagne"])
        #expect(quotes.allSatisfy { $0.speaker?.kind == .organisation })
    }

    @Test func aPronounAfterAnUnnamedRoleHasNoName() throws {
        let text = """
        Selon M. Tomás Ruiz, directeur adjoint du programme, « les rations seront réduites de moitié dès le mois prochain ».
        Le Haut-Commissaire adjoint chargé de la protection s’est rendu à Kinshasa. Il a affirmé que « les civils ne doivent en aucun cas être pris pour cible ».
        """
        let quotes = QuoteTestSupport.direct(text)
        #expect(quotes.first?.speaker?.name == "Tomás Ruiz")
        let q = try #require(quotes.last)
        #expect(q.speaker?.name == nil)
        #expect(q.speaker?.mention == "Il")
        #expect(q.speaker?.kind == .person)
    }

    @Test func aRoleRightAfterAHeadlineSpeakerIsTheirs() {
        let text = """
        Retraites : « Nous irons jusqu’au bout », prévient Sophie Binet
        La secrétaire générale de la CGT était l’invitée de la radio ce mardi. « Le gouvernement joue la montre et les salariés le savent », a-t-elle lancé.
        """
        #expect(QuoteTestSupport.direct(text).map { $0.speaker?.name } == ["Sophie Binet", "Sophie Binet"])
    }

    @Test(arguments: [
        ("Pour le Pr J.-L. Fabre, chef du service des maladies infectieuses, « chaque cas évitable est un échec collectif ».", "J.-L. Fabre"),
        ("« Le chantier accuse deux ans de retard », a reconnu le ministre wallon de la Mobilité, M. Philippe Van den Bossche.", "Philippe Van den Bossche"),
        ("« Nous voulions parler de l’exil sans misérabilisme », a expliqué la directrice du festival, Mme Louise-Anne Perrotin.", "Louise-Anne Perrotin"),
        ("Pour l’économiste des transports Anne-Catherine Servais, professeure à l’Université de Liège (ULiège), le report est « regrettable mais classique ».", "Anne-Catherine Servais"),
        ("« Les tarifs augmenteront encore », a dénoncé la cheffe de l’opposition à l’hôtel de ville, Marie-Ève Pelletier.", "Marie-Ève Pelletier"),
        ("Sacha, qui se présente comme non-binaire, ajoute : « Personne ne devrait choisir entre manger et se loger. »", "Sacha"),
        ("Dans un communiqué, le Conseil de sécurité de l’ONU, réuni à New York, a exigé « la cessation immédiate des hostilités ».", "Conseil de sécurité de l’ONU"),
        ("« Qui va payer ? », s’est interrogé l’eurodéputé Raphaël Glucksmann.", "Raphaël Glucksmann"),
        ("Le port a perdu, selon la chambre de commerce et d’industrie Aix-Marseille-Provence, « plus de 100 millions d’euros ».", "chambre de commerce et d’industrie Aix-Marseille-Provence"),
    ])
    func namesWithTitlesParticlesAndAppositions(_ text: String, _ speaker: String) {
        #expect(QuoteTestSupport.direct(text).first?.speaker?.name == speaker)
    }

    @Test func aComplementNameIsNotTheSubject() throws {
        let q = try #require(QuoteTestSupport.direct("Un conseiller du garde des Sceaux a seulement indiqué que « le programme immobilier se poursuit ».").first)
        #expect(q.speaker?.name == nil)
        #expect(q.speaker?.mention == "Un conseiller du garde des Sceaux")
    }

    @Test(arguments: [
        "Le Conseil d’État a présenté un contre-projet à l’initiative populaire «Pour des loyers abordables», soumise au vote en février.",
        "Le texte, intitulé « Précaires mais pas seuls », réclame un repas à un euro.",
        "Le collectif de riverains « Air pur à Fort-Bloqué » soutient l’association.",
        "Le rapport complet, « Écrire sous surveillance », est disponible en ligne.",
    ])
    func titlesOfWorksAreFragments(_ text: String) {
        let quotes = QuoteTestSupport.extract(text).quotes
        #expect(!quotes.contains { $0.kind == .direct })
        #expect(quotes.contains { $0.kind == .fragment && $0.rule.rawValue == "fragment:title" })
    }

    @Test func aDocumentSpeaksForItsPublisher() throws {
        let text = """
        Lyon, le 4 avril 2025 – La Fondation Abbé-Pierre publie ce jeudi son rapport annuel sur le mal-logement.
        Le document pointe « une crise structurelle de l’offre » et appelle à relancer la construction.
        """
        let q = try #require(QuoteTestSupport.direct(text).first)
        #expect(q.speaker?.name == "Fondation Abbé-Pierre")
        #expect(q.speaker?.kind == .organisation)
    }

    @Test func aSubjectEndingWithAPlace() throws {
        let q = try #require(QuoteTestSupport.direct("Un locataire rencontré à Vénissieux témoigne : « Cela fait six ans que j’attends un logement adapté. »").first)
        #expect(q.speaker?.name == nil)
        #expect(q.speaker?.kind == .person)
        #expect(q.rule.rawValue == "colon-intro")
    }

    @Test func selonClauseWithAParticiple() throws {
        let q = try #require(QuoteTestSupport.direct("Selon un diplomate européen ayant requis l’anonymat, « les États membres sont loin d’être d’accord ».").first)
        #expect(q.rule.rawValue == "selon")
        #expect(q.speaker?.name == nil)
        #expect(q.speaker?.mention == "un diplomate européen")
    }

    @Test func aQuoteOpeningAParagraphAfterOneAboutSomeone() throws {
        let text = """
        Jean-Paul Kerdraon, maire de Lanvéoc, ne cache pas son inquiétude. Les comptes de la commune sont dans le rouge.
        « Sans aide de l’État, nous ne pourrons pas boucler le budget. »
        """
        let q = try #require(QuoteTestSupport.direct(text).first)
        #expect(q.speaker?.name == "Jean-Paul Kerdraon")
        #expect(q.rule.rawValue == "paragraph-subject")
    }
}

/// `la direction` (a company's management) never takes up the news outlet that reported (`auprès de l’AFP`, `une
/// information du Courrier picard`) nor an administration named `Direction régionale…`: unnamed when the company is.
@Suite struct ManagementIsNoOutletTests {
    @Test(arguments: [
        "« Nous sommes sous le choc », a réagi auprès de l’AFP Paul Girard, délégué CGT.\nLa direction met en avant « une baisse durable des ventes de chocolat » pour justifier la fermeture.",
        "« Nous sommes sous le choc », a réagi Paul Girard, délégué CGT, auprès de Reuters.\nLa direction met en avant « une baisse durable des ventes de chocolat » pour justifier la fermeture.",
        "Le plan, validé par la Direction régionale de l’emploi, confirme une information du Courrier picard.\nLa direction met en avant « une baisse durable des ventes de chocolat » pour justifier la fermeture.",
    ])
    func theManagementStaysUnnamed(_ text: String) {
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.text.hasPrefix("une baisse") == true)
        #expect(q?.speaker?.name == nil)
    }

    /// The company named before is still the one `la direction` speaks for.
    @Test func theCompanyNamedBefore() {
        let text = "La société Logimax Ouest a annoncé mardi la fermeture de son site de Vierzon.\nLa direction met en avant « une baisse durable des ventes de chocolat » pour justifier la fermeture."
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Logimax Ouest")
    }
}
