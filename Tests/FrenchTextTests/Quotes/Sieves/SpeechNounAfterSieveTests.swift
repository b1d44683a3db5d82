import Testing
@testable import FrenchText

@Suite struct SpeechNounAfterSieveTests {
    @Test(arguments: [
        ("« Nous avons perdu deux ans à cause des recours. » C’est le constat formulé par Jean Morel, maire de Vierzon.", "Jean Morel"),
        ("« La sécurité passe avant tout. » Tel est l’avis partagé par Claire Dumas, présidente des riverains.", "Claire Dumas"),
        ("« Les délais seront tenus », c’est la promesse exprimée par Paul Renard, directeur des travaux.", "Paul Renard"),
        ("« Il faut aller plus vite. » Ce sont les mots de Karim Haddad, président de l’association.", "Karim Haddad"),
        ("« Personne ne sera oublié », tel est le message du maire de Lyon, Grégory Doucet.", "Grégory Doucet"),
        ("« Personne ne sera oublié. » C’est le cri d’alarme lancé par Nadia Khelifi, infirmière.", "Nadia Khelifi"),
    ])
    func agentOfTheNounOfSpeech(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .speechNounAfter)
        #expect(q?.speaker?.name == speaker)
    }

    @Test(arguments: [
        "« Chaque rue aura sa piste d’ici 2030. » C’est ce qu’affirme Hélène Roux, adjointe aux mobilités.",
        "« Chaque rue aura sa piste d’ici 2030 », c’est ce qu’a déclaré Hélène Roux devant le conseil.",
        "Hélène Roux présentait le plan. « Chaque rue aura sa piste d’ici 2030. » C’est ce qu’elle a répété aux élus.",
    ])
    func cueAfterCeQue(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .speechNounAfter)
        #expect(q?.speaker?.name == "Hélène Roux")
    }

    /// The next quote's pronoun goes to the agent just named.
    @Test func theNextIncisePronounGoesToTheAgent() {
        let text = "Marie Lenoir est arrivée plus tard. « La sécurité passe avant tout. » Tel est l’avis partagé par Claire Dumas, "
            + "présidente des riverains. « Personne ne veut d’un accident », ajoute-t-elle."
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.map { $0.speaker?.name } == ["Claire Dumas", "Claire Dumas"])
    }

    @Test(arguments: [
        ("« Nous irons au tribunal. » La réponse de l’association Vélo Cité ne s’est pas fait attendre.", "association Vélo Cité"),
        ("« Nous avons été entendus. » Ce sont là les premiers mots de Karim Haddad après le vote.", "Karim Haddad"),
        ("« Nous irons au tribunal. » La réaction de Lucie Perrin, conseillère d’opposition, a été immédiate.", "Lucie Perrin"),
    ])
    func nounOfSpeechOpeningTheNextSentence(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .speechNounAfter)
        #expect(q?.speaker?.name == speaker)
    }

    /// A place is no speaker: `La réaction de Paris` is the city's government at most, not a person quoted.
    @Test func aPlaceIsNoSpeaker() {
        let q = SieveTestSupport.quotes("« Nous irons au tribunal. » La réaction de Marseille a été immédiate.").first
        #expect(q?.rule != .speechNounAfter)
    }

    /// A presentative without a noun of speech names no one (`C’est la ville de Jean Morel`).
    @Test func notANounOfSpeech() {
        let q = SieveTestSupport.quotes("« Nous avons perdu deux ans à cause des recours. » C’est la ville natale de Jean Morel.").first
        #expect(q?.rule != .speechNounAfter)
    }
}
