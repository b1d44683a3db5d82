import Testing
@testable import FrenchText

@Suite struct ColonIntroductionSieveTests {
    @Test(arguments: [
        "Le préfet Marc Dubreuil a déclaré : « Nous fermerons la route demain matin. »",
        "Marc Dubreuil, préfet de la Somme, a prévenu les habitants : « Nous fermerons la route demain matin. »",
    ])
    func cueVerbBeforeTheColon(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .colonIntro)
        #expect(q?.speaker?.name == "Marc Dubreuil")
    }

    @Test func nameAloneBeforeTheColon() {
        let q = SieveTestSupport.quotes("Marc Dubreuil : « Nous fermerons la route demain matin. »").first
        #expect(q?.rule == .colonName)
        #expect(q?.speaker?.name == "Marc Dubreuil")
    }

    @Test func speechNounOrChezBeforeTheColon() {
        let q = SieveTestSupport.quotes("Même constat chez Hélène Marchand, directrice de l’école : « Les enfants sont fatigués. »").first
        #expect(q?.rule == .colonChez)
        #expect(q?.speaker?.name == "Hélène Marchand")
    }

    @Test func subjectOfAVerblessIntroduction() {
        let q = SieveTestSupport.quotes("Hélène Marchand est plus optimiste : « Les enfants vont vite s’adapter. »").first
        #expect(q?.rule == .colonSubject)
        #expect(q?.speaker?.name == "Hélène Marchand")
    }
}

/// A heading `Place : « … »` names where, not who: the quote stays without a speaker unless the text names one.
@Suite struct ColonIntroductionPlaceTests {
    @Test(arguments: [
        "Marseille : « Nous ne partirons pas »\n\nLes locataires de la rue d’Aubagne refusent de quitter leur immeuble.",
        "Toulouse : « La ligne ne fermera jamais »\n\nLes usagers du train de nuit se sont réunis samedi devant la gare.",
        "Bordeaux : « On veut juste être entendus »\n\nPlusieurs centaines de parents ont défilé mercredi dans le centre.",
    ])
    func placeHeadingIsNoSpeaker(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q != nil)
        #expect(q?.rule != .colonName)
        #expect(q?.speaker?.name == nil)
    }

    @Test func personHeadingStillSpeaks() {
        let q = SieveTestSupport.quotes("Sophie Lambert : « L’eau deviendra un bien rare »\n\nLa directrice de l’institut alerte.").first
        #expect(q?.rule == .colonName)
        #expect(q?.speaker?.name == "Sophie Lambert")
    }
}

/// `La trêve a permis de s’adapter : « … »`: a thing opening the sentence is no speaker; the quote carries on from the
/// speaker before. A person noun there still speaks (`Le prévenu s’est exprimé : « … »`).
@Suite struct ColonThingSubjectTests {
    @Test(arguments: [
        "« On ne sait jamais ce qui peut arriver », nuance Marc Delvaux.\n\nLa trêve a en tout cas permis de s’adapter : « Nous sommes prêts à plusieurs scénarios. »",
        "« Le groupe a beaucoup travaillé cet été », explique Marc Delvaux.\n\nLe stage a été utile : « Nous avons trouvé un équilibre entre les lignes. »",
    ])
    func aThingIsNoSpeaker(_ text: String) {
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.rule != .colonSubject)
        #expect(q?.speaker?.name == "Marc Delvaux")
    }

    @Test(arguments: ["Le prévenu a gardé la tête basse jusqu’au bout : « Je demande pardon aux familles. »",
                      "La plaignante est restée digne : « Je voulais seulement être entendue. »"])
    func aPersonNounSpeaks(_ text: String) {
        #expect(SieveTestSupport.quotes(text).first?.rule == .colonSubject)
    }

    /// A subject with a parenthesis (a party, an age) between it and its verb: `X (MR) évoque … : « … »`.
    @Test(arguments: [
        "Gaëtan Verhoeven, président du conseil communal d’Anderlecht (MR), évoque l’urgence de la situation : « Il faut répondre à l’urgence. »",
        "Gaëtan Verhoeven (MR) évoque l’urgence de la situation : « Il faut répondre à l’urgence. »",
        "Gaëtan Verhoeven (54 ans), conseiller communal, rappelle les enjeux du chantier : « Il faut répondre à l’urgence. »",
    ])
    func aSubjectBeforeAParenthesis(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == "Gaëtan Verhoeven")
        #expect(q?.rule == .colonIntro)
    }

    /// `La suite est, elle, inédite : « … »`: a pronoun between commas doubles a subject that is a thing; no speaker.
    @Test(arguments: [
        "Mais la suite est, elle, jamais vue : « Ces dispositions s’appliqueront à tous les candidats dissidents. »",
        "La réponse du texte est, elle, sans appel : « Ces dispositions s’appliqueront à tous les candidats dissidents. »",
    ])
    func aDoublingPronounIsNoSpeaker(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.mention != "elle")
    }
}
