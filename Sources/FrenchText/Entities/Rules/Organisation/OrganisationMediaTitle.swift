/// A press title: `La Voix du Nord`, `L’Écho de l’Audomarois`, or a head that stands alone: `Le Progrès`.
extension OrganisationRecognizer {
    /// The `organisation-media-title` rule at word `i`.
    func mediaTitleRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, w.isCapitalized && tables.mediaTitleHeads[w.form] != nil, let c = mediaTitle(at: i) ?? shortTitle(at: i) else { return nil }
        return [c]
    }

    /// `a indiqué au Journal`, `interrogé par le Journal`: a title head that is no adjective, capitalised in the middle
    /// of a sentence after a lower-case article, with no complement, is the newspaper the text names in short (the
    /// head alone); after a capitalised article (`La Gazette`) the head alone needs a place (``mediaTitle(at:)``).
    func shortTitle(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard !w.sentenceStart, let article = context.word(i - 1), Self.articles.contains(article.key) || Self.aConnectors.contains(article.key) || Self.deForms.contains(article.key),
              !article.sentenceStart, !article.isCapitalized, let lexicon = context.lexicon, !lexicon.analyses(of: w.text.lowercased()).contains(where: \.isAdjective) else { return nil }
        if let next = context.nextInSentence(i), next.isCapitalized || Self.titleConnectors.contains(next.key) { return nil }
        return EntityCandidate(i..<(i + 1), .organisation, rule: .organisationMediaTitle, priority: EntityPriority.pattern)
    }

    /// A press title: a capitalised article, a title head and a place: `L’Écho de l’Audomarois`, `La Voix du Nord`,
    /// `Le Courrier de l’Ouest`; or a head that stands alone: `Le Progrès`, `Le Télégramme`.
    func mediaTitle(at i: Int) -> EntityCandidate? {
        guard let article = context.word(i - 1), Self.articles.contains(article.key), article.isCapitalized,
              article.spaceAfter || article.wordClass == .elision, let alone = tables.mediaTitleHeads[words[i].form] else { return nil }
        if let de = context.nextInSentence(i), Self.titleConnectors.contains(de.key), words[i].spaceAfter {
            var k = i + 2
            if let a = context.word(k), Self.articles.contains(a.key) { k += 1 }
            var end = k
            while end < words.count, end - k < 3, words[end].wordClass == .word, words[end].isCapitalized, !words[end].sentenceStart, context.isNameWord(end) {
                end += 1
                if !words[end - 1].spaceAfter { break }
            }
            if end > k { return EntityCandidate((i - 1)..<end, .organisation, rule: .organisationMediaTitle, priority: EntityPriority.pattern + 2) }
        }
        guard alone, context.nextInSentence(i)?.isCapitalized != true else { return nil }
        return EntityCandidate((i - 1)..<(i + 1), .organisation, rule: .organisationMediaTitle, priority: EntityPriority.pattern)
    }

    static let titleConnectors: FormSet = Self.deForms
}
