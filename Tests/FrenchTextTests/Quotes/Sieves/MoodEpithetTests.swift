import Testing
@testable import FrenchText

/// `a déclaré un président ravi`: an indefinite role noun with an adjective of mood names the one person the text gave
/// that role before (``MoodEpithet``); with an adjective of another kind, or no holder, it stays unnamed.
@Suite struct MoodEpithetTests {
    @Test(arguments: [
        ("Le club a obtenu sa montée samedi, à la grande joie de son président, Marc Vidal.\n\n"
            + "« C’est une saison extraordinaire pour toute la ville », a déclaré un président ravi.", "Marc Vidal"),
        ("L’équipe de Nantes s’est qualifiée pour la finale grâce à un but tardif. Son entraîneuse, Claire Benoît, a longtemps douté.\n\n"
            + "« Nous avons souffert jusqu’à la dernière minute du match », a reconnu une entraîneuse soulagée.", "Claire Benoît"),
        ("Le maire de Lunel, Pierre Vidal, a inauguré la nouvelle médiathèque samedi matin.\n\n"
            + "« Ce lieu appartient désormais à tous les habitants du quartier », a lancé un maire ému devant les enfants.", "Pierre Vidal"),
    ])
    func theEpithetNamesTheRolesHolder(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == speaker)
        #expect(q?.resolution == MoodEpithet.resolution)
    }

    @Test func anAdjectiveOfKindStaysUnnamed() {
        let text = "Le syndicat a rencontré son président, Marc Vidal, lundi soir.\n\n"
            + "« Les négociations reprendront la semaine prochaine », a indiqué un président régional."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == nil)
    }

    @Test func twoHoldersMakeNoChoice() {
        let text = "Le président du club, Marc Vidal, et le président de la ligue, Paul Girard, se sont retrouvés au stade.\n\n"
            + "« C’est une saison extraordinaire pour toute la ville », a déclaré un président ravi."
        #expect(SieveTestSupport.quotes(text).first?.resolution != MoodEpithet.resolution)
    }

    @Test func theExplanationSaysSo() {
        let text = "Le club a obtenu sa montée samedi, à la grande joie de son président, Marc Vidal.\n\n"
            + "« C’est une saison extraordinaire pour toute la ville », a déclaré un président ravi."
        #expect(SieveTestSupport.quotes(text).first?.attributionExplanation().contains("adjective of mood") == true)
    }
}
