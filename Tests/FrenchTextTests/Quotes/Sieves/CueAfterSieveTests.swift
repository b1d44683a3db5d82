import Testing
@testable import FrenchText

@Suite struct CueAfterSieveTests {
    @Test(arguments: [
        "« Nous resterons mobilisés jusqu’au bout », a déclaré Anna Wright.",
        "« Nous resterons mobilisés jusqu’au bout », explique Anna Wright, porte-parole du collectif.",
        "« Nous resterons mobilisés jusqu’au bout », a ajouté Mme Anna Wright devant la presse.",
    ])
    func cueAfterTheClosingMark(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .cueAfter)
        #expect(q?.speaker?.name == "Anna Wright")
    }

    @Test func invertedPronounGoesToThePersonNamedBefore() {
        let text = "Anna Wright préside le collectif depuis mars. « Nous resterons mobilisés jusqu’au bout », a-t-elle déclaré."
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .cueAfter)
        #expect(q?.speaker?.name == "Anna Wright")
    }

    @Test func selonAfterTheQuote() {
        let q = SieveTestSupport.quotes("« La situation reste très préoccupante », selon Anna Wright.").first
        #expect(q?.rule == .selonAfter)
        #expect(q?.speaker?.name == "Anna Wright")
    }

    @Test func speakerInBrackets() {
        let q = SieveTestSupport.quotes("« La situation reste très préoccupante » (Anna Wright, porte-parole du collectif).").first
        #expect(q?.rule == .cueAfterParenthesis)
        #expect(q?.speaker?.name == "Anna Wright")
    }
}

/// An inversion without its hyphen, or with a reflexive verb, right after the quote (`», dit il`, `», s’est il adressé`).
@Suite struct CueAfterInversionTests {
    @Test(arguments: [
        "Le maire Paul Henry a reçu les habitants. « Je vous ai entendus », s’est-il adressé à la foule.",
        "Le maire Paul Henry a reçu les habitants. « Je vous ai entendus », s’est il adressé à la foule.",
        "Le maire Paul Henry a reçu les habitants. « Je vous ai entendus », s’est il exclamé.",
        "Le maire Paul Henry a reçu les habitants. « Je vous ai entendus », dit il.",
        "Le maire Paul Henry a reçu les habitants. « Je vous ai entendus » lance t il.",
        "Le maire Paul Henry a reçu les habitants. « Je vous ai entendus », a t-il promis.",
        "Le maire Paul Henry a reçu les habitants. « Le budget est voté », explique t-il.",
        "Le maire Paul Henry a reçu les habitants. « Je vous ai entendus », concède t’il.",
    ])
    func invertedPronounWithoutHyphen(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .cueAfter)
        #expect(q?.speaker?.name == "Paul Henry")
    }
}

/// An organisation speaking through someone (`par la voix de X`): the person speaks.
@Suite struct CueAfterSpokespersonTests {
    @Test(arguments: [
        ("« Une provocation inacceptable de la direction », a dénoncé la CFDT par la voix de Sandrine Roy.", "Sandrine Roy"),
        ("« Une provocation inacceptable de la direction », a dénoncé la CFDT, par la voix de sa secrétaire générale, Sandrine Roy.", "Sandrine Roy"),
        ("« Une provocation inacceptable », réagit le syndicat Sud par la voix de Marie Lopez, sa porte-parole.", "Marie Lopez"),
        ("« Une provocation inacceptable », a réagi le syndicat Force ouvrière par l’intermédiaire de Paul Roux.", "Paul Roux"),
    ])
    func thePersonSpeaksForTheOrganisation(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == speaker)
        #expect(q?.speaker?.kind == .person)
    }
}

/// The source after an `on` inversion (`dans le communiqué de X`), and object pronouns before the cue verb (`y écrit X`).
@Suite struct CueAfterSourceTests {
    @Test(arguments: [
        ("« Aucune étude n’a été menée », peut-on lire dans le communiqué du collectif Terre vivante.", "collectif Terre vivante"),
        ("« Aucune étude n’a été menée », peut-on lire dans un communiqué de la préfecture de la Gironde.", "préfecture de la Gironde"),
        ("« Le site restera ouvert », indique-t-on dans l’entourage du ministre de l’Industrie, Roland Lescure.", "Roland Lescure"),
    ])
    func theSourceAfterOn(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }

    @Test(arguments: [
        "Le syndicat a publié un communiqué mardi. « La direction doit revenir à la table », y écrit son secrétaire, Marc Leroy.",
        "La ministre a appelé le syndicat. « La direction doit revenir à la table », lui a répondu son secrétaire, Marc Leroy.",
        "Nous l’avons rencontré mardi. « La direction doit revenir à la table », nous confie Marc Leroy, secrétaire du syndicat.",
    ])
    func objectPronounsBeforeTheCue(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .cueAfter)
        #expect(q?.speaker?.name == "Marc Leroy")
    }
}

/// `« … » avant la conférence, a révélé X`: a short circumstance between the closing mark and the incise.
@Suite struct CueAfterCircumstanceTests {
    @Test(arguments: [
        ("«Nous avons pu nous voir un peu en privé» avant la conférence, a révélé M. Legault au micro, lorsque la question est venue.", "Legault"),
        ("« On ne lâchera rien sur ce dossier » à son arrivée, a lancé Marie Dupont devant les caméras.", "Marie Dupont"),
        ("Le vote a eu lieu mardi. « Ce budget oublie les quartiers » en fin de séance, a regretté Paul Girard.", "Paul Girard"),
    ])
    func theIncisePastTheCircumstance(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first { $0.text.count > 20 }
        #expect(q?.speaker?.name == speaker)
        #expect(q?.rule == .cueAfter)
    }

    /// A clause with its own verb between the quote and the comma is no circumstance.
    @Test func notAClause() {
        let text = "Paul Girard parle d’« une décision très injuste » que tout le monde regrette, a ajouté Marie Dupont."
        #expect(SieveTestSupport.quotes(text).first?.rule != .cueAfter)
    }
}

/// `« … » (ambassadeur Mousbila Sankara)`: a role noun without article before the name in brackets.
@Suite struct CueAfterBareRoleTests {
    @Test(arguments: [
        ("Burkina : « Je ne pense pas que le président en soit l’initiateur » (ambassadeur Mousbila Sankara)", "Mousbila Sankara"),
        ("« Nous ne partirons pas d’ici sans une réponse claire » (députée Anne Roux)", "Anne Roux"),
    ])
    func theNameAfterTheRole(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == speaker)
        #expect(q?.rule == .cueAfterParenthesis)
    }
}

/// Adverbs slipped between the auxiliary and the participle of the cue (`avait d’abord justifié`, `a ensuite précisé`).
@Suite struct CueWithInsertedAdverbTests {
    @Test(arguments: [
        ("« Un parti, c’est plusieurs personnes avec des opinions », avait d’abord justifié Anne Girard devant le conseil.", "Anne Girard"),
        ("« Nous tiendrons les délais coûte que coûte », a ensuite précisé le maire Paul Roux.", "Paul Roux"),
        ("« Le dossier n’est pas encore bouclé », a toutefois nuancé Marc Leduc.", "Marc Leduc"),
    ])
    func theSpeakerAfterTheCue(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == speaker)
        #expect(q?.rule == .cueAfter)
    }
}

/// `indique un communiqué publié par X`: the agent of the document's participle publishes it and speaks.
@Suite struct DocumentPublishedByTests {
    @Test(arguments: [
        ("« La campagne touchera toutes les écoles du pays », indique un communiqué publié par l’Organisation mondiale de la santé.", "Organisation mondiale de la santé"),
        ("« Les négociations reprendront lundi matin », précise une note diffusée par Amnesty International.", "Amnesty International"),
    ])
    func thePublisherSpeaks(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }
}

/// `avancer` attributes a quote like any speech verb (`a avancé le président du syndicat, X`, `avance-t-elle`).
@Suite struct AvancerCueTests {
    @Test(arguments: [
        ("« Nous irons jusqu’au bout », a avancé le président du syndicat, Marc Leduc.", "Marc Leduc"),
        ("Julie Morel a pris la parole devant les grévistes. « La direction doit revenir à la table », avance-t-elle.", "Julie Morel"),
        ("« Le calendrier ne tient plus », avançait mardi Paul Garnier, délégué CGT.", "Paul Garnier"),
    ])
    func avancerIsACue(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == speaker)
        #expect(q?.cue == "avancer")
    }
}

/// A short circumstance between commas after the cue verb (`a indiqué, mercredi matin, X`) does not hide the subject:
/// `cue-after` finds it (0.95) instead of the late `named-after` guess (0.5) or a paragraph's organisation.
@Suite struct CircumstanceAfterCueVerbTests {
    @Test(arguments: [
        ("«Nous demandons le respect des accords du passé», a indiqué, mercredi matin, Olivier Nyssen, secrétaire général, "
            + "devant le cabinet du ministre.", "Olivier Nyssen"),
        ("« Nous resterons mobilisés jusqu’au bout », a déclaré, lundi soir, Marie Dupont, présidente du collectif.", "Marie Dupont"),
        ("« Le budget sera voté en décembre », a précisé, jeudi, le ministre Paul Roux.", "Paul Roux"),
    ])
    func theSubjectAfterTheCircumstance(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == speaker)
        #expect(q?.rule == .cueAfter)
    }

    /// `« … » : X a …`: the subject of the clause after the colon said the words before it.
    @Test(arguments: [
        ("« Nous ne fermerons aucune école cette année » : Marie Lefèvre rassure les parents d’élèves.", "Marie Lefèvre"),
        ("« C’est un scandale absolu » : la ministre Marie Lefèvre dénonce la fermeture de la maternité.", "Marie Lefèvre"),
        ("« Nous irons jusqu’au bout de la procédure » : le maire Paul Girard a saisi le tribunal administratif.", "Paul Girard"),
    ] as [(String, String)])
    func theSubjectAfterAColon(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.speaker?.name == speaker)
        #expect(q?.rule == .cueAfter)
    }

    /// `l’ONG` after the colon is the organisation the text is about, not the place it acts at (`l’Élysée`, named last).
    @Test(arguments: [
        ("Greenpeace bloque un accès à l’Élysée.\n\n« La forêt brûle et le gouvernement ne fait rien » : l’ONG a rappelé le président à ses promesses.", "Greenpeace"),
        ("Oxfam manifeste devant le ministère des Finances. « Les plus riches ne paient presque rien », dénonce l’ONG.", "Oxfam"),
    ] as [(String, String)])
    func anOrganisationNounAfterTheColon(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.rule == .cueAfter)
        #expect(q?.speaker?.name == speaker)
    }

    /// A thing opening the clause after the colon says nothing.
    @Test func notAThingAfterTheColon() {
        let q = SieveTestSupport.quotes("« Un tournant pour la région tout entière » : la décision a été prise lundi soir.").first
        #expect(q?.speaker?.name == nil)
    }

    /// Impersonal `on` with a source complement: the organisation or person it names, else no one named — never the
    /// bare noun, a capitalised `Premier`, or the person named last.
    @Test(arguments: [
        ("Le joueur Karim Benali a été blessé samedi. « Il sera absent trois semaines », précise-t-on au club.", nil),
        ("Le maire Jean Valmont a signé le permis. « Le chantier commencera en mars », indique-t-on à la mairie.", nil),
        ("Le préfet Marc Durand est arrivé sur place. « La situation est sous contrôle », indique-t-on à la préfecture du Rhône.", "préfecture du Rhône"),
    ] as [(String, String?)])
    func impersonalOnWithASource(_ text: String, _ speaker: String?) {
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.speaker?.name == speaker)
        #expect(q?.rule == .cueAfter)
    }

    /// `dans l’entourage du Premier ministre` is read as the role now (no name `Premier`), but stage 2 gives it to the
    /// minister named before, whose office is another.
    @Test func theEntourageOfAnUnnamedOffice() {
        let q = SieveTestSupport.quotes("Le ministre Paul Girard a démissionné. « Il était usé par la fonction », glisse-t-on dans l’entourage du Premier ministre.").last
        #expect(q?.speaker?.name != "Premier")
        withKnownIssue("a role with a capitalised qualifier (Premier ministre) still matches a plain ministre") {
            #expect(q?.speaker?.name == nil)
        }
    }
}

/// `jugée « … » par les syndicats`: a past participle before the quote, `par` after it: the agent said the words; an
/// unnamed group stays unnamed, never the speaker before.
@Suite struct PassiveAgentTests {
    @Test(arguments: [
        "« La grève est un succès », a prédit le politologue Marc Vidal. Au cœur du conflit, une offre jugée « insuffisante et inacceptable » par les syndicats, qui ont quitté la table.",
        "« La grève est un succès », a prédit le politologue Marc Vidal. Le plan, qualifié de « pure provocation patronale » par les grévistes, sera revu.",
        "« La grève est un succès », a prédit le politologue Marc Vidal. La réforme, décrite comme « brutale et injuste » par plusieurs élus, passe mardi.",
    ])
    func anUnnamedAgent(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes.last?.speaker?.name == nil)
    }

    @Test func aNamedAgent() {
        let text = "« La grève est un succès », a prédit le politologue Marc Vidal. Le projet a été qualifié de « pure provocation électorale » par la ministre Anne Roux."
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Anne Roux")
    }

    /// `se dit « sidéré et choqué » par la conférence`: a feeling's cause, the subject speaks.
    @Test func aFeelingsCauseIsNoAgent() {
        let text = "Les avocats protestent. Paul Girard se dit « sidéré et choqué » par la conférence de presse donnée par le procureur."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Paul Girard")
    }
}
