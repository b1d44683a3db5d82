import Testing
@testable import FrenchText

@Suite struct ContinuationSieveTests {
    @Test(arguments: [
        "« Nous avons tout essayé », explique Nadia Benali. Elle ajoute qu’il faudra du temps. « Rien ne sera simple. »",
        "« Nous avons tout essayé », explique Nadia Benali. La réunion a duré trois heures. « Rien ne sera simple. »",
    ])
    func nextQuoteOfTheParagraphKeepsTheSpeaker(_ text: String) {
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.rule == .continuation)
        #expect(q?.speaker?.name == "Nadia Benali")
    }
}

/// Speech reported since the last quote of the paragraph is the one a quote without cue goes on with.
@Suite struct ContinuationAfterReportedSpeechTests {
    @Test(arguments: [
        ("« Le parc est une bonne idée », lance le conseiller Paul Roux. Anne Girard explique que l’armoire servira aux "
            + "marchés. C’est-à-dire qu’elle « permettra aux foodtrucks de se brancher lors des fêtes ».", "Anne Girard"),
        ("« Nous voulons des garanties », insiste Marc Leduc. Marie Lenoir rappelle que le site a été vendu deux fois. "
            + "Pour elle, « rien ne garantit que le repreneur restera longtemps ».", "Marie Lenoir"),
    ])
    func theReportedSpeakerGoesOn(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }
}

/// A paragraph's subject who spoke only in reported speech still takes the quote after (`paragraph-subject`).
@Suite struct ParagraphSubjectAfterReportedSpeechTests {
    @Test func theSubjectWhoSuggestedSpeaks() {
        let text = "« Le parc sera bien entretenu », assure l’échevin Paul Roux.\n\n"
            + "Une armoire électrique va être installée. Le conseiller Marc Leduc suggère d’en profiter pour éclairer le parc. "
            + "« Pourquoi ne pas placer des lampadaires ? Ce serait plus sûr. »"
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Marc Leduc")
    }

    @Test func aSubjectWhoReassuresBeforeACommaSpeaks() {
        let text = "Le conseiller Marc Leduc a posé la question.\n\nL’échevin Paul Roux rassure, « il n’y a pas de moyens supplémentaires prévus »."
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Paul Roux")
    }
}
