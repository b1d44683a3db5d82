import Testing
@testable import FrenchText

@Suite struct CueBeforeSieveTests {
    @Test(arguments: [
        "Le ministre Paul Girard a affirmé que « la réforme sera votée avant l’été ».",
        "Paul Girard a rappelé que « aucune décision n’a encore été prise ».",
        "Paul Girard a rappelé qu’« aucune décision n’a encore été prise ».",
    ])
    func cueAndQueBeforeTheQuote(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .queIntro)
        #expect(q?.speaker?.name == "Paul Girard")
    }

    @Test func cueRightBeforeTheQuote() {
        let q = SieveTestSupport.quotes("Paul Girard a déclaré « la réforme sera votée avant l’été » devant les députés.").first
        #expect(q?.rule == .cueBefore)
        #expect(q?.speaker?.name == "Paul Girard")
    }
}

/// A bare role apposition the verb closes without a comma (`X, président national du Syntrac explique « … »`): the
/// name before it is the subject, not the organisation that ends the role.
@Suite struct UnclosedAppositionTests {
    @Test(arguments: [
        ("Face aux policiers Augustin Dupré, président national du Syntrac explique « nous sommes face à une violation grave du droit syndical ».", "Augustin Dupré"),
        ("Devant la mairie, Marie Lenoir, secrétaire générale de la CGT déclare « nous ne lâcherons rien sur les salaires ».", "Marie Lenoir"),
    ])
    func theNameBeforeTheApposition(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }

    @Test func aSubjectWithItsDeterminerIsNoApposition() {
        let text = "En France, le ministre de l’Intérieur Paul Roux déclare « nous ne céderons pas à la pression »."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Paul Roux")
    }

    /// A coordinated subject: the first of the people named speaks (the dev conventions' choice); a list of capitalised
    /// nouns ending a ministry's title names no one.
    @Test(arguments: [
        ("Les avocats Julien Marchand et Paul Leroy ont déclaré « nous ferons appel de cette décision » à la sortie.", "Julien Marchand"),
        ("Le ministre de la Santé publique, Hygiène et Prévention a fait part de la situation qui reste « stable et maîtrisée dans tout le pays ».", nil),
        ("Le ministre de la Culture, du Tourisme et des Sports a déclaré que la saison serait « exceptionnelle pour tout le monde ».", nil),
    ] as [(String, String?)])
    func aCoordinatedSubject(_ text: String, _ speaker: String?) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }

    /// `recommander`, `préconiser`: verbs of advice introduce what is said.
    @Test(arguments: [
        "Le ministre Paul Girard recommande « vivement la discipline sanitaire » à tous les habitants.",
        "Le ministre Paul Girard préconise « une vaccination rapide des plus fragiles » dès cet hiver.",
    ])
    func verbsOfAdvice(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == "Paul Girard")
        #expect(q?.rule == .cueBefore)
    }
}
