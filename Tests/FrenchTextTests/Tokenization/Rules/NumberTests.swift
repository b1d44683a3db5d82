import Testing
@testable import FrenchText

@Suite struct NumberTests {
    @Test(arguments: ["1 000", "1\u{00A0}000", "1\u{202F}000", "52", "3,5", "3.5", "22.300", "12 500 000", "1 000,50"])
    func numbersAreOneToken(number: String) {
        let doc = TokenizerFixture.document("Il y a \(number) personnes.")
        #expect(doc.tokens.contains { $0.text == number && $0.kind == .number })
    }

    @Test func percentIsItsOwnToken() {
        #expect(TokenizerFixture.texts("3,5 % des voix") == ["3,5", "%", "des", "voix"])
        #expect(TokenizerFixture.texts("3,5\u{202F}%") == ["3,5", "%"])
    }

    @Test(arguments: [
        ("en 2019 120 défenseurs", ["en", "2019", "120", "défenseurs"]),
        ("le 1er septembre 2025, 52 personnes", ["le", "1er", "septembre", "2025", ",", "52", "personnes"]),
        ("les 52 000 personnes", ["les", "52 000", "personnes"]),
        ("à 11h30", ["à", "11h30"]),
    ])
    func yearsDoNotTakeGroups(text: String, expected: [String]) {
        #expect(TokenizerFixture.texts(text) == expected)
    }

    @Test(arguments: ["1er", "1re", "2e", "2ème", "XXIe", "IIIe", "XIXᵉ", "Ier", "Ire", "Ires", "Iʳᵉ", "Ve", "IVe", "2nd", "2nde"])
    func ordinals(word: String) {
        let token = TokenizerFixture.document("au \(word) siècle").tokens[1]
        #expect(token.text == word)
        #expect(token.kind == .ordinal)
    }

    @Test(arguments: ["Le", "Ce", "De", "Me", "Vie", "Ile", "Vers", "Inde", "Indes", "Xer"])
    func wordsThatLookRomanAreWords(word: String) {
        #expect(TokenizerFixture.document(word).tokens.first?.kind != .ordinal)
    }

    @Test(arguments: ["+33 1 53 38 66 00", "01 53 38 66 00", "+33 6 76 94 37 05", "01.53.38.66.00", "06-76-94-37-05",
                      "+33\u{00A0}1\u{00A0}53\u{00A0}38\u{00A0}66\u{00A0}00", "+41 22 917 92 00", "+33153386600"])
    func phoneNumbers(phone: String) {
        let doc = TokenizerFixture.document("Contact presse : \(phone).")
        #expect(doc.tokens.contains { $0.text == phone && $0.kind == .phone })
    }
}

/// `numeric-date` and `year-range`: dates and year spans written in digits are one token.
@Suite struct NumericDateTests {
    @Test(arguments: [
        ("Le 18/10/2022, le conseil a voté.", "18/10/2022"),
        ("Réunion prévue le 30/06 à Lyon.", "30/06"),
        ("Publication 5/3/24 : mise à jour.", "5/3/24"),
        ("Du 01/09/2025 au 15/09/2025.", "01/09/2025"),
    ])
    func aDateInDigitsIsOneToken(text: String, date: String) throws {
        let token = try #require(TokenizerFixture.token(date, in: text))
        #expect(token.kind == .number && token.rule == .numericDate)
    }

    @Test(arguments: ["le 1/3 des voix", "ouvert 24/7 ici", "en 12/2024 déjà", "les 32/10 points", "1/3/5/7"])
    func fractionsAndOtherSlashedNumbersAreNotDates(text: String) {
        #expect(!TokenizerFixture.document(text).tokens.contains { $0.rule == .numericDate })
    }

    @Test(arguments: [("l’exercice 2023-2024 clos", "2023-2024"), ("la guerre de 1939-1945", "1939-1945"),
                      ("la saison 2019-20 du club", "2019-20")])
    func twoYearsJoinedByAHyphenAreOneToken(text: String, range: String) throws {
        let token = try #require(TokenizerFixture.token(range, in: text))
        #expect(token.rule == .yearRange)
    }

    @Test(arguments: ["un score de 2-1", "les 10-12 ans", "entre 2024-2019 inversés", "le vol 1234-5678"])
    func otherHyphenatedNumbersStayApart(text: String) {
        #expect(!TokenizerFixture.document(text).tokens.contains { $0.rule == .yearRange })
    }
}
