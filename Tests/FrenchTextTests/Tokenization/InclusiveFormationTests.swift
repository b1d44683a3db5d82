import Testing
@testable import FrenchText

/// Irregular feminines (ending alternations and irregular pairs of `inclusive_formations.tsv`), with every separator.
@Suite struct InclusiveFormationTests {
    let inclusive = InclusiveWriting()

    /// The separators real texts use between the parts (parentheses have their own shape, below).
    static let separators = ["·", "•", "⋅", "‧", "∙", ".", "-", "/"]

    /// Forms written with `·`; each test replaces it with the separator under test.
    static let forms: [(form: String, masculine: String, feminine: String, formation: String)] = [
        ("copain·e·s", "copains", "copines", "pair copain → copine"),
        ("copain·es", "copains", "copines", "pair copain → copine"),
        ("copain·e", "copain", "copine", "pair copain → copine"),
        ("copain·copine·s", "copains", "copines", "pair copain → copine"),
        ("fou·folle·s", "fous", "folles", "alternation -ou → -olle"),
        ("fou·lle·s", "fous", "folles", "alternation -ou → -olle"),
        ("fou·folle", "fou", "folle", "alternation -ou → -olle"),
        ("mou·molle·s", "mous", "molles", "alternation -ou → -olle"),
        ("beau·belle·s", "beaux", "belles", "alternation -eau → -elle"),
        ("beau·elle·s", "beaux", "belles", "alternation -eau → -elle"),
        ("nouveau·nouvelle·s", "nouveaux", "nouvelles", "alternation -eau → -elle"),
        ("nouveau·elle·s", "nouveaux", "nouvelles", "alternation -eau → -elle"),
        ("jumeau·elle·s", "jumeaux", "jumelles", "alternation -eau → -elle"),
        ("vieux·vieille·s", "vieux", "vieilles", "alternation -eux → -eille"),
        ("vieux·ille·s", "vieux", "vieilles", "alternation -eux → -eille"),
        ("vieux·eille", "vieux", "vieille", "alternation -eux → -eille"),
        ("loup·ve·s", "loups", "louves", "pair loup → louve"),
        ("loup·louve·s", "loups", "louves", "pair loup → louve"),
        ("sportif·ve·s", "sportifs", "sportives", "suffix -f → -ve"),
        ("sportif·ves", "sportifs", "sportives", "suffix -f → -ve"),
        ("préfet·e·s", "préfets", "préfètes", "alternation -et → -ète"),
        ("chercheur·e·s", "chercheurs", "chercheuses", "alternation -eur → -euse"),
        ("patron·ne·s", "patrons", "patronnes", "suffix +ne"),
        ("heureux·se·s", "heureux", "heureuses", "suffix -x → -se"),
        ("compagnon·compagne·s", "compagnons", "compagnes", "pair compagnon → compagne"),
        ("chef·fe·s", "chefs", "cheffes", "suffix +fe"),
        ("bref·ève·s", "brefs", "brèves", "alternation -ef → -ève"),
        ("sec·èche·s", "secs", "sèches", "alternation -ec → -èche"),
        ("héros·ïne·s", "héros", "héroïnes", "pair héros → héroïne"),
        ("nouveaux·elles", "nouveaux", "nouvelles", "alternation -eau → -elle"),
    ]

    @Test(arguments: forms, separators)
    func expandsIrregularFeminines(case: (form: String, masculine: String, feminine: String, formation: String), separator: String) {
        let written = `case`.form.replacingOccurrences(of: "·", with: separator)
        let expansion = inclusive.expand(written)
        #expect(expansion?.masculine == `case`.masculine, "\(written)")
        #expect(expansion?.feminine == `case`.feminine, "\(written)")
        #expect(expansion?.formation == `case`.formation, "\(written)")
    }

    @Test(arguments: [
        ("copain(e)s", "copains", "copines"), ("copain(e)", "copain", "copine"), ("fou(folle)s", "fous", "folles"),
        ("beau(belle)s", "beaux", "belles"), ("vieux(vieille)s", "vieux", "vieilles"), ("loup(ve)s", "loups", "louves"),
        ("sportif(ve)s", "sportifs", "sportives"), ("préfet(e)s", "préfets", "préfètes"),
    ])
    func expandsWithParentheses(form: String, masculine: String, feminine: String) {
        let expansion = inclusive.expand(form)
        #expect(expansion?.masculine == masculine)
        #expect(expansion?.feminine == feminine)
    }

    @Test(arguments: [
        ("Copain·e·s", "Copains", "Copines"), ("COPAIN·E·S", "COPAINS", "COPINES"), ("Beau·belle·s", "Beaux", "Belles"),
        ("VIEUX·VIEILLE·S", "VIEUX", "VIEILLES"), ("beaux·belles", "beaux", "belles"), ("vieux·vieilles", "vieux", "vieilles"),
    ])
    func keepsCapitalsAndPlurals(form: String, masculine: String, feminine: String) {
        let expansion = inclusive.expand(form)
        #expect(expansion?.masculine == masculine)
        #expect(expansion?.feminine == feminine)
    }

    /// Compounds: both parts inclusive, or a known head and a hyphen.
    @Test(arguments: [
        ("enseignant.es-chercheur.es", "enseignants-chercheurs", "enseignantes-chercheuses"),
        ("enseignant·e·s-chercheur·e·s", "enseignants-chercheurs", "enseignantes-chercheuses"),
        ("aides-soignant·e·s", "aides-soignants", "aides-soignantes"),
        ("vice-président·e·s", "vice-présidents", "vice-présidentes"),
        ("ex-détenu·e·s", "ex-détenus", "ex-détenues"),
    ])
    func expandsCompounds(form: String, masculine: String, feminine: String) {
        let expansion = inclusive.expand(form)
        #expect(expansion?.masculine == masculine)
        #expect(expansion?.feminine == feminine)
    }

    /// An alternation needs Dicollecte to derive the feminine from the masculine; a pair needs it listed.
    @Test(arguments: ["cou·colle", "cou.lle.s", "sou·lle", "vieux.le", "père·mère", "fils-fou", "beau-frère", "loup-garou",
                      "sous-sol", "fou-rire", "chou·ve", "mot·s", "candidat(s)", "et/ou", "km/h", "fin.le", "beau.fr"])
    func rejectsWhatNoFormationMakes(text: String) {
        #expect(inclusive.expand(text) == nil)
    }

    @Test func explainNamesTheFormation() {
        let dump = TokenizerFixture.document("Les copain·e·s et les vieux·vieille·s.").explanation()
        #expect(dump.contains("copain·e·s  → copains / copines  [pair copain → copine]"))
        #expect(dump.contains("vieux·vieille·s  → vieux / vieilles  [alternation -eux → -eille]"))
    }

    @Test(arguments: ["Les copain.es sont venu.es hier.", "Des fou.lle.s de foot, des beau-belle-s gosses.",
                      "Les vieux/vieilles et les loup(ve)s du quartier."])
    func isOneTokenInASentence(sentence: String) {
        let doc = TokenizerFixture.document(sentence)
        #expect(doc.tokens.filter(\.isInclusive).count == 2, "\(doc.tokens.map(\.text))")
        #expect(doc.sentences.count == 1)
    }

    /// Ordinary sentences full of hyphens, periods and slashes: no inclusive form.
    @Test(arguments: [
        "Vis-à-vis du porte-parole, la sous-préfète et l’ex-femme du demi-frère sont arrivés.",
        "Le nouveau-né, le mort-né et le premier-né. La belle-mère et le beau-père, la grand-mère et le petit-fils.",
        "Le haut-parleur, le court-métrage, l’auteur-compositeur, l’acteur-producteur, le président-directeur général.",
        "Il est beau.Belle journée. Le fou.Folle idée. Il a cinq copains.Les copines viennent. Le loup.Vers le nord.",
        "Il est fou.le monde entier le sait. Un bal.les invités dansent.",
        "Voir www.le.la, http://un.e.fr, contact@ils.elles.org, le.la.fr, un.e.com et tous.tes.pdf.",
        "Et/ou, km/h, 24h/24, Paris/Londres, oui/non, le/la/les.",
    ])
    func ordinarySentencesHaveNoInclusiveForm(sentence: String) {
        let doc = TokenizerFixture.document(sentence)
        #expect(doc.tokens.filter(\.isInclusive).map(\.text) == [])
        #expect(TokenizerFixture.rebuilds(doc))
    }
}
