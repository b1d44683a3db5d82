import Testing
@testable import FrenchText

/// A definite description opening a sentence right after a person is named (`Paul Mercier est arrivé tendu. Le
/// sélectionneur a regretté l’absence de Thomas Girard.`) is a subject mention of that person
/// (ParticipantModelBuilder+Unnamed, `describedNamedPerson`): a later `il` means Paul Mercier, not the man named in the
/// description's sentence.
@Suite struct DescriptionSubjectMentionTests {
    @Test(arguments: [
        ("Paul Mercier est arrivé tendu à la conférence de presse. Le sélectionneur a regretté l’absence de Thomas Girard, "
            + "blessé à la cheville. « Je n’ai pas envie de revenir là-dessus, a-t-il déclaré. Nous ferons sans lui. »",
         "Paul Mercier"),
        ("Interrogée sur le budget, Claire Fontaine a paru agacée. La ministre a défendu son texte face à Sophie Renard, "
            + "rapporteuse de la commission. « Ce budget est responsable et nous le tiendrons », a-t-elle ajouté.",
         "Claire Fontaine"),
        ("Julien Roche a quitté la salle sans un mot. L’avocat a ensuite croisé Marc Lenoir dans le couloir du palais. "
            + "« Mon client n’a rien à se reprocher », a-t-il lâché.",
         "Julien Roche"),
    ])
    func thePronounMeansThePersonTheDescriptionRenames(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    @Test func theDescriptionIsASubjectMentionOfThePersonNamedBefore() {
        let model = SieveTestSupport.model("Paul Mercier est arrivé tendu. Le sélectionneur a regretté l’absence de Thomas Girard.")
        let mentions = model.participant(named: "Paul Mercier")?.mentions ?? []
        #expect(mentions.count == 2)
        #expect(mentions.last?.text == "Le sélectionneur")
        #expect(mentions.last?.isSubject == true)
        #expect(model.participant(named: "Thomas Girard")?.mentions.count == 1)
    }

    @Test func aDescriptionOfAnotherGenderRenamesNoOne() {
        let model = SieveTestSupport.model("Paul Mercier est arrivé tendu. La ministre a regretté l’absence de Thomas Girard.")
        #expect(model.participant(named: "Paul Mercier")?.mentions.count == 1)
    }

    /// `recrue` (a sports rookie) and `ministre-président` (a Belgian regional head) are role nouns: a description with them
    /// re-names the person named just before.
    @Test(arguments: [
        ("Lucas Girard a inscrit deux buts samedi. La recrue s’est dite heureuse d’être entourée de joueurs comme Tom Vidal. "
            + "« Ça fait du bien de marquer, tout le groupe m’aide beaucoup. »", "Lucas Girard"),
    ])
    func newRoleNouns(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    @Test func ministrePresidentIsARoleNoun() {
        #expect(ParticipantLexicon.shared.roleNoun("ministre-président")?.lemma == "ministre-président")
        #expect(ParticipantLexicon.shared.roleNoun("recrue")?.lemma == "recrue")
    }
}
