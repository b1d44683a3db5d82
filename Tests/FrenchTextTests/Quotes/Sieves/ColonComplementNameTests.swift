import Testing
@testable import FrenchText

/// `Nom, rôle de X : « … »`: the name before the colon is the role's complement (a portfolio, an institution) or the
/// object of a verb, so the quote goes to the person the line opens with, not to `X` (``ColonComplementName``).
@Suite struct ColonComplementNameTests {
    @Test(arguments: [
        ("Marie Dubois, nouvelle ministre de la Santé : « Je suis très heureuse de ce nouveau poste. »", "Marie Dubois"),
        ("Paul Martin, ancien directeur de l’Hôpital Nord : « Nous avons fait ce que nous pouvions avec peu. »", "Paul Martin"),
        ("Chantal Roy, présidente du Conseil scolaire : « Les écoles rouvriront lundi matin comme prévu. »", "Chantal Roy"),
        ("Le nouveau ministre des Finances, Luc Girard, qui quitte la Culture : « Je garde un beau souvenir de ces années. »", "Luc Girard"),
    ])
    func theLineOpensWithTheSpeaker(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == speaker)
    }

    @Test(arguments: [
        "Jean Tremblay : « Nous avons toujours défendu les familles de la région. »",
        "Le maire de Lunel, Pierre Vidal : « Nous avons toujours défendu les familles de la région. »",
    ])
    func aNameOwningTheLineStillSpeaks(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .colonName)
        #expect(q?.speaker?.name == "Jean Tremblay" || q?.speaker?.name == "Pierre Vidal")
    }

    @Test func theReactionOfSomeoneIsStillRead() {
        let q = SieveTestSupport.quotes("Réaction de Fatou Sarr, la porte-parole du collectif : « Nous irons jusqu’au bout. »").first
        #expect(q?.speaker?.name == "Fatou Sarr")
    }
}
