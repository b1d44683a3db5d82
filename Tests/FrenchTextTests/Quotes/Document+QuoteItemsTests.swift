import Testing
@testable import FrenchText

/// The quote extractor reads the tokenizer's words (one segmentation for the whole library), by index.
@Suite struct DocumentQuoteItemsTests {
    static func items(_ text: String) -> [QuoteItem] {
        let doc = Tokenizer().document(from: text, name: "test")
        var out = [QuoteItem]()
        doc.quoteItems(0..<text.unicodeScalars.count, paragraph: 0, into: &out)
        return out
    }

    @Test func invertedPronounIsThePronounAlone() {
        let w = Self.items("« Oui », a-t-il déclaré.")
        let il = w.first { $0.isInverted }
        #expect(il?.text == "il")
        #expect(il?.key == "il")
        #expect(il.map { Array("« Oui », a-t-il déclaré.".unicodeScalars)[$0.start] } == "i")
    }

    @Test(arguments: ["l’Intérieur", "qu’elle", "s’indignait"])
    func elisionsAreTheTokenizers(_ text: String) {
        let w = Self.items(text)
        #expect(w.count == 2)
        #expect(w.first?.isElided == true)
        #expect(w.first?.key.hasSuffix("'") == true)
    }

    @Test(arguments: ["presqu’île", "détenu·e·s", "1 000"])
    func oneTokenIsOneWord(_ text: String) {
        #expect(Self.items(text).map(\.text) == [text])
    }

    @Test func aWordItemReadsItsWordsIDs() {
        let text = "Le maire de Lyon, Grégory Doucet."
        let doc = Tokenizer().document(from: text, name: "test")
        var out = [QuoteItem]()
        doc.quoteItems(0..<text.unicodeScalars.count, paragraph: 0, into: &out)
        for item in out where item.isWord {
            #expect(item.form == doc.words[item.word].form)
            #expect(item.keyID == doc.words[item.word].key)
        }
    }

    @Test func titlesKeepTheirPeriodOtherAbbreviationsDoNot() {
        let w = Self.items("M. Dupont, etc.")
        #expect(w.first?.isTitle == true)
        #expect(w.first?.text == "M.")
        #expect(w.first?.key == "m")
        #expect(w.suffix(2).map(\.text) == ["etc", "."])
    }

    @Test func marksOfOnePunctuationTokenAreOneItemEach() {
        let w = Self.items("Vraiment ?! Oui...")
        #expect(w.filter(\.isPunctuation).map(\.key) == ["?", "!", "…"])
    }
}
