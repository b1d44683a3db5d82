import Testing
@testable import FrenchText

@Suite struct SloganSieveTests {
    /// A crowd's chant keeps no speaker, even with a named speaker quoted next in the paragraph or named before.
    @Test(arguments: [
        "Plusieurs milliers de personnes ont manifesté samedi à Nantes. « Ni retraite à 64 ans, ni mépris ! » Le cortège "
            + "s’est élancé vers 14 heures. « Nous irons jusqu’au retrait », a déclaré Sylvie Marchand, secrétaire de la CGT.",
        "Sylvie Marchand a salué « une mobilisation historique ». Des centaines de personnes ont défilé.\n\n« Ni oubli, ni pardon. »",
        "« On ne lâche rien ! » Les grévistes ont ensuite rejoint la place Royale, où Paul Durand, délégué syndical, a pris "
            + "la parole. « La bataille continue », a-t-il lancé.",
    ])
    func aChantInACrowdHasNoSpeaker(_ text: String) throws {
        let chant = try #require(SieveTestSupport.quotes(text).first { $0.text.hasPrefix("Ni ") || $0.text.hasPrefix("On ne") })
        #expect(chant.rule == .slogan)
        #expect(chant.speaker == nil)
    }

    /// The named speaker after the chant keeps their own words.
    @Test func theNextSpeakerKeepsTheirWords() {
        let text = "« On ne lâche rien ! » Les grévistes ont rejoint la place, où Paul Durand a pris la parole. « La bataille continue », a-t-il lancé."
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Paul Durand")
    }

    /// Without a crowd around, an exclamation is someone's words (here the one speaking before).
    @Test func noCrowdNoSlogan() {
        let text = "« Nous irons jusqu’au bout », a déclaré Sylvie Marchand, secrétaire de la CGT. « Personne ne nous fera reculer ! »"
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.rule != .slogan)
        #expect(q?.speaker?.name == "Sylvie Marchand")
    }

    @Test(arguments: ["Ni patrons, ni maîtres", "On ne lâche rien !", "Ni oubli ni pardon."])
    func chantShapes(_ text: String) { #expect(SloganSieve.readsAsChant(text)) }

    @Test(arguments: ["Nous irons jusqu’au retrait", "Il faut que la direction entende enfin les salariés de l’usine, sinon nous continuerons !"])
    func notChantShapes(_ text: String) { #expect(!SloganSieve.readsAsChant(text)) }
}
