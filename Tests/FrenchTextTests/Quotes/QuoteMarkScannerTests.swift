import Testing
@testable import FrenchText

/// Quote spans: marks, padding spaces, nesting, straight quotes, multi-paragraph quotes, warnings.
@Suite struct QuoteMarkScannerTests {
    @Test(arguments: [
        "Il a dit « 1️⃣Nous resterons mobilisés jusqu’au bout2️⃣ » hier.",          // ordinary spaces
        "Il a dit «\u{00A0}1️⃣Nous resterons mobilisés jusqu’au bout2️⃣\u{00A0}» hier.",  // no-break spaces
        "Il a dit «\u{202F}1️⃣Nous resterons mobilisés jusqu’au bout2️⃣\u{202F}» hier.",  // narrow no-break spaces
        "Il a dit “1️⃣Nous resterons mobilisés jusqu’au bout2️⃣” hier.",
        "Il a dit \"1️⃣Nous resterons mobilisés jusqu’au bout2️⃣\" hier.",
        "Il a dit ‹ 1️⃣Nous resterons mobilisés jusqu’au bout2️⃣ › hier.",
        "Il a dit „1️⃣Nous resterons mobilisés jusqu’au bout2️⃣“ hier.",
    ])
    func spanExcludesMarksAndPadding(_ marked: String) throws {
        let (text, at) = QuoteTestSupport.markers(marked)
        let (quotes, warnings) = QuoteTestSupport.extract(text)
        let q = try #require(quotes.first { $0.kind == .direct })
        #expect(q.text == "Nous resterons mobilisés jusqu’au bout")
        #expect(q.span.start == at[1])
        #expect(q.span.end == at[2])
        #expect(warnings.isEmpty)
    }

    @Test func nestedQuotesStayInsideTheOuterQuote() {
        let text = "« Le ministre nous a répondu “ce n’est pas le moment”, et nous attendons toujours », a déclaré Lucie Garnier."
        let quotes = QuoteTestSupport.extract(text).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "Le ministre nous a répondu “ce n’est pas le moment”, et nous attendons toujours")
        #expect(quotes.first?.speaker?.name == "Lucie Garnier")
    }

    @Test func straightQuotesPairAndApostrophesAreNotQuotes() {
        let text = "Le cortège a réuni 3 000 personnes selon l'Intérieur. \"On n'a jamais vu autant de monde dans la zone 'protégée'\", a-t-il ajouté, précisant que l'association allait \"contester cette amende devant le tribunal\"."
        let quotes = QuoteTestSupport.extract(text).quotes.filter { $0.kind == .direct }
        #expect(quotes.map(\.text) == ["On n'a jamais vu autant de monde dans la zone 'protégée'", "contester cette amende devant le tribunal"])
    }

    @Test func multiParagraphQuoteGivesOneQuotePerParagraph() {
        let text = """
        Réagissant à la décision, Hélène Roux, responsable du plaidoyer à la Cimade, a déclaré :
        « Cette décision est une victoire pour les droits des personnes exilées.
        « Elle rappelle que l’enfermement des enfants est contraire au droit.
        « Nous resterons vigilants sur son application. »
        La Cimade publiera un rapport en juin.
        """
        let (quotes, warnings) = QuoteTestSupport.extract(text)
        let direct = quotes.filter { $0.kind == .direct }
        #expect(direct.count == 3)
        #expect(direct.allSatisfy { $0.speaker?.name == "Hélène Roux" })
        #expect(direct.map(\.paragraphIndex) == [1, 2, 3])
        #expect(direct.first?.text == "Cette décision est une victoire pour les droits des personnes exilées.")
        #expect(warnings.isEmpty)
    }

    @Test func oldStyleContinuationWithClosingGuillemet() {
        let text = "« La première partie de la déclaration reste valable.\n» La seconde partie aussi, sans aucun doute. », a déclaré Paul Marchand."
        let (quotes, warnings) = QuoteTestSupport.extract(text)
        #expect(quotes.filter { $0.kind == .direct }.count == 2)
        #expect(warnings.isEmpty)
    }

    @Test func unbalancedMarkClosesAtTheEndOfTheParagraphWithAWarning() {
        let text = "« Nous ne lâcherons rien face au gouvernement, a lancé la syndicaliste.\nLa manifestation s’est dispersée dans le calme."
        let (quotes, warnings) = QuoteTestSupport.extract(text)
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("unbalanced") == true)
        #expect(warnings.map(\.code) == ["FT103"] && warnings.allSatisfy(\.isWarning))
        #expect(quotes.contains { $0.text.hasPrefix("Nous ne lâcherons rien") })
    }

    @Test func strayClosingMarkIsReported() {
        let (_, warnings) = QuoteTestSupport.extract("Le texte a été adopté » par 300 voix contre 200.")
        #expect(warnings.count == 1)
        #expect(warnings.first?.code == "FT103")
        #expect(warnings.first?.message.hasPrefix("closing » without opening mark") == true)
    }

    @Test(arguments: [
        ("Le gouvernement dénonce les « fausses informations » relayées en ligne.", "fausses informations"),
        ("Human Rights Watch répondra à une « évaluation » publiée par le ministère.", "évaluation"),
        ("Le collectif \"Les Voix Libres du Quartier\" a joué place de la République.", "Les Voix Libres du Quartier"),
        ("Ils ont entonné des \"On est là même si Macron ne veut pas\" dans le cortège.", "On est là même si Macron ne veut pas"),
        ("Le film « La Haine » ressort en salles.", "La Haine"),
    ])
    func fragmentsAreNotQuotes(_ text: String, _ fragment: String) {
        let quotes = QuoteTestSupport.extract(text).quotes
        #expect(quotes.contains { $0.kind == .fragment && $0.text == fragment })
        #expect(!quotes.contains { $0.kind == .direct })
    }

    @Test func partialQuoteAfterAPrepositionIsAQuote() {
        let text = "Le parc ne doit pas servir qu’à « quelques promeneurs du dimanche », clame le maire Jean Tremblay."
        let q = QuoteTestSupport.direct(text).first
        #expect(q?.text == "quelques promeneurs du dimanche")
        #expect(q?.speaker?.name == "Jean Tremblay")
    }

    @Test func emptyAndMarkOnlyInputsDoNotCrash() {
        for text in ["", "«", "»", "\"", "« »", "«\n»", "\"\"\"", "' '", "l'", "a-t-il", ", a déclaré", "« a », a-t-il"] {
            _ = QuoteTestSupport.extract(text)
        }
    }
}
