import Testing
@testable import FrenchText

@Suite struct TitleSurnameSieveTests {
    @Test(arguments: [
        ("Le maire de Montréal, M. Denis Coderre, a salué l’entente. « C’est une excellente nouvelle pour la ville », a déclaré M. Coderre.", "Denis Coderre"),
        ("La ministre Pascale Déry a répondu aux questions. « Nous allons étudier la demande », a assuré la ministre Déry.", "Pascale Déry"),
        ("Régis Labeaume a pris la parole samedi. « Les Plaines appartiennent à tout le monde », a ajouté le maire Labeaume.", "Régis Labeaume"),
    ])
    func titledSurnameGoesToTheFullName(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }

    @Test func aTitleOfTheOtherGenderDoesNotMatch() {
        let m = SieveTestSupport.model("Claire Martin et Paul Martin ont parlé. Mme Martin a insisté.")
        #expect(m.participant(named: "Claire Martin") != nil)
        #expect(m.participants.contains { $0.name == "Paul Martin" })
    }
}
