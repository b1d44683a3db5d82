import Testing
@testable import FrenchText

/// Where a role read back from a name stops (ParticipantModelBuilder+Context, `roleBefore`): never over `que` or `qui`
/// (`Son entraîneur estime que Paul Roux…`: the coach is someone else), and a capitalised demonym after `du` is the
/// role's complement, a club (`l’entraîneur du Canadien Marc Hébert`), not the person's nationality.
@Suite struct RoleBeforeNameBoundaryTests {
    @Test(arguments: [
        ("L’entraîneur du Canadien Marc Hébert a salué la victoire. Paul Roux a marqué deux buts.\n\n"
            + "Son entraîneur estime que Paul Roux peut encore progresser. « Il travaille plus que les autres. »", "Marc Hébert"),
        ("L’entraîneur du Nantais Luc Mercier était satisfait. Hugo Blanc a été le meilleur sur le terrain.\n\n"
            + "Son entraîneur pense que Hugo Blanc mérite une sélection. « Il a été énorme ce soir. »", "Luc Mercier"),
    ])
    func thePossessiveRoleIsTheCoachNamedBefore(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    @Test func theRoleOverAClauseIsNoRoleOfTheName() {
        let model = SieveTestSupport.model("Son entraîneur estime que Paul Roux peut encore progresser.")
        #expect(model.participant(named: "Paul Roux")?.roleLemmas.isEmpty == true)
    }

    @Test func aDemonymAfterDuIsTheRolesComplement() {
        let model = SieveTestSupport.model("L’entraîneur du Canadien Marc Hébert a salué la victoire.")
        let coach = model.participant(named: "Marc Hébert")
        #expect(coach?.roles == ["entraîneur du Canadien"])
        #expect(coach?.nationality == nil)
    }

    @Test func aDemonymRightBeforeTheNameIsStillANationality() {
        let model = SieveTestSupport.model("Le Français Marc Hébert a salué la victoire.")
        #expect(model.participant(named: "Marc Hébert")?.nationality == "français")
    }
}
