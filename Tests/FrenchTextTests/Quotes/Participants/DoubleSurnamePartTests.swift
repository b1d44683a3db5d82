import Testing
@testable import FrenchText

/// One part of a double surname (`M. Lévy` for `Pierre Lévy-Bruhl`, a broken `Mme Roche- Vidal`) names that person
/// (ParticipantModel.participant(named:), Participant.hasSurnamePart).
@Suite struct DoubleSurnamePartTests {
    @Test(arguments: [
        ("La sénatrice Odile Roche-Vidal a inauguré la nouvelle école. « Ce bâtiment était attendu depuis dix ans », "
            + "a souligné Mme Roche- Vidal.", "Odile Roche-Vidal"),
        ("Le ministre Pierre Lévy-Bruhl a présenté le plan. « Le calendrier sera tenu », a précisé M. Lévy.", "Pierre Lévy-Bruhl"),
        ("La députée Anne Martin-Leroy défend le texte. « Nous irons au bout de la réforme », a insisté Mme Martin.",
         "Anne Martin-Leroy"),
    ])
    func aSurnamePartIsThePerson(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    /// A first name inside a hyphenated first name is not a surname part.
    @Test func notAFirstNamePart() {
        let model = SieveTestSupport.model("Jean-Pierre Dumas a pris la parole.")
        #expect(model.participant(named: "Pierre") == nil)
    }
}
