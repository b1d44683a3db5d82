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
