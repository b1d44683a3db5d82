import Testing
@testable import FrenchText

/// One office named in several ways (`chef du gouvernement` / `premier ministre`), tied to a country by a demonym or a
/// place name (`tunisien` / `de la Tunisie`): the stage-2 `role` sieve gives the mention to the holder of that office.
@Suite struct RoleOfficeTests {
    @Test(arguments: [
        (["premier", "ministre", "de", "la", "tunisie"], "premier ministre"),
        (["chef", "du", "gouvernement", "marocain"], "premier ministre"),
        (["chef", "de", "la", "diplomatie", "belge"], "ministre des affaires étrangères"),
        (["chef", "de", "l'", "état"], "président de la république"),
    ])
    func theOfficeARoleNames(_ words: [String], _ office: String) {
        #expect(RoleOffice.office(of: words) == office)
    }

    @Test func aRoleNamingNoKnownOfficeHasNone() {
        #expect(RoleOffice.office(of: ["chef", "de", "chantier"]) == nil)
        #expect(RoleOffice.office(of: ["ministre", "de", "la", "santé"]) == nil)
    }

    @Test(arguments: [
        (["premier", "ministre", "de", "la", "tunisie"], ["tunisien"]),
        (["chef", "du", "gouvernement", "tunisien"], ["tunisien"]),
        (["présidente", "du", "burkina", "faso"], ["burkinabè"]),
        (["ambassadeur", "de", "côte", "d'ivoire", "au", "mali"], ["ivoirien", "malien"]),
        (["ministre", "de", "la", "santé"], []),
    ])
    func thePlacesARoleIsTiedTo(_ words: [String], _ places: [String]) {
        #expect(RoleOffice.places(in: words) == Set(places))
    }

    @Test(arguments: [
        ("Le chef du gouvernement tunisien Karim Haddad a reçu le chef du gouvernement marocain Driss Alaoui. "
            + "Le premier ministre de la Tunisie a souligné la « nécessité de relancer le commerce entre nos deux pays ».", "Karim Haddad"),
        ("Le chef du gouvernement tunisien Karim Haddad a reçu le chef du gouvernement marocain Driss Alaoui. "
            + "Le premier ministre du Maroc a salué « une visite utile pour nos deux peuples ».", "Driss Alaoui"),
        ("La cheffe de la diplomatie belge, Hélène Marchal, a rencontré son homologue français Luc Perrin à Namur. "
            + "« Nous avons parlé franchement de la frontière », a déclaré la ministre belge des Affaires étrangères.", "Hélène Marchal"),
        ("Le premier ministre sénégalais Amadou Fall a rejoint le président ivoirien Paul Koné à Abidjan. "
            + "« Le dialogue avance bien », a assuré le chef du gouvernement du Sénégal.", "Amadou Fall"),
    ])
    func theHolderOfTheOfficeOfThatCountrySpeaks(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    @Test func theParticipantModelStatesTheRoleBeforeADemonymAdjective() {
        let text = "Le chef du gouvernement tunisien Karim Haddad est arrivé à Rabat."
        let model = SieveTestSupport.model(text)
        let p = model.participant(named: "Karim Haddad")
        #expect(p?.roles == ["chef du gouvernement tunisien"])
        #expect(p?.nationality == "tunisien")
    }
}

/// A plural subject pronoun (`indiquent-ils`) never names one person: an organisation opening the sentence or the one
/// before, else no speaker.
@Suite struct PluralPronounTests {
    @Test(arguments: [
        "Paul Roux, délégué syndical, a parlé longuement. La direction a confirmé la fermeture. « Nous voulons un dialogue apaisé », indiquent-ils.",
        "Marie Lenoir a quitté la réunion. Les représentants du personnel sont restés. « Nous ne signerons rien en l’état », ont-ils prévenu.",
        "Jean Morel a voté contre. « Ce budget oublie les quartiers nord de la ville », affirment-elles ensuite.",
    ])
    func aPluralPronounIsNoOnePerson(_ text: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == nil)
    }
}

/// `de son côté`, `de leur côté` between the cue and the name are no speaker.
@Suite struct SideLocutionTests {
    @Test(arguments: [
        ("« Ce site ne fermera pas sans combat », a répété de son côté Michel Aubry, secrétaire CGT.", "Michel Aubry"),
        ("« Le calendrier est intenable », estime de son côté la maire Anne Girard.", "Anne Girard"),
        ("« Nous avons fait notre part du travail », assurent de leur côté Paul Roux et Marie Lenoir.", nil),
    ])
    func theNameAfterTheSideIsTheSpeaker(_ text: String, _ speaker: String?) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.mention.contains("côté") != true)
        if let speaker { #expect(q?.speaker?.name == speaker) }
    }
}

/// A known office nobody in the text holds re-names the person the text is about; an unknown one (`la présidente du
/// tribunal`) does not.
@Suite struct SalientOfficeHolderTests {
    @Test(arguments: [
        ("Le président de la Confédération Marc Keller a visité le CERN. Il a salué « une fenêtre ouverte sur le monde ».\n\n"
            + "Sur l’Ukraine, le ministre des Affaires étrangères ne prévoit pas de voyage : « Je ne vois pas le besoin d’y aller. »", "Marc Keller"),
        ("Paul Girard a reçu les syndicats à Matignon. « Le dialogue reprend », a-t-il dit.\n\n"
            + "Le chef du gouvernement a ensuite précisé que « rien n’est encore décidé sur les retraites ».", "Paul Girard"),
    ])
    func aKnownOfficeWithoutHolderIsTheSalientPerson(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    @Test func anUnknownOfficeStaysUnnamed() {
        let text = "L’accusé Paul Roux a parlé longuement. « Je regrette mon geste », a-t-il dit.\n\n"
            + "Le président du tribunal a rappelé que « la peine encourue est de trente ans ». "
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == nil)
    }

    @Test func notAPersonOfAnotherCountry() {
        let text = "Le ministre français Paul Girard a reçu son homologue. « Le dialogue reprend », a-t-il dit.\n\n"
            + "Le chef de la diplomatie belge a répondu que « rien n’est encore décidé sur la frontière »."
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name != "Paul Girard")
    }
}
