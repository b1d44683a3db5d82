import Testing
@testable import FrenchText

@Suite struct ElisionTests {
    @Test(arguments: [
        ("l’étape", ["l’", "étape"]), ("l'étape", ["l'", "étape"]), ("lʼétape", ["lʼ", "étape"]),
        ("qu’il", ["qu’", "il"]), ("jusqu’à", ["jusqu’", "à"]), ("d’Amnesty", ["d’", "Amnesty"]),
        ("n’est", ["n’", "est"]), ("s’est", ["s’", "est"]), ("c’est", ["c’", "est"]), ("j’ai", ["j’", "ai"]),
        ("m’a", ["m’", "a"]), ("t’en", ["t’", "en"]), ("lorsqu’elle", ["lorsqu’", "elle"]),
        ("puisqu’on", ["puisqu’", "on"]), ("quoiqu’il", ["quoiqu’", "il"]), ("L’ONU", ["L’", "ONU"]),
        ("QU’IL", ["QU’", "IL"]), ("qu’aujourd’hui", ["qu’", "aujourd’hui"]),
    ])
    func splitsElidedWords(text: String, expected: [String]) {
        let doc = TokenizerFixture.document(text)
        #expect(doc.tokens.map(\.text) == expected)
        #expect(doc.tokens.first?.kind == .elision)
        #expect(doc.tokens.first?.rule == .elision)
    }

    @Test(arguments: ["aujourd’hui", "aujourd'hui", "presqu’île", "prud’homme", "prud'hommes", "quelqu’un", "O’Neill"])
    func keepsWholeWords(word: String) {
        #expect(TokenizerFixture.texts(word) == [word])
    }

    @Test func realSentence() {
        #expect(TokenizerFixture.texts("Il a indiqué qu’il resterait jusqu’à l’aube.")
            == ["Il", "a", "indiqué", "qu’", "il", "resterait", "jusqu’", "à", "l’", "aube", "."])
    }
}

/// A capital `N’`/`M’` opening a capitalised name is part of the name.
@Suite struct NameElisionTests {
    @Test(arguments: ["Aminata N’Diaye", "Fatou N'Diaye", "Dieudonné M’Bala M’Bala", "N’Golo Kanté", "Youssou N’Dour"])
    func aNameKeepsItsApostrophe(name: String) {
        let tokens = TokenizerFixture.document("Selon \(name), rien ne change.").tokens
        let last = name.split(separator: " ").last.map(String.init)!
        #expect(tokens.contains { $0.text == last && $0.kind == .word })
        #expect(!tokens.contains { $0.kind == .elision })
    }

    @Test(arguments: [("N’importe qui peut venir.", "N’"), ("M’a-t-il vu ?", "M’"), ("N’IMPORTE QUOI", "N’"),
                      ("L’État et la Région.", "L’")])
    func otherCapitalElisionsStayElisions(text: String, elision: String) {
        #expect(TokenizerFixture.document(text).tokens.first.map { $0.text == elision && $0.kind == .elision } == true)
    }
}
