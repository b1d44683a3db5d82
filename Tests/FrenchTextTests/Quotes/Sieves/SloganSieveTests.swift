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

/// A chant-shaped quote with no cue and no crowd: the slogan of the organisation named last before it.
@Suite struct SloganOrganisationTests {
    @Test(arguments: [
        ("La Fédération des enseignants du Québec lance sa campagne mardi. Puisque « la moitié des cours, on s’en charge ! », "
            + "le réseau ne tiendrait pas sans eux.", "Fédération des enseignants"),
        ("Le collectif Forêts Vivantes a publié un appel mardi. « Pas une forêt de plus ! »", "Forêts Vivantes"),
        ("L’association Vélo Cité a présenté ses propositions. Son mot d’ordre : « Une rue, une piste ! »", "Vélo Cité"),
    ])
    func theOrganisationNamedLast(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name?.contains(speaker) == true, "\(q?.speaker?.name ?? "-")")
        #expect(q?.speaker?.kind == .organisation)
    }

    /// When a person is the one named last, no organisation takes the words.
    @Test func notWhenAPersonIsNamedLast() {
        let text = "L’association Vélo Cité a présenté ses propositions. Sa présidente, Claire Dumas, était présente. « Une rue, une piste ! »"
        #expect(SieveTestSupport.quotes(text).first?.speaker?.kind != .organisation)
    }
}

/// A crowd's chant whose crowd belongs to a named organisation is that organisation's slogan; a crowd of no one keeps
/// no speaker.
@Suite struct CrowdOrganisationSloganTests {
    @Test(arguments: [
        ("Lundi, des militants de Greenpeace ont escaladé la grue. Ils ont déployé une banderole avec le slogan « Climat : aux actes ! ».", "Greenpeace"),
        ("Les grévistes de la CGT ont défilé dans le centre. « Retrait, retrait, retrait ! » Le cortège a rejoint la préfecture.", "CGT"),
    ])
    func theCrowdsOrganisationSpeaks(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    @Test func aCrowdOfNoOneStaysSpeakerless() {
        let text = "Des milliers de manifestants ont défilé devant le siège de TotalEnergies. Ils scandaient « Climat : aux actes ! »."
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == nil)
    }
}
