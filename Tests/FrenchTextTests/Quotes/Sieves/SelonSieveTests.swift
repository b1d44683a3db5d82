import Testing
@testable import FrenchText

@Suite struct SelonSieveTests {
    @Test(arguments: [
        ("Selon Claire Fontaine, « le projet doit être revu entièrement ».", QuoteRule.selon),
        ("D’après Claire Fontaine, « le projet doit être revu entièrement ».", QuoteRule.dApres),
        ("Pour Claire Fontaine, « le projet doit être revu entièrement ».", QuoteRule.pour),
    ])
    func clauseBeforeTheComma(_ text: String, _ rule: QuoteRule) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == rule)
        #expect(q?.speaker?.name == "Claire Fontaine")
    }

    @Test func sentenceOpenerFurtherBack() {
        let q = SieveTestSupport.quotes("Pour Claire Fontaine, cette décision est « une erreur historique pour la région ».").first
        #expect(q?.rule == .pour)
        #expect(q?.speaker?.name == "Claire Fontaine")
    }
}
