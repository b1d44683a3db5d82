import Testing
@testable import FrenchText

/// `Mais selon le coach, « … »`: a coordinating conjunction opening the sentence does not hide the `selon` clause
/// (``SelonSieve``, `quote_clause_conjunctions.txt`).
@Suite struct SelonAfterConjunctionTests {
    @Test(arguments: [
        "Otto Keller, le coach de l’équipe nationale, a répondu aux journalistes hier soir. Les joueurs de l’équipe A ont gagné le match d’entraînement face aux remplaçants. "
            + "Mais selon le coach, « il n’y a pas d’équipe A ou B dans ce groupe ».",
        "Otto Keller, le coach de l’équipe nationale, a répondu aux journalistes hier soir. Les joueurs ont beaucoup couru pendant la séance. "
            + "Et selon Otto Keller, « personne n’est assuré de sa place pour la finale ».",
        "Otto Keller, le coach de l’équipe nationale, a répondu aux journalistes hier soir. La presse parle d’une crise dans le vestiaire. "
            + "Or selon le coach allemand, « le groupe n’a jamais été aussi uni depuis mon arrivée ».",
    ])
    func theClauseAfterTheConjunctionNamesTheSpeaker(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .selon)
        #expect(q?.speaker?.name == "Otto Keller")
    }

    @Test func aWordThatIsNoConjunctionStillHidesIt() {
        let q = SieveTestSupport.quotes("Hier soir, les joueurs ont couru. Ensuite selon le coach, « personne n’est assuré de sa place ».").first
        #expect(q?.rule != .selon)
    }
}
