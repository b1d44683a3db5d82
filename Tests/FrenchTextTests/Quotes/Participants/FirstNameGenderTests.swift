import Testing
@testable import FrenchText

/// `Yacine Fall a répondu… La ministre a rappelé…`: a gendered description re-names the person the first-name lexicon
/// alone gave the other gender (``ParticipantModelBuilder/describedOverFirstName(before:sentence:paragraph:gender:role:)``),
/// and a later `elle` follows; a gender the text states, or a name after `de`, still rules the person out.
@Suite struct FirstNameGenderTests {
    @Test(arguments: [
        ("Yacine Ndiaye a reçu les journalistes mardi à Dakar. La présidente a rappelé que le budget était voté. "
            + "« Nous tiendrons tous nos engagements envers les familles », a-t-elle conclu.", "Yacine Ndiaye"),
        ("Yacine Diallo a présenté son plan lundi devant le conseil. La directrice a expliqué que les travaux dureraient deux ans. "
            + "« Le chantier commencera dès le mois de mars prochain », a précisé la directrice.", "Yacine Diallo"),
        ("« Nous respectons tous nos voisins », a dit Yacine Sarr à la radio. La ministre a répondu ensuite aux questions des auditeurs. "
            + "La région est « un espace que nous devons protéger ensemble », a-t-elle ajouté.", "Yacine Sarr"),
    ])
    func theDescriptionRenamesHer(_ text: String, _ speaker: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(!quotes.isEmpty)
        #expect(quotes.allSatisfy { $0.speaker?.name == speaker })
        #expect(SieveTestSupport.model(text).participant(named: speaker)?.gender == .female)
    }

    @Test func aStatedGenderStillRulesOut() {
        let text = "M. Yacine Ndiaye a reçu les journalistes mardi à Dakar. La présidente a rappelé que le budget était voté. "
            + "« Nous tiendrons tous nos engagements envers les familles », a-t-elle conclu."
        #expect(SieveTestSupport.quotes(text).allSatisfy { $0.speaker?.name != "Yacine Ndiaye" })
    }

    @Test func aNameAfterDeIsNotTheOneDescribed() {
        let text = "Le frère de Yacine Ndiaye a été entendu lundi par les enquêteurs. La juge a rappelé que l’enquête restait ouverte. "
            + "« Aucune piste n’est écartée à ce stade de la procédure », a-t-elle déclaré."
        #expect(SieveTestSupport.quotes(text).allSatisfy { $0.speaker?.name != "Yacine Ndiaye" })
    }
}
