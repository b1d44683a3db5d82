import Testing
@testable import FrenchText

@Suite struct EntityExplanationTests {
    @Test func aResolverPassIsNamed() {
        // The acronym alone is found as an unknown acronym, then linked to the name it abbreviates.
        let doc = Tokenizer().document(from: "La Commission des champs de bataille nationaux (CCBN) gère le parc. La CCBN a répondu.")
        let text = EntityTagger().explanation(of: doc)
        #expect(text.contains("ORG   Commission des champs de bataille nationaux"))
        #expect(text.split(separator: "\n").contains { $0.contains("CCBN") && $0.contains("(Commission des champs de bataille nationaux)") })
    }

    @Test func everyRuleNameIsAnEntityRule() {
        let doc = Tokenizer().document(from: "Le 1er septembre 2025, M. Volker Türk, du Haut-Commissariat, est arrivé à Genève avec l’OMCT.")
        for m in EntityTagger().mentions(in: doc) {
            #expect(EntityRule(rawValue: m.rule) != nil, "\(m.rule)")
        }
    }
}
