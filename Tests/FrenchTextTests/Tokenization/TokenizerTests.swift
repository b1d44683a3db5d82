import Testing
@testable import FrenchText

@Suite struct TokenizerTests {
    @Test func offsetsAreCodePoints() {
        let doc = Tokenizer().document(from: "« Élu » le 1er septembre")
        let elu = doc.tokens.first { $0.text == "Élu" }
        #expect(elu?.span.start == 2)
        #expect(elu?.span.end == 5)
        let emoji = Tokenizer().document(from: "👍🏽 Élu").tokens.last
        #expect(emoji?.text == "Élu")
        #expect(emoji?.span.start == 3)
    }

    @Test(arguments: [
        "« Nous resterons », a-t-elle déclaré.",
        "  Le 1er septembre 2025, 52 détenu·e·s ont été libéré·e·s.\r\n\r\nM. Türk l’a dit.  ",
        "Appelez le +33 1 53 38 66 00 ou écrivez à presse@amnesty.fr (www.amnesty.fr)…",
        "👩‍👩‍👧 famille ﷺ 日本語のテキスト 𝒜𝒷𝒸 e\u{301}te\u{301}",
        "\u{00A0}«\u{202F}Oui\u{202F}»\u{2029}Non\u{0085}",
        "",
        "   \n\n  ",
        "'''\"\"«»—–-…....",
    ])
    func tokensRebuildTheText(text: String) {
        let doc = Tokenizer().document(from: text)
        #expect(TokenizerFixture.rebuilds(doc))
        #expect(doc.tokens.allSatisfy { !$0.text.isEmpty && $0.text.allSatisfy { !$0.isNewline } })
        for (a, b) in zip(doc.tokens, doc.tokens.dropFirst()) { #expect(a.span.end <= b.span.start) }
    }

    @Test(.enabled(if: TokenizerDevCorpus.isAvailable, "../shared/corpus/dev (the shared gold-annotated dev set) is not beside the package"))
    func devCorpusRebuilds() throws {
        for name in TokenizerDevCorpus.names {
            let doc = Tokenizer().document(from: try TokenizerDevCorpus.text(name), name: name)
            #expect(TokenizerFixture.rebuilds(doc), "\(name)")
            #expect(doc.sentences.allSatisfy { doc.paragraphs[$0.paragraphIndex].span.contains($0.span) }, "\(name)")
        }
    }

    @Test func worksWithoutALexicon() {
        let doc = Tokenizer(lexicon: nil).document(from: "L’étape de 52 détenu·e·s, a-t-il dit.")
        #expect(doc.tokens.map(\.text) == ["L’", "étape", "de", "52", "détenu·e·s", ",", "a", "-t-il", "dit", "."])
    }

    @Test func isASendableValue() async {
        let tokenizer = Tokenizer()
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<4 { group.addTask { tokenizer.document(from: "Les militant·e·s a-t-il dit.").tokens.count } }
            var all = [Int]()
            for await c in group { all.append(c) }
            return all
        }
        #expect(Set(counts) == [6])
    }
}

@Suite struct TokenizerRobustnessTests {
    /// Long runs that a careless rule would rescan at every word: must stay linear.
    @Test(.timeLimit(.minutes(1)), arguments: ["a-", "a.", "e·", "1 ", "+1 ", "l’", "www.a", "a@", "#a", "M. ", "«»", "é\u{202F}"])
    func pathologicalRunsStayLinear(piece: String) {
        let text = String(repeating: piece, count: 20_000)
        let doc = Tokenizer().document(from: text)
        #expect(!doc.tokens.isEmpty)
        #expect(TokenizerFixture.rebuilds(doc))
    }

    @Test func invalidLookingInputNeverCrashes() {
        for text in ["\u{FFFD}\u{0}\u{7}", "-", "'", "’", "·", "(e)", "+", "@", "#", "0", "01 5", "+33", "J.-", "a-t-", "‑t‑il", "\u{301}", "\u{202F}%"] {
            let doc = Tokenizer().document(from: text)
            #expect(TokenizerFixture.rebuilds(doc), "\(text)")
        }
    }
}
