import Testing
@testable import FrenchText

/// A role description opening the account before its holder is named, then the holder named with the same role and a
/// word of its complement in common (``ParticipantModelBuilder/holderNamedAfter(_:sentence:gender:role:)``): the
/// description and its pronouns are that person.
@Suite struct RoleHolderNamedAfterTests {
    @Test(arguments: [
        ("Le ministre de la Santé a démenti jeudi l’existence d’un cas suspect à Dakar. Il a assuré qu’aucun « patient n’était "
            + "hospitalisé à l’hôpital principal ».\nLe ministre chargé de la Santé, Moussa Diop, a ensuite appelé au calme.", "Moussa Diop"),
        ("La directrice de la Culture a annoncé la fermeture de deux musées de la ville. Elle a estimé que « la sécurité "
            + "des visiteurs passe avant tout ».\nLa directrice chargée de la Culture, Claire Morel, recevra les syndicats lundi.", "Claire Morel"),
    ])
    func theDescriptionIsTheHolderNamedAfter(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == speaker)
    }

    @Test func aRoleWithNoWordInCommonStaysUnnamed() {
        let text = "Le ministre de la Santé a démenti jeudi l’existence d’un cas suspect à Dakar. Il a assuré qu’aucun « patient n’était "
            + "hospitalisé à l’hôpital principal ».\nLe ministre de l’Intérieur, Moussa Diop, a ensuite appelé au calme."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == nil)
    }
}
