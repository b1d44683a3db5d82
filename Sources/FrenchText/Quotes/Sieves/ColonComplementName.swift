/// Stage 1 guard for `colon-name`: the name just before the colon is the complement of the words before it — a
/// portfolio or an institution after `de` (`Marie Dubois, nouvelle ministre de la Santé : « … »`), the object of a
/// verb (`Luc Girard, qui quitte la Culture : « … »`) — so it is no speaker; the line's subject is, and the colon
/// sieve reads it next (`colon-chez`, `colon-subject`).
///
/// ```swift
/// // "Paul Martin, ancien directeur de l’Hôpital Nord : « Nous avons fait ce que nous pouvions. »"
/// ColonComplementName.isComplement(words, phrase, from: s, parser: parser)   // true for `l’Hôpital Nord`: Paul Martin
/// ```
enum ColonComplementName {
    /// The phrase `p` (a name before the colon) follows `de`/`du`/`des`/`d’` or a finite verb, an article between.
    static func isComplement(_ w: [QuoteItem], _ p: SpeakerPhrase, from s: Int, parser: SpeakerPhraseParser) -> Bool {
        guard var k = (s..<w.count).first(where: { w[$0].start >= p.start }), k > s else { return false }
        if w[k].isWord, QuoteFunctionWords.definiteArticle.contains(w[k].key), k + 1 < w.count { k += 1 }
        var before = k - 1
        if before > s, w[before].isWord, QuoteFunctionWords.definiteArticle.contains(w[before].key) { before -= 1 }
        guard before >= s, w[before].isWord, !w[before].isCapitalized else { return false }
        let key = w[before].key
        return SpeakerPhraseParser.deForms.contains(key) || parser.isFiniteVerbWord(key)
    }
}
