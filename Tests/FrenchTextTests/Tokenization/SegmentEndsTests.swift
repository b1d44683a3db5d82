import Testing
@testable import FrenchText

/// The tokenizer asks ICU for a segment end only where a rule reads one (``Tokenizer/SegmentEnds/onDemand``,
/// `ubrk_following` from that offset); these tests check that it gives the tokens of the reference path, which reads
/// every boundary in turn from the start of the text (``Tokenizer/SegmentEnds/iterated``).
@Suite struct SegmentEndsTests {
    static func tokens(_ text: String, _ segmentEnds: Tokenizer.SegmentEnds) -> [Token] {
        var tokenizer = Tokenizer()
        tokenizer.segmentEnds = segmentEnds
        return tokenizer.document(from: text).tokens
    }

    @Test(arguments: [
        // Elisions, apostrophes inside words, inversions.
        "L’ONG a rappelé qu’aujourd’hui, jusqu’à l’audience d’appel, rien n’a changé ; a-t-il compris ?",
        "D'après l'avocate, l’État s'est trompé.Puis il est parti (dit-elle).",
        // Addresses, e-mails, handles.
        "Consultez https://www.exemple.org/rapport-2024?page=2, ou écrivez à presse@exemple.fr (#justice, @ong_fr).",
        "Le site exemple.org/fr.Le rapport, publié sur www.exemple.net.",
        // Numbers with spaces, decimals, phones, dates, ordinals.
        "Le budget passe de 12 500 000 € à 3,5 milliards (+2,4 %) ; appelez le 01 53 38 66 00 avant le 18/10/2024.",
        "En 2019 120 personnes, puis 1\u{202F}000 et 1\u{00A0}500,50 francs ; le 1er mai, la XXIe édition, 10h30.",
        // Inclusive writing.
        "Les étudiant·e·s et les militant.e.s, ceux·celles qui manifestent, sont salarié(e)s ou chômeur-se-s ; iel vient.",
        // Emoji, skin tones, joiners, flags, emoji glued to words.
        "Bravo 👏🏽 à toute l’équipe 👩‍👩‍👧 !Quelle joie😀😀, vraiment… 🇫🇷🇨🇦 merci👍.",
        // Combining marks: decomposed accents, marks after punctuation and symbols.
        "Le de\u{301}le\u{301}gue\u{301} a\u{300} Gene\u{300}ve a parle\u{301}, e\u{301}mu.",
        "Un signe ,\u{301} isolé, un point .\u{20DD} entouré, un « \u{308} » seul et 5\u{20E3} ou #\u{FE0F}\u{20E3}.",
        // Arabic, Chinese, Japanese and Hebrew names in French text, glued or not.
        "Mohammed ben Salmane (محمد بن سلمان) a reçu Xi Jinping (习近平) à Riyad, selon l’agence.",
        "Le groupe华为a annoncé, à Tōkyō (東京都), que カタカナ et 日本語の文章 restent ; Netanyahou (נתניהו) aussi.",
        // Periods and colons between letters, quotation marks, ellipses.
        "Sa musique.Emmanuel a dit : « Non. » Puis “oui”… Fin.) M. Dupont, etc. U.S.A. J.-C. 15:30 a:b",
    ])
    func onDemandEndsGiveTheIteratedTokens(text: String) {
        #expect(Self.tokens(text, .onDemand) == Self.tokens(text, .iterated))
    }

    /// The same on the dev corpus, document by document.
    @Test(.enabled(if: TokenizerDevCorpus.isAvailable, "../shared/corpus/dev (the shared gold-annotated dev set) is not beside the package"))
    func devCorpusGivesTheIteratedTokens() throws {
        for name in TokenizerDevCorpus.names {
            let text = try TokenizerDevCorpus.text(name)
            #expect(Self.tokens(text, .onDemand) == Self.tokens(text, .iterated), "\(name)")
        }
    }
}
