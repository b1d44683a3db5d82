import Testing
@testable import FrenchText

@Suite struct InciseInsideSieveTests {
    @Test(arguments: [
        "« Nous avons tout essayé, a souligné Marc Dubreuil, mais la route restera fermée tout l’hiver. »",
        "« Les habitants sont inquiets, confie Marc Dubreuil au journal local, et nous les comprenons très bien. »",
    ])
    func inciseWithACueNamesBothParts(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        for q in quotes {
            #expect(q.rule == .inciseInside)
            #expect(q.speaker?.name == "Marc Dubreuil")
        }
    }

    @Test func selonInsideTheMarks() {
        let text = "Marc Dubreuil dirige la régie depuis 2019. « Le chantier, selon lui, prendra encore deux bonnes années. »"
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.allSatisfy { $0.rule == .inciseInside })
        #expect(quotes.first?.speaker?.name == "Marc Dubreuil")
    }
}

/// A role whose complement ends with an acronym or a party in brackets, then the apposed name.
@Suite struct InciseBracketApposedNameTests {
    @Test(arguments: [
        "« Nous ne reculerons pas, poursuit la présidente du Conseil central de Lyon (CCL-CGT), Dominique Perrin. Le syndicat tiendra bon. »",
        "« Nous ne reculerons pas, affirme le secrétaire de la Fédération des mines (FDM), Dominique Perrin. Le syndicat tiendra bon. »",
        "« Nous ne reculerons pas, lance la porte-parole du groupe écologiste (EELV), Dominique Perrin. Le syndicat tiendra bon. »",
    ])
    func theNameAfterTheBracketSpeaksBothParts(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.speaker?.name == "Dominique Perrin" && $0.rule == .inciseInside })
    }

    @Test func afterTheQuoteToo() {
        let q = SieveTestSupport.quotes("« Nous ne reculerons pas », a déclaré la présidente du Conseil central de Lyon (CCL-CGT), Dominique Perrin.").first
        #expect(q?.speaker?.name == "Dominique Perrin")
    }

    /// Object pronouns between the incise's comma and its verb (`, nous confie-t-il.`, `, lui demande-t-elle.`).
    @Test(arguments: [
        "La présidente Anne Foidart s’adresse au prévenu. « Donnez-moi un peu d’espoir, lui demande-t-elle. Il faut que vous réagissiez ! »",
        "La présidente Anne Foidart nous reçoit dans son bureau. « Nous avons tout essayé, nous confie-t-elle. Rien n’a marché jusqu’ici. »",
        "La présidente Anne Foidart a appelé la rédaction. « Le dossier est clos, m’explique-t-elle, et il ne rouvrira pas. »",
    ])
    func objectPronounsBeforeTheIncise(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.rule == .inciseInside && $0.speaker?.name == "Anne Foidart" })
    }

    /// Two incises inside one pair of marks cut the quote in three; every part is the speaker's.
    @Test(arguments: [
        "« Je ne conteste pas, explique le prévenu Marc Lenoir. J’ai vu qu’il n’y avait personne. Un coup de folie, explique-t-il. Je voulais récupérer mon chien. »",
        "« Nous avons tout essayé, confie la maire Anne Girard. Rien n’a marché jusqu’ici. Nous attendons l’État, ajoute-t-elle, et il ne vient pas. »",
        "« Le chantier prendra deux ans, a précisé Paul Roux. Les riverains seront informés, a-t-il ajouté. La circulation restera possible. »",
    ])
    func twoIncisesCutThreeParts(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 3)
        #expect(quotes.allSatisfy { $0.rule == .inciseInside && $0.speaker?.name != nil })
        #expect(Set(quotes.compactMap { $0.speaker?.name }).count == 1)
    }
}

/// A bracket after the incise's speaker (a party, a list, an age) still closes the incise.
@Suite struct InciseBracketAfterNameTests {
    @Test(arguments: [
        "« Le chantier avance bien, assure Paul Morin (PS), mais le budget reste serré. »",
        "« Le chantier avance bien, assure Paul Morin (54 ans). Le budget reste serré. »",
        "\"Les riverains attendent une réponse , explique le bourgmestre Paul Morin (Liste du Maïeur). Rien n’est encore décidé.\"",
    ])
    func bothPartsTakeTheName(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.speaker?.name == "Paul Morin" && $0.rule == .inciseInside })
    }

    @Test func aLongBracketIsNoIncise() {
        // (more than a short label inside the bracket: the sentence goes on, no split)
        let text = "« Le chantier avance bien, assure Paul Morin (qui préside la commission des travaux depuis trois ans et demi) mais le budget reste serré. »"
        #expect(SieveTestSupport.quotes(text).count == 1)
    }
}
