import Testing
@testable import FrenchText

/// `l’un d’entre eux`, `l’une des salariées`: one of a group the text does not name, never the person named before.
@Suite struct OneOfThemTests {
    @Test(arguments: [
        "« La ligne va fermer », a annoncé Pierre Leroy, le directeur du site. Les ouvriers sont inquiets. « On nous ment depuis des mois », explique l’un d’entre eux.",
        "« La ligne va fermer », a annoncé Pierre Leroy, le directeur du site. Les ouvrières sont inquiètes. « On nous ment depuis des mois », explique l’une d’elles.",
        "« La ligne va fermer », a annoncé Pierre Leroy, le directeur du site. Les salariés sont inquiets. « On nous ment depuis des mois », lance l'un des grévistes.",
    ])
    func oneOfAGroupIsUnnamed(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes.first?.speaker?.name == "Pierre Leroy")
        #expect(quotes.last?.speaker?.name == nil)
    }

    @Test func theMentionReadsAsIndefinite() {
        let text = "Les ouvriers sont inquiets. « On nous ment depuis des mois », explique l’un d’entre eux."
        let analysis = SieveTestSupport.analyzer.analyze(text)
        let q = analysis.quotes.first { $0.kind == .direct }
        let span = q?.speaker?.mentionSpan
        #expect(span != nil)
        if let span { #expect(SpeakerMention(document: analysis.document, span: span).determiner?.kind == .indefinite) }
    }
}
