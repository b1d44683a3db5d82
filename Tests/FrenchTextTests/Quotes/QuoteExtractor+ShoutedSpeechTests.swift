import Testing
@testable import FrenchText

/// Headings in capitals that repeat someone's words are quotes; titles in capitals stay fragments.
@Suite struct ShoutedSpeechTests {
    @Test(arguments: [
        "« NOUS NE LÂCHERONS RIEN FACE À LA DIRECTION »\n\nLes salariés ont manifesté mardi. « Nous ne lâcherons rien face à la direction », a lancé Paul Girard, délégué syndical.",
        "« IL NE MÉRITAIT PAS DE MOURIR »\n\nInterrogée mardi, la mairesse Valérie Martin a jugé qu’« il ne méritait pas de mourir » et promis une murale.",
        "« JE NE REGRETTE RIEN »\n\nL’entraîneur Paul Girard a tenu à défendre ses choix après la défaite de samedi.",
    ])
    func headingInCapitalsIsAQuote(_ text: String) {
        let first = QuoteTestSupport.extract(text).quotes.first
        #expect(first?.kind == .direct)
    }

    @Test(arguments: [
        "« CAP SUR L’AVENIR »\n\nLa région lance un nouveau plan pour les lycées.",
        "Le festival présente « LES NUITS DU SUD » pour sa douzième édition.",
    ])
    func titleInCapitalsStaysAFragment(_ text: String) {
        #expect(QuoteTestSupport.extract(text).quotes.first?.kind == .fragment)
    }
}
