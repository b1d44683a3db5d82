/// A capitalised name in quotation marks after a speech verb or `selon` and an article is the medium that reports:
/// `rapporte le «Tagblatt»`, `selon « Le Temps »`, `écrit la « Tribune de Genève »`. Lower-case words inside
/// (`« le plan de la dernière chance »`) make it a quote, and so does a word without an article (`a dit « Merci »`).
extension OrganisationRecognizer {
    /// The `organisation-quoted-medium` rule at word `i` (an opening quotation mark).
    func quotedMediumRule(at i: Int) -> [EntityCandidate]? {
        guard words[i].wordClass == .quote, let before = context.word(i - 1) else { return nil }
        // rapporte le «Tagblatt», selon « Le Temps »: the article before the marks or inside them.
        let leadAt = Self.articles.contains(before.key) ? i - 2 : i - 1
        guard let lead = context.word(leadAt), lead.wordClass == .word,
              Self.websiteLeads.contains(lead.key) || isReportingVerb(lead) else { return nil }
        // a dit « Merci »: a medium is named with its article, before the marks or inside them.
        guard let first = context.word(i + 1), first.wordClass == .word || first.wordClass == .elision, first.isCapitalized,
              Self.articles.contains(before.key) || Self.articles.contains(first.key) else { return nil }
        var j = i + 1
        while j < words.count, j - i <= 5 {
            let x = words[j]
            if x.wordClass == .quote {
                return j > i + 1 ? [EntityCandidate((i + 1)..<j, .organisation, rule: .organisationQuotedMedium, priority: EntityPriority.pattern)] : []
            }
            guard x.wordClass == .word || x.wordClass == .elision, x.isCapitalized || Self.lowerInTitles.contains(x.key) else { return nil }
            j += 1
        }
        return nil
    }

    /// True when the word is a form of a speech verb (`rapporte`, `écrivait`, `s'indignait`): the word view's
    /// `.cueVerb` bit, from `cue_verbs.txt` through Hunspell's lemmas (so without a lexicon, never).
    func isReportingVerb(_ w: Word) -> Bool {
        context.lexicon != nil && w.isAny(.cueVerb)
    }
}
