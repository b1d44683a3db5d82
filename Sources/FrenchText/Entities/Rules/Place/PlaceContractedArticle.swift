/// A town whose name starts with an article, after the contracted article that holds it: `au Havre` (Le Havre),
/// `du Mans` (Le Mans), `aux Sables-d’Olonne` (Les Sables-d’Olonne). The mention is the name after the article.
extension PlaceRecognizer {
    /// Contracted articles and the article they hold (`au` → `le`), as lookup keys.
    static let contractedArticles: [String: String] = {
        var out = [String: String]()
        for row in LexicalTables.rows(.entityPlaceContractedArticles) where row.count >= 2 { out[LookupKey.make(row[0])] = LookupKey.make(row[1]) }
        return out
    }()

    /// The contracted articles' keys as ids: a word is one when its key is in the set (no string hashed elsewhere).
    static let contractedArticleKeys = FormSet(forms: contractedArticles.keys)

    /// The `place-contracted-article` rule at word `i`.
    func contractedArticleRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, w.isCapitalized, !w.sentenceStart, let prev = context.word(i - 1),
              Self.contractedArticleKeys.contains(prev.key), let article = Self.contractedArticles[prev.keyText] else { return nil }
        var keys = [article]
        var best: Int?
        for end in (i + 1)...min(i + 4, words.count) {
            if end - 1 > i && words[end - 1].sentenceStart { break }
            keys.append(words[end - 1].keyText)
            if context.gazetteer.isCity(keys: keys) { best = end }
        }
        guard let best else { return nil }
        return [EntityCandidate(i..<best, .location, rule: .placeContractedArticle, priority: EntityPriority.gazetteer)]
    }
}
