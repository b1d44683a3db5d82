import Testing
@testable import FrenchText

@Suite struct SalientSpeakerSieveTests {
    @Test func lastPersonNamedInTheSentenceBefore() {
        let text = "Ce matin, alors que les négociations semblent proches d'aboutir, la présidente de la Fédération bruxelloise du PS, Laurette Onkelinx, a tenu des propos clairs. \"Je suis vraiment choquée par ce comportement\""
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == "Laurette Onkelinx")
        // A guess: its confidence is the share of right speakers the last resort had on annotated news, below a
        // speaker named by the cue's own sentence.
        let named = SieveTestSupport.quotes("« Je suis vraiment choquée par ce comportement », a déclaré Laurette Onkelinx.").first
        #expect((q?.confidence ?? 1) < (named?.confidence ?? 0))
        // (with the speaker ranker on, the confidence is its probability instead)
        if !SpeakerRanker.isEnabled, let c = ConfidenceCalibration.shared.confidence(rule: "salient-speaker", path: "salient-speaker") { #expect(q?.confidence == c) }
    }

    @Test func noPersonNoSpeaker() {
        #expect(SieveTestSupport.quotes("« Nous ne paierons pas pour leur crise », pouvait-on lire sur les pancartes.").first?.speaker?.name == nil)
    }
}

/// A quote in a line announcing another article (`• À lire aussi : … : « … »`, `Lire aussi`, `À voir aussi`) is that
/// article's headline: no salient-speaker guess gives it to the person the page is about.
@Suite struct RelatedArticleLineTests {
    @Test(arguments: [
        "La maire Sophie Roux a présenté le budget de la ville mardi soir.\n\n• À lire aussi : Budget municipal de Lunel : « Nous ne "
            + "pouvons plus reporter les travaux de rénovation des écoles »\n\nLe conseil municipal votera le texte en décembre.",
        "Le député Marc Olivier a défendu la réforme devant ses électeurs.\n\nLire aussi : Réforme des retraites à l’Assemblée : "
            + "« Cette réforme est injuste pour les femmes qui ont eu des carrières hachées »",
        "Le député Marc Olivier a défendu la réforme devant ses électeurs.\n\nÀ voir aussi : Réforme des retraites à l’Assemblée : "
            + "« Cette réforme est injuste pour les femmes qui ont eu des carrières hachées »",
    ])
    func noGuessForATeaser(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q != nil)
        #expect(q?.speaker?.name == nil)
    }
}

/// `L’article 12 du règlement prévoit que « … »`: the words of a legal text, nobody's; no salient guess.
@Suite struct LegalTextQuoteTests {
    @Test(arguments: [
        "Le maire Paul Girard veut nommer un sixième adjoint. L’article 12 de la Charte de la Ville prévoit que « le nombre total d’adjoints ne peut dépasser cinq ».",
        "Le maire Paul Girard veut nommer un sixième adjoint. Le règlement intérieur précise que « le nombre total d’adjoints ne peut dépasser cinq ».",
        "Le maire Paul Girard veut nommer un sixième adjoint. La loi dispose que « le nombre total d’adjoints ne peut dépasser cinq ».",
    ])
    func aLegalTextSpeaksForNoOne(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q != nil)
        #expect(q?.speaker?.name == nil)
    }
}
