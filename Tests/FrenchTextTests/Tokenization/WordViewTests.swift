import Testing
@testable import FrenchText

/// The word view: one word per token, with ids, sentence and paragraph, and flags, on real French.
@Suite struct WordViewTests {
    func view(_ text: String) -> (Document, WordView) {
        let doc = Tokenizer().document(from: text)
        return (doc, doc.words)
    }

    func word(_ words: WordView, _ doc: Document, _ text: String) throws -> Word {
        try #require(words.first { doc.tokens[$0.tokenIndex].text == text }, "no word \(text)")
    }

    @Test func oneWordPerTokenWithItsSpan() {
        let (doc, words) = view("« Oui », a-t-il dit à M. Legault.")
        #expect(words.count == doc.tokens.count)
        for (i, w) in words.enumerated() {
            #expect(w.tokenIndex == i)
            #expect(w.span == doc.tokens[i].span)
            #expect(w.form == FormStore.shared.intern(doc.tokens[i].text))
            #expect(w.text == doc.tokens[i].text)
        }
    }

    @Test func elision() throws {
        let (doc, words) = view("Le projet passe devant l’Assemblée nationale.")
        let l = try word(words, doc, "l’")
        #expect(l.is(.elided) && l.lexical.contains(.elision))
        #expect(l.key == FormStore.shared.intern("l'"))
        let assemblée = try word(words, doc, "Assemblée")
        #expect(assemblée.is(.capitalised) && !assemblée.is(.clauseStart))
        #expect(assemblée.key == FormStore.shared.intern("assemblée"))
    }

    @Test(arguments: ["« Nous resterons », a-t-il déclaré.", "« Jamais », répond-elle.", "Que faut-il faire ?"])
    func inversion(_ text: String) {
        let (_, words) = view(text)
        let pronoun = words.first { $0.is(.invertedPronoun) }
        #expect(pronoun?.lexical.contains(.inversionPronoun) == true)
        #expect(pronoun?.lexical.contains(.subjectPronoun) == true)
    }

    @Test func titles() throws {
        let (doc, words) = view("Selon M. Legault et Mme de Valmont, la mesure est prise. Mme est absente.")
        #expect(try word(words, doc, "M.").is([.title, .abbreviation]))
        let mmes = words.filter { doc.tokens[$0.tokenIndex].text == "Mme" }
        #expect(mmes.count == 2)
        #expect(mmes[0].is(.title), "Mme before a particle and a name")
        #expect(!mmes[1].is(.title), "Mme before a lower-case verb")
        #expect(mmes.allSatisfy { $0.lexical.contains(.title) })
        #expect(try word(words, doc, "de").lexical.contains(.nameParticle))
    }

    @Test func initials() throws {
        let (doc, words) = view("Le texte de J. Dupont et de J.-C. Martin.")
        #expect(try word(words, doc, "J.").is(.initial))
        #expect(try !word(words, doc, "J.-C.").is(.initial))
    }

    @Test func numbers() throws {
        let (doc, words) = view("Il a versé 1 000 euros le 1er mars.")
        let thousand = try word(words, doc, "1 000")
        #expect(thousand.is(.number) && !thousand.is(.word))
        #expect(try word(words, doc, "1er").is([.number, .ordinal]))
        #expect(try word(words, doc, "mars").lexical.contains(.month))
    }

    @Test func quoteMarksAndClauses() throws {
        let (doc, words) = view("« Nous resterons », a déclaré Anna Wright. “Oui”, dit-elle ; puis elle part.")
        #expect(words.filter { $0.is(.quoteMark) }.count == 4)
        #expect(try word(words, doc, "Nous").is(.clauseStart), "after an opening quotation mark")
        #expect(try word(words, doc, "a").is(.clauseStart), "after a comma")
        #expect(try !word(words, doc, "déclaré").is(.clauseStart))
        #expect(try word(words, doc, "puis").is(.clauseStart), "after a semicolon")
        #expect(words.first { $0.is(.sentenceStart) }?.tokenIndex == 0)
    }

    @Test func sentencesAndParagraphs() {
        let (doc, words) = view("Première phrase. Deuxième phrase.\n\nSecond paragraphe.")
        for (s, sentence) in doc.sentences.enumerated() {
            for t in sentence.tokenRange {
                #expect(words[t].sentence == s)
                #expect(words[t].paragraph == sentence.paragraphIndex)
            }
            #expect(words[sentence.tokenRange.lowerBound].is(.sentenceStart))
        }
        #expect(words.last?.paragraph == 1)
        #expect(words.filter { $0.is(.paragraphStart) }.count == 2)
    }

    @Test func capitalsAndHyphens() throws {
        let (doc, words) = view("La CGT et le porte-parole de Saint-Étienne.")
        #expect(try word(words, doc, "CGT").is([.capitalised, .allCaps]))
        #expect(try word(words, doc, "porte-parole").is(.hyphenated))
        #expect(try word(words, doc, "porte-parole").lexical.contains(.roleNoun))
        #expect(try word(words, doc, "Saint-Étienne").is([.hyphenated, .capitalised]))
    }

    @Test func cachedWithTheDocument() {
        let doc = Tokenizer().document(from: "Bonjour à tous.")
        let copy = doc
        #expect(doc.words.words == copy.words.words)
    }

    @Test func withoutLexiconOnlyTablesSpeak() {
        let words = Tokenizer(lexicon: nil).document(from: "Anna déclarait mardi.").words
        #expect(words[0].lexical.isDisjoint(with: .morphology))
        #expect(!words[1].lexical.contains(.cueVerb))
        #expect(words[2].lexical.contains(.weekday))
    }
}

/// Tables as integer sets and as word sequences over the view.
@Suite struct FormSetAndPhraseTableTests {
    @Test func formSetTestsKeys() {
        let months = FormSet(.months)
        let words = Tokenizer().document(from: "Le 3 Mars et le 4 avril.").words
        #expect(months.contains(words[2].key))
        #expect(months.contains(words[6].key))
        #expect(!months.contains(words[0].key))
    }

    @Test(arguments: [("Il vit en Côte d’Ivoire depuis mars.", 3, 3), ("Il vit en Afrique du Sud.", 3, 3), ("Il vit en Allemagne.", 3, 1)])
    func phraseTableMatchesLongestFirst(_ text: String, _ at: Int, _ length: Int) throws {
        let places = PhraseTable(.countriesVariants)
        let words = Tokenizer().document(from: text).words
        let match = try #require(places.match(words, at: at))
        #expect(match.length == length)
        #expect(places.match(words, at: 0) == nil)
    }
}
