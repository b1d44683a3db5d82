import Testing
@testable import FrenchText

/// Pronoun and determiner pairs (`inclusive_pairs.tsv`): one token, flagged, with both readings;
/// ordinary text around periods, hyphens and slashes is not glued.
@Suite struct InclusivePairTests {
    static let separators = ["·", "•", "⋅", "‧", "∙", ".", "-", "/"]

    /// Pairs written with `·`; each test replaces it with the separator under test.
    static let pairs: [(form: String, masculine: String, feminine: String)] = [
        ("ceux·celles", "ceux", "celles"), ("celles·ceux", "ceux", "celles"), ("ils·elles", "ils", "elles"),
        ("elles·ils", "ils", "elles"), ("eux·elles", "eux", "elles"), ("il·elle", "il", "elle"),
        ("celui·celle", "celui", "celle"), ("du·de la", "du", "de la"), ("de la·du", "du", "de la"),
        ("au·à la", "au", "à la"), ("le·la", "le", "la"), ("la·le", "le", "la"), ("un·e", "un", "une"),
        ("un·une", "un", "une"), ("ce·tte", "ce", "cette"), ("chacun·e", "chacun", "chacune"), ("tous·toutes", "tous", "toutes"),
        ("il·elle·s", "ils", "elles"), ("tout·e·s", "tous", "toutes"), ("celui·celle·s", "ceux", "celles"),
    ]

    @Test(arguments: pairs, separators)
    func oneTokenWithBothReadings(pair: (form: String, masculine: String, feminine: String), separator: String) {
        let form = pair.form.replacingOccurrences(of: "·", with: separator)
        let sentence = "Nous invitons \(form) qui le souhaitent."
        let token = TokenizerFixture.document(sentence).tokens.first { $0.isInclusive }
        #expect(token?.text == form, "\(TokenizerFixture.texts(sentence))")
        #expect(token?.rule == .inclusive)
        #expect(token?.inclusive?.masculine == pair.masculine)
        #expect(token?.inclusive?.feminine == pair.feminine)
        #expect(token?.inclusive?.formation?.hasPrefix("word pair") == true)
    }

    @Test(arguments: [
        ("Ceux·celles", "Ceux", "Celles"), ("Ils/elles", "Ils", "Elles"), ("ILS·ELLES", "ILS", "ELLES"),
        ("Du·de la", "Du", "De la"), ("Celles·Ceux", "Ceux", "Celles"),
        ("Tout·e·s", "Tous", "Toutes"), ("Il·elle·s", "Ils", "Elles"),
    ])
    func capitals(form: String, masculine: String, feminine: String) {
        let expansion = InclusiveWriting().expand(form)
        #expect(expansion?.masculine == masculine)
        #expect(expansion?.feminine == feminine)
    }

    @Test func tou·te·sStaysASplitForm() {
        #expect(InclusiveWriting().expand("tou·te·s")?.feminine == "toutes")
        #expect(TokenizerFixture.texts("Merci à tou·te·s !") == ["Merci", "à", "tou·te·s", "!"])
    }

    /// Ordinary sentences: periods, hyphens and slashes between these words are not pairs.
    @Test(arguments: [
        ("Il parle du. De la musique suit.", ["Il", "parle", "du", ".", "De", "la", "musique", "suit", "."]),
        ("Prends le. La suite arrive.", ["Prends", "le", ".", "La", "suite", "arrive", "."]),
        ("Ils sont partis avec eux. Elles restent.", ["Ils", "sont", "partis", "avec", "eux", ".", "Elles", "restent", "."]),
        ("Il a parlé du.De la même façon.", ["Il", "a", "parlé", "du", ".", "De", "la", "même", "façon", "."]),
        ("Ce sont eux-mêmes et lui-même.", ["Ce", "sont", "eux-mêmes", "et", "lui-même", "."]),
        ("Celle-ci et celui-là.", ["Celle-ci", "et", "celui-là", "."]),
        ("Dis-le-lui, a-t-il dit.", ["Dis", "-le", "-lui", ",", "a", "-t-il", "dit", "."]),
        ("M. Dupont et Mme Durand sont là.", ["M.", "Dupont", "et", "Mme", "Durand", "sont", "là", "."]),
        ("Voir le.la.fr ou www.du.de la page.", ["Voir", "le.la.fr", "ou", "www.du.de", "la", "page", "."]),
        ("Un train de la SNCF. Du retard.", ["Un", "train", "de", "la", "SNCF", ".", "Du", "retard", "."]),
        ("Il va au théâtre, à la plage.", ["Il", "va", "au", "théâtre", ",", "à", "la", "plage", "."]),
    ])
    func ordinaryTextIsNotGlued(text: String, expected: [String]) {
        let doc = TokenizerFixture.document(text)
        #expect(doc.tokens.map(\.text) == expected)
        #expect(!doc.tokens.contains { $0.isInclusive })
        #expect(TokenizerFixture.rebuilds(doc))
    }

    @Test func pairWithASpaceRebuildsTheText() {
        let doc = TokenizerFixture.document("Le prix du·de la lauréat·e sera remis par le·la président·e.")
        #expect(doc.tokens.filter(\.isInclusive).map(\.text) == ["du·de la", "lauréat·e", "le·la", "président·e"])
        #expect(TokenizerFixture.rebuilds(doc))
        #expect(doc.sentences.count == 1)
    }
}
