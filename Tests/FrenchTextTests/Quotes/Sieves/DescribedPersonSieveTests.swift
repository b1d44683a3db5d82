import Testing
@testable import FrenchText

/// A definite description nobody in the text holds goes to the nearest person named before with no role yet.
@Suite struct DescribedPersonSieveTests {
    @Test(arguments: [
        ("Une critique peu appréciée par Julien Marchetti, formé au club. « Je ne comprends pas ces propos », a répondu le joueur des Girondins.",
         "Julien Marchetti"),
        ("Paul Kaboré a lancé un appel solennel vendredi.\n\nCette initiative intervient après la suspension de son parti.\n\n"
            + "Le pays a besoin d’un « dialogue sincère et ouvert à tous », a déclaré le président du RDP.", "Paul Kaboré"),
        ("Avant le match, Marc Delvaux était serein. « On sait ce qu’on doit faire », nuance-t-il.\n\n"
            + "« Après un changement d’entraîneur, on ne sait jamais vraiment », poursuit l’entraîneur namurois.", "Marc Delvaux"),
        ("La carrière de Me Patrick Lemaire s’achève. L’avocat niçois ne plaidera plus. « Cette affaire aurait dû être ma dernière », "
            + "confie l’avocat.", "Patrick Lemaire"),
    ])
    func theNearestPersonWithNoRole(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    /// Someone already given another role is not the one described.
    @Test func notAPersonWithAnotherRole() {
        let text = "Claire Dubois, journaliste à Lyon, a posé la question. « Nous étudions le dossier », a répondu le directeur de la Métropole."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == nil)
    }

    /// An office named in full describes no one met paragraphs back among other people.
    @Test func notAFarPersonAmongOthers() {
        let text = "Ali Konaté a été arrêté à Bamako. Ses proches sont sans nouvelles.\n\nMoussa Traoré, son avocat, dénonce une détention arbitraire.\n\n"
            + "Le parquet n’a pas réagi.\n\nLe ministre de la Justice du Mali affirme que « la procédure suit son cours normal »."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == nil)
    }

    /// A name inside the mention is the speaker.
    @Test func aNameInsideTheMentionWins() {
        let text = "Paul Henry a ouvert la séance. « Le plan reste flou », a dénoncé la cheffe de l’opposition, Marie Lenoir."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Marie Lenoir")
    }

    /// A description standing alone with nobody named before it stays unnamed.
    @Test func nobodyNamedBefore() {
        let text = "La séance a été houleuse. « Nous ne céderons pas », a lancé le maire de Vierzon."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == nil)
    }
}

/// The speaker after a cue, past the source the words were given to (`auprès de l’AFP`, `au Parisien`).
@Suite struct SpeakerAfterSourceTests {
    @Test(arguments: [
        ("Le site fermera fin mai. « Les ouvriers ont été informés ce matin », a réagi auprès de l’AFP Franck Bizet, délégué CGT.", "Franck Bizet"),
        ("La grève continue. « Nous avons été trahis par la direction », a confié au Parisien Marie Lenoir, déléguée syndicale.", "Marie Lenoir"),
        ("La grève continue. « Nous ne lâcherons rien cette fois », a déclaré à l’AFP Sophie Binet.", "Sophie Binet"),
    ])
    func theSpeakerAfterTheSource(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == speaker)
        #expect(q?.rule == .cueAfter)
    }

    /// `a laissé tomber X`: a light verb with its infinitive is a cue.
    @Test(arguments: ["« C’est une stratégie politique connue », a laissé tomber M. Labelle.",
                      "« On est habitués à ce genre de choses », laisse tomber Paul Girard."])
    func laisserTomber(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .cueAfter)
        #expect(q?.speaker != nil)
    }
}
