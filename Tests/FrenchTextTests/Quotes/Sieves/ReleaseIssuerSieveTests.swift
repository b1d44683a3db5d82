import Testing
@testable import FrenchText

@Suite struct ReleaseIssuerSieveTests {
    @Test(arguments: ["Collectif Parité Ouest – Communiqué", "COMMUNIQUÉ – Collectif Parité Ouest"])
    func headlineQuoteIsTheIssuers(_ head: String) {
        let text = "\(head)\n\n« L’égalité salariale ne peut plus attendre »\n\nLe collectif appelle à manifester samedi devant la mairie."
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .releaseIssuer)
        #expect(q?.speaker?.name == "Collectif Parité Ouest")
    }

    @Test func noIssuerWithoutTheWordForARelease() {
        #expect(ReleaseIssuerSieve.issuer(Array("Collectif Parité Ouest – Rennes".unicodeScalars), [0..<31]) == nil)
    }
}

/// `Communiqué de X` heading a release: X speaks its unattributed quotes (cat. 3).
@Suite struct ReleaseHeadedByIssuerTests {
    @Test(arguments: [
        ("Communiqué de la Ligue des droits humains\n\nNous dénonçons les expulsions de ce matin.\n\n« Ces familles n’avaient nulle part où aller. »",
         "Ligue des droits humains"),
        ("Communiqué d’Amnesty International\n\n« Les détenus doivent être libérés sans condition. »", "Amnesty International"),
        ("Communiqué de presse de l’association Vélo Cité\n\nNous demandons des pistes.\n\n« Nous voulons des pistes sûres pour tous les enfants. »",
         "association Vélo Cité"),
    ])
    func theIssuerSpeaks(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == speaker)
        #expect(q?.rule == .releaseIssuer)
    }

    /// A date after the head names no issuer.
    @Test func notADate() {
        let text = "Communiqué du 5 mars\n\n« Les détenus doivent être libérés sans condition. »"
        #expect(SieveTestSupport.quotes(text).first?.speaker == nil)
    }
}
