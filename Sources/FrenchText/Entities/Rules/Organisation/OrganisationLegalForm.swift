/// A name before a legal form: `Meuse-Ourthe Bâtiment SRL`, `Boréalis inc.`, `Siemens AG`.
extension OrganisationRecognizer {
    /// The `organisation-legal-form` rule at word `i`.
    func legalFormRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, tables.legalForms.contains(w.form), let c = legalFormName(endingAt: i) else { return nil }
        return [c]
    }

    /// A name before a legal form: `Meuse-Ourthe Bâtiment SRL`, `Boréalis inc.`, `Siemens AG`.
    func legalFormName(endingAt i: Int) -> EntityCandidate? {
        var start = i
        var k = i - 1
        while k >= 0, i - k <= 5, let w = context.word(k), w.wordClass == .word, w.spaceAfter || w.text.hasSuffix("-") {
            if w.isCapitalized && context.isNameWord(k) && !tables.legalForms.contains(w.form) {
                // At a sentence start a common word is not part of the name: `Selon Boréalis inc.`
                if w.sentenceStart && context.isCommonLower(w) && k < i - 1 { break }
                start = k
                if w.sentenceStart { break }
                k -= 1
            } else if w.text == "&" || Self.deForms.contains(w.key) && start == k + 1 {
                k -= 1
            } else {
                break
            }
        }
        // Les Hortensias de Sarzeau SAS: a capitalised article inside a sentence belongs to the name.
        if start < i, Self.initialsSkipped.contains(words[start].key) {
            let article = Self.articles.contains(words[start].key) && words[start].isCapitalized
            if !(article && !words[start].sentenceStart && start + 1 < i) { start += 1 }
        }
        // Pierres bleues Halleux-Gossiaux SA: lower-case words of the name back to its capitalised first word.
        if start < i, let first = lowerCaseNameStart(before: start) { start = first }
        guard start < i, !Self.initialsSkipped.contains(words[start].key) || words[start].isCapitalized else { return nil }
        var end = i + 1
        if words[i].text.first?.isLowercase == true || EntityWordGroups.legalFormWithPeriod.contains(words[i].form),
           !words[i].spaceAfter, let dot = context.word(i + 1), dot.text == "." { end = i + 2 }
        return EntityCandidate(start..<end, .organisation, rule: .organisationLegalForm, priority: EntityPriority.pattern + 2)
    }

    /// Words skipped when initials are matched against an acronym.
    /// The capitalised first word of a company name whose next words are in lower case, before the capitalised
    /// word at `start`: `Pierres bleues` + `Halleux-Gossiaux SA`, `Transports routiers` + `Dupuis SRL`. At most two
    /// lower-case nouns or adjectives, no function word and no verb; the first word is not a sentence's common opener.
    func lowerCaseNameStart(before start: Int) -> Int? {
        var k = start - 1
        var lower = 0
        while k >= 0, lower < 3, let w = context.word(k), w.wordClass == .word, w.spaceAfter, !w.isCapitalized, !w.sentenceStart {
            guard !Self.initialsSkipped.contains(w.key), !Self.lowerInTitles.contains(w.key), context.isNounOrAdjective(w),
                  !context.isVerbOnly(w), !tables.orgIntroNouns.contains(w.key) else { return nil }
            lower += 1
            k -= 1
        }
        guard lower >= 1, lower <= 2, let first = context.word(k), first.wordClass == .word, first.spaceAfter, first.isCapitalized, !first.isAllCaps,
              context.isNameWord(k), !Self.initialsSkipped.contains(first.key), tables.orgHeads[first.key] == nil else { return nil }
        if first.sentenceStart { return nil }
        // Only after a word that ends a phrase: `exploitée par Pierres bleues …`, `, Pierres bleues …`.
        guard let before = context.word(k - 1), !before.isCapitalized || before.wordClass != .word else { return nil }
        return k
    }
}
