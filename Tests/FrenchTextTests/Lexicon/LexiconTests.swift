import Testing
@testable import FrenchText

@Suite(.enabled(if: Lexicon.shared != nil, "the French Hunspell dictionary is not installed (make deps installs hunspell-fr-comprehensive)")) struct LexiconTests {
    let lexicon = Lexicon.shared!

    @Test(arguments: [("déclarait", "déclarer"), ("a", "avoir"), ("détenues", "détenu"), ("actrices", "acteur")])
    func lemmas(form: String, lemma: String) {
        #expect(lexicon.lemmas(of: form).contains(lemma))
    }

    @Test func firstNamesAndSurnames() {
        #expect(lexicon.firstNameGender("Anna") == .feminine)
        #expect(lexicon.firstNameGender("Jean-Luc") == .masculine)
        #expect(lexicon.analyses(of: "Trump").contains { $0.isSurname })
        #expect(lexicon.analyses(of: "Minsk").contains { $0.isProperNoun })
    }

    @Test(arguments: [("libération", true), ("Sauf", true), ("Anna", false), ("Minsk", false)])
    func commonWords(word: String, common: Bool) {
        #expect(lexicon.isCommonWord(word) == common)
    }

    /// Capitals that lost their accent in print read as the accented word: `Etat`, `Ecole`, `Education`.
    @Test(arguments: [("Etat", "état"), ("Ecole", "école"), ("Education", "éducation"), ("etat", "état")])
    func unaccentedInitialCapital(form: String, lemma: String) {
        #expect(lexicon.lemmas(of: form).contains(lemma))
        #expect(lexicon.isCommonWord(form))
    }

    @Test func accentRestorationLeavesAcronymsAndKnownWordsAlone() {
        #expect(Lexicon.withAccentedInitial("EU") == nil)
        #expect(Lexicon.withAccentedInitial("ENA") == nil)
        #expect(Lexicon.withAccentedInitial("Etat") == "État")
        #expect(Lexicon.withAccentedInitial("Paris") == nil)
        // A word known as written keeps its own analyses: `Est` (east, être) is not `Ést`.
        #expect(lexicon.lemmas(of: "est").contains("être"))
        #expect(lexicon.analyses(of: "Xkrzwq").isEmpty)
    }

    @Test func elidedPrefixes() {
        #expect(lexicon.analyses(of: "l’étape").first?.elidedPrefix == "le|la")
        #expect(lexicon.analyses(of: "aujourd’hui").first?.elidedPrefix == nil)
        #expect(lexicon.analyses(of: "aujourd'hui").first?.lemma == "aujourd’hui")
    }

    @Test func verbsAndGender() {
        #expect(lexicon.analyses(of: "déclare").contains { $0.isVerb })
        #expect(lexicon.analyses(of: "militantes").contains { $0.gender == .feminine && $0.number == .plural })
        #expect(!lexicon.contains("acteurices"))
        #expect(lexicon.analyses(of: "").isEmpty)
        #expect(lexicon.analyses(of: String(repeating: "a", count: 500)).isEmpty)
    }

    @Test func isSafeFromSeveralThreads() async {
        let words = ["déclarait", "Anna", "militantes", "Trump", "libération", "actrices", "aujourd’hui", "Minsk"]
        let results = await withTaskGroup(of: Bool.self) { group in
            for k in 0..<16 {
                group.addTask {
                    var ok = true
                    for i in 0..<200 {
                        let word = words[(i + k) % words.count] + (i % 3 == 0 ? "" : String(i))
                        let analyses = Lexicon.shared!.analyses(of: word)
                        if i % 3 == 0 && analyses.isEmpty { ok = false }
                    }
                    return ok
                }
            }
            var all = true
            for await r in group { all = all && r }
            return all
        }
        #expect(results)
    }
}
