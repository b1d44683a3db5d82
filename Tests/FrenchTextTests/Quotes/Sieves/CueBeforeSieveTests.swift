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
}
