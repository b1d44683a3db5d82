/// A quote written all in capitals, as a heading repeating someone's words (`« IL NE MÉRITAIT PAS DE MOURIR »`): every
/// word starts with a capital, so it has a title's shape, but its words are speech.
extension QuoteExtractor {
    /// True when the region `r` has no lower-case letter and its words (read in lower case) hold a pronoun of speech, a
    /// negation or a finite verb: `« NOUS NE LÂCHERONS RIEN »` is speech; `« CAP SUR L’AVENIR »` stays a title.
    func isShoutedSpeech(_ r: Range<Int>, paragraph: Int, _ pass: Pass) -> Bool {
        guard !pass.scalars[r].contains(where: { $0.properties.isLowercase }) else { return false }
        var inside = [QuoteItem]()
        pass.document.quoteItems(r, paragraph: paragraph, into: &inside)
        return inside.contains { w in
            w.isWord && (pass.parser.isFiniteVerbWord(w.key) || Self.speechWords.contains(w.key)
                         || Self.quoteSpeakingPronouns.contains(w.key) || pass.parser.table.pronouns[w.key] != nil)
        }
    }
}
