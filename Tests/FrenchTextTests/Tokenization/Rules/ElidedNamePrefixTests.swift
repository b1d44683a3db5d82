import Testing
@testable import FrenchText

/// A capital `N’` or `M’` before a word the lexicon does not know opens a name (`N’DIAYE` in a byline in capitals,
/// `M’hamed`); before a word it knows it stays an elision (`N’EST`, `M’a`).
@Suite struct ElidedNamePrefixTests {
    @Test(arguments: [
        ("Par AÏSSATOU N’DIAYE, à Thiès", "N’DIAYE"),
        ("Le sélectionneur M’hamed Benali a convoqué trente joueurs.", "M’hamed"),
    ])
    func anUnknownWordAfterThePrefixIsOneName(text: String, word: String) {
        #expect(TokenizerFixture.texts(text).contains(word), "\(TokenizerFixture.texts(text))")
    }

    @Test(arguments: [
        ("N’EST-CE PAS LA FIN ?", "N’"), ("M’a-t-il répondu.", "M’"), ("N’oubliez pas vos papiers.", "N’"),
    ])
    func aKnownWordAfterThePrefixIsAnElision(text: String, elision: String) {
        let tokens = TokenizerFixture.document(text).tokens
        #expect(tokens.first?.text == elision && tokens.first?.kind == .elision, "\(tokens.map(\.text))")
    }

    @Test func theNameIsOnePerson() {
        let text = "« Il faut attendre », estime le sélectionneur, M’hamed Benali, avant le match."
        #expect(entityLabels(text).contains("PER M’hamed Benali"), "\(entityLabels(text))")
    }
}
