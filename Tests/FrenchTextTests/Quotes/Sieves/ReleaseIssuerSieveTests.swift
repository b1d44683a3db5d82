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
