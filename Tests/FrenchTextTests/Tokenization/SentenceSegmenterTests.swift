import Testing
@testable import FrenchText

@Suite struct SentenceSegmenterTests {
    @Test func paragraphsAreLines() {
        let doc = TokenizerFixture.document("Titre du communiqué\n\nPremier paragraphe. Deuxième phrase.\nSecond paragraphe.\n")
        #expect(doc.paragraphs.count == 3)
        #expect(doc.sentences.count == 4)
        #expect(doc.paragraphs[1].sentenceRange == 1..<3)
        #expect(doc.sentences.allSatisfy { s in doc.paragraphs[s.paragraphIndex].span.contains(s.span) })
    }

    @Test func sentencesNeverCrossParagraphs() {
        let doc = TokenizerFixture.document("Une phrase sans point\nUne autre ligne")
        #expect(doc.sentences.count == 2)
        #expect(doc.sentences[1].paragraphIndex == 1)
    }

    @Test(arguments: [
        ("« C’est grave. » Puis il est parti.", 2),
        ("« C’est grave ! » a-t-il déclaré.", 1),
        ("« Est-ce grave ? », a-t-il demandé.", 1),
        ("Il a dit : « Nous resterons. » Elle a acquiescé.", 2),
        ("Pourquoi ? demande-t-il.", 1),
        ("Il a cité (…) Nous verrons.", 1),
        ("Il pleut... Nous restons.", 2),
        ("Le 1er septembre 2025. 52 personnes ont été libérées.", 2),
    ])
    func quotesAndPunctuation(text: String, count: Int) {
        #expect(TokenizerFixture.document(text).sentences.count == count)
    }

    @Test func sentenceSpansCoverTheirTokens() {
        let doc = TokenizerFixture.document("M. Türk a déclaré : « C’est grave. » Puis il est parti.")
        #expect(doc.sentences.count == 2)
        #expect(doc.text(of: doc.sentences[0].span) == "M. Türk a déclaré : « C’est grave. »")
        #expect(doc.text(of: doc.sentences[1].span) == "Puis il est parti.")
    }
}
