import Testing
@testable import FrenchText

/// Hard-wrapped lines inside a sentence are one paragraph; real line breaks stay paragraph breaks.
@Suite struct SentenceSegmenterLineWrapTests {
    @Test(arguments: [
        "« Le président me charge de vous dire qu’il n’oubliera\njamais notre commune », a indiqué le ministre.",
        "Le conseil municipal a voté, mardi soir, une hausse de la taxe\nsur les résidences secondaires.",
        "Les syndicats ont appelé à la grève dans les transports,\net la direction a annoncé un service réduit.",
        "La préfecture a déployé des renforts dans le quartier de\nl’Argonne après les incidents.",
    ])
    func wrappedLineStaysInItsParagraph(_ text: String) {
        let doc = TokenizerFixture.document(text)
        #expect(doc.paragraphs.count == 1)
        #expect(doc.sentences.count == 1)
    }

    @Test(arguments: [
        // A blank line is always a break.
        "Le conseil municipal a voté, mardi soir, une hausse de la taxe\n\nsur les résidences secondaires.",
        // The line ends a sentence.
        "Le conseil municipal a voté une hausse de la taxe foncière.\nelle entrera en vigueur en janvier.",
        // The next line starts with a capital.
        "Le conseil municipal a voté une hausse de la taxe foncière\nLa décision entrera en vigueur en janvier.",
        // A short line is a heading, not wrapped text.
        "Grève des transports\nles syndicats appellent à manifester jeudi.",
        // Contact lines.
        "Contact presse : Jeanne Martin, service communication, 01 23 45 67 89\nwww.exemple-mairie.fr/presse",
        "Service des communications de la Ville, 418 555-0184, poste 2214\nhttps://www.exemple.qc.ca/tramway",
        // A list item after a colon.
        "Les mesures annoncées par la préfecture sont les suivantes :\nfermeture des parcs et jardins.",
    ])
    func realBreaksStay(_ text: String) {
        #expect(TokenizerFixture.document(text).paragraphs.count == 2)
    }

    @Test func wrappedQuoteIsOneQuote() {
        let text = "Le ministre est revenu dans sa commune. « Le président me charge de vous dire qu’il n’oubliera\njamais notre commune. Nous avons souffert », a indiqué Adrien Koffi."
        let direct = QuoteTestSupport.direct(text)
        #expect(direct.count == 1)
        #expect(direct.first?.text == "Le président me charge de vous dire qu’il n’oubliera\njamais notre commune. Nous avons souffert")
        #expect(direct.first?.speaker?.name == "Adrien Koffi")
    }
}
