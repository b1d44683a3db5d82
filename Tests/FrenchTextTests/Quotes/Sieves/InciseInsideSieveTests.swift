import Testing
@testable import FrenchText

@Suite struct InciseInsideSieveTests {
    @Test(arguments: [
        "« Nous avons tout essayé, a souligné Marc Dubreuil, mais la route restera fermée tout l’hiver. »",
        "« Les habitants sont inquiets, confie Marc Dubreuil au journal local, et nous les comprenons très bien. »",
    ])
    func inciseWithACueNamesBothParts(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        for q in quotes {
            #expect(q.rule == .inciseInside)
            #expect(q.speaker?.name == "Marc Dubreuil")
        }
    }

    @Test func selonInsideTheMarks() {
        let text = "Marc Dubreuil dirige la régie depuis 2019. « Le chantier, selon lui, prendra encore deux bonnes années. »"
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.allSatisfy { $0.rule == .inciseInside })
        #expect(quotes.first?.speaker?.name == "Marc Dubreuil")
    }
}
