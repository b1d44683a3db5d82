import Testing
@testable import FrenchText

/// A known office the text gives no one (`Le ministre des Affaires étrangères a ensuite affirmé…`) re-names the one
/// person the text has named so far, outside quotes (ParticipantModelBuilder+Unnamed, `soleHolder`): the journalist
/// introduced the minister by name only.
@Suite struct SoleOfficeHolderTests {
    @Test(arguments: [
        "Pour Awa Diallo, invitée de la radio nationale, le pays tient à ses voisins.\n\n« Nous travaillons avec tous les "
            + "pays de la région. »\n\nLa ministre des Affaires étrangères a ensuite affirmé qu’il fallait « garder de bonnes "
            + "relations avec chacun ».",
        "Invité dimanche sur le plateau, Moussa Keita a défendu son bilan.\n\nLe chef de la diplomatie a rappelé que « la "
            + "croissance reste solide malgré la crise ».",
    ])
    func theOfficeIsTheOnePersonNamed(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.last?.speaker?.name != nil)
        #expect(["Awa Diallo", "Moussa Keita"].contains(quotes.last?.speaker?.name ?? ""))
    }

    /// With several people named, the office re-names none of them in the model (the role sieve decides later).
    @Test func notWhenTheTextNamedSeveral() {
        let model = SieveTestSupport.model("Moussa Keita et Paul Traoré ont débattu dimanche sur le plateau.\n\n"
            + "Le Premier ministre a rappelé que la croissance reste solide.")
        #expect(model.participant(named: "Moussa Keita")?.mentions.count == 1)
    }

    @Test func notAnOfficeOfTheOtherGender() {
        let text = "Invité dimanche sur le plateau, Moussa Keita a défendu son bilan.\n\nLa Première ministre a rappelé que "
            + "« la croissance reste solide malgré la crise »."
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == nil)
    }
}
