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

/// `selon le communiqué de X`, `indique le rapport d’X`: a document noun's publisher speaks (cat. 4).
@Suite struct DocumentPublisherTests {
    @Test(arguments: [
        ("Selon le communiqué de la préfecture du Nord, « aucune victime n’est à déplorer ».", "préfecture du Nord"),
        ("« Les détenus sont maltraités », selon le rapport d’Amnesty International publié mardi.", "Amnesty International"),
        ("« La procédure est toujours en cours », indique le communiqué du parquet de Lyon.", "parquet de Lyon"),
    ])
    func thePublisher(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == speaker)
        #expect(q?.speaker?.kind == .organisation)
    }

    /// A date or a thing after the document noun is no publisher.
    @Test func notADate() {
        let q = SieveTestSupport.quotes("Selon le communiqué du 5 mars, « aucune victime n’est à déplorer ».").first
        #expect(q?.speaker?.name == nil)
    }
}
