import Testing
@testable import FrenchText

@Suite struct InclusiveWritingTests {
    let inclusive = InclusiveWriting()

    @Test(arguments: [
        ("détenu·e·s", "détenus", "détenues"),
        ("détenu·es", "détenus", "détenues"),
        ("militant.e.s", "militants", "militantes"),
        ("étudiant-e-s", "étudiants", "étudiantes"),
        ("acteur·rice·s", "acteurs", "actrices"),
        ("auteur·ice·s", "auteurs", "autrices"),
        ("acteur·ices", "acteurs", "actrices"),
        ("directeur·rice", "directeur", "directrice"),
        ("Français·es", "Français", "Françaises"),
        ("ami(e)s", "amis", "amies"),
        ("citoyen·ne·s", "citoyens", "citoyennes"),
        ("citoyen·nes", "citoyens", "citoyennes"),
        ("tou·te·s", "tous", "toutes"),
        ("défenseur.e.s", "défenseurs", "défenseures"),
        ("défenseur.se.s", "défenseurs", "défenseuses"),
        ("dernier.e.s", "derniers", "dernières"),
        ("un.e", "un", "une"),
        ("défenseur.e", "défenseur", "défenseure"),
        ("Travailleur·ses", "Travailleurs", "Travailleuses"),
        ("associatif·ves", "associatifs", "associatives"),
        ("ruraux·ales", "ruraux", "rurales"),
        ("menacé.e.s", "menacés", "menacées"),
        ("défenseur·es", "défenseurs", "défenseures"),
        ("étudiant•e•s", "étudiants", "étudiantes"),
        ("étudiant⋅e⋅s", "étudiants", "étudiantes"),
        ("étudiant‧e‧s", "étudiants", "étudiantes"),
        ("étudiant∙e∙s", "étudiants", "étudiantes"),
        ("étudiant/e/s", "étudiants", "étudiantes"),
        ("DÉTENU·E·S", "DÉTENUS", "DÉTENUES"),
        ("tou.te.s", "tous", "toutes"),
        ("tou-te-s", "tous", "toutes"),
        ("tous.tes", "tous", "toutes"),
        ("tou.tes", "tous", "toutes"),
        ("militant·e.s", "militants", "militantes"),
        ("étudiant.e·s", "étudiants", "étudiantes"),
        ("heureux·euse·s", "heureux", "heureuses"),
        ("lecteur(rice)s", "lecteurs", "lectrices"),
    ])
    func expandsSplitForms(form: String, masculine: String, feminine: String) {
        let expansion = inclusive.expand(form)
        #expect(expansion?.masculine == masculine)
        #expect(expansion?.feminine == feminine)
        #expect(expansion?.isNeutralWord == false)
    }

    @Test(arguments: [
        ("iel", "il", "elle"), ("iels", "ils", "elles"), ("celleux", "ceux", "celles"),
        ("toustes", "tous", "toutes"), ("elleux", "eux", "elles"), ("Iel", "Il", "Elle"),
    ])
    func flagsNeutralWords(word: String, masculine: String, feminine: String) {
        let expansion = inclusive.expand(word)
        #expect(expansion?.isNeutralWord == true)
        #expect(expansion?.masculine == masculine)
        #expect(expansion?.feminine == feminine)
    }

    @Test(arguments: ["amnesty.org", "3.5", "M.", "U.S.A.", "-t-il", "www.fidh.org", "J.-C.", "Jean-Luc", "fais-le",
                      "dit-elle", "vice-président", "et/ou", "candidat(s)", "km/h", "fin.le",
                      // a missing space before le/se: the feminine is a word, but not one made from the masculine
                      "fou.le", "vil.le", "bal.les", "cour.se", "fil.le"])
    func doesNotFireOnOrdinaryText(text: String) {
        #expect(inclusive.expand(text) == nil)
    }

    @Test(arguments: [
        "La libération de 52 détenu·e·s est la bienvenue.",
        "Les militant.e.s se sont réuni·e·s à Lyon.",
        "Les étudiant-e-s et leurs ami(e)s ont manifesté.",
    ])
    func isOneTokenInASentence(sentence: String) {
        let doc = TokenizerFixture.document(sentence)
        for token in doc.tokens where token.isInclusive {
            #expect(token.kind == .word)
            #expect(token.rule == .inclusive)
            #expect(sentence.contains(token.text))
        }
        #expect(doc.tokens.contains { $0.isInclusive })
        #expect(doc.sentences.count == 1)
    }

    @Test func sentenceEndIsNotInclusive() {
        let doc = TokenizerFixture.document("Ils ont libéré les détenus. Elles attendent encore.")
        #expect(!doc.tokens.contains { $0.isInclusive })
        #expect(doc.sentences.count == 2)
        let glued = TokenizerFixture.document("Nous avons juste joué de la musique.Emmanuel Constant l’a dit.")
        #expect(!glued.tokens.contains { $0.isInclusive })
        #expect(glued.tokens.map(\.text).starts(with: ["Nous", "avons", "juste", "joué", "de", "la", "musique", ".", "Emmanuel"]))
    }

    @Test func neutralPronounInInversion() {
        let token = TokenizerFixture.token("-t-iel", in: "« Nous restons », ajoute-t-iel.")
        #expect(token?.kind == .pronoun)
        #expect(token?.inclusive?.isNeutralWord == true)
    }

    @Test func inclusiveAfterElision() {
        #expect(TokenizerFixture.texts("l’étudiant·e") == ["l’", "étudiant·e"])
        #expect(TokenizerFixture.token("étudiant·e", in: "l’étudiant·e")?.inclusive?.feminine == "étudiante")
    }

    /// Every inclusive form of the gold files is one token with the gold expansions, and nothing else fires.
    @Test(.enabled(if: TokenizerDevCorpus.isAvailable, "../shared/corpus/dev (the shared gold-annotated dev set) is not beside the package"))
    func devCorpusGold() throws {
        for name in TokenizerDevCorpus.names {
            let doc = TokenizerFixture.document(try TokenizerDevCorpus.text(name))
            let found = doc.tokens.compactMap(\.inclusive).map {
                TokenizerDevCorpus.InclusiveGold(form: $0.form, masc: $0.masculine, fem: $0.feminine)
            }
            let gold = try TokenizerDevCorpus.inclusiveGold(name)
            #expect(found == gold, "\(name)")
        }
    }

    /// A form read decomposed (e + U+0301) and composed in one process: `String` keys found them equal, so the
    /// second read took the first's cached length, one unit off (seen in a parallel test run: `détenu·e·s ?` took
    /// the space). The match cache is keyed by code units.
    @Test func composedAndDecomposedFormsAreCachedApart() {
        let decomposed = "de\u{301}tenu·e·s ?"
        let composed = "d\u{E9}tenu·e·s ?"
        for text in [decomposed, composed, decomposed] {
            let tokens = TokenizerFixture.document(text).tokens
            #expect(tokens.count == 2)
            #expect(tokens.first?.text.utf16.count == text.utf16.count - 2)
            #expect(tokens.first?.isInclusive == true)
        }
    }
}
