import Testing
@testable import FrenchText

@Suite struct AbbreviationTests {
    @Test(arguments: ["M.", "MM.", "Mme.", "Mlle.", "etc.", "av.", "J.-C.", "p.", "J.-L.", "U.S.A.", "c.-à-d.", "n°"])
    func keepTheirPeriod(abbreviation: String) {
        let doc = TokenizerFixture.document("selon \(abbreviation) Dupont")
        #expect(doc.tokens.map(\.text) == ["selon", abbreviation, "Dupont"])
        #expect(doc.tokens[1].kind == .abbreviation)
    }

    @Test(arguments: ["Mme", "Dr", "St", "Mgr", "Me"])
    func withoutPeriodBeforeAName(title: String) {
        #expect(TokenizerFixture.document("\(title) Delisle").tokens.first?.kind == .abbreviation)
    }

    @Test func meIsAWordBeforeALowerCaseWord() {
        #expect(TokenizerFixture.document("Me voici").tokens.first?.kind == .word)
    }

    @Test(arguments: [
        "M. Türk a déclaré que la situation était grave.",
        "MM. Dupont et Durand sont arrivés.",
        "Mme Delisle et le Dr Martin l’ont dit.",
        "En 52 av. J.-C., César a conquis la Gaule.",
        "J.-L. Mélenchon a parlé.",
        "Mme. Durand, maire de la ville, a parlé.",
    ])
    func doNotEndSentences(sentence: String) {
        #expect(TokenizerFixture.document(sentence).sentences.count == 1)
    }

    @Test func etcMayCloseASentence() {
        #expect(TokenizerFixture.document("Des livres, des disques, etc. Puis il est parti.").sentences.count == 2)
        #expect(TokenizerFixture.document("Des livres, des disques, etc. pour tous.").sentences.count == 1)
    }
}
