/// A team named by its nickname in a match report: a capitalised plural after a plural determiner (`les Dragons
/// ont concédé…`, `la victoire face aux Kings`, `du côté des Bleues`), when the text reports on matches (two
/// nouns of sports reporting such as `match`, `entraîneur`, `mi-temps`, or one and a score `1-4`).
///
/// Demonyms stay out (`les Fribourgeois`, `les Françaises`: not entities by the annotation conventions), and so do
/// known names, first names and words that open a longer capitalised name (`les Canadiens de Montréal` is a known
/// club). Outside a match report the same shape is a title or a common plural (`les Jardins`, `des Affaires`).
enum OrganisationTeamNickname {
    /// Nouns of sports reporting (`match`, `entraîneur`), as lookup keys.
    static let reportNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgMatchReportNouns))
    /// Plural determiners before a nickname (`les`, `des`, `aux`), as lookup keys.
    static let determiners: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgTeamNicknameDeterminers))

    static func candidates(_ context: EntityContext) -> [EntityCandidate] {
        let words = context.words
        // Cheap first: a capitalised word ending in -s after a plural determiner, before any look at the text.
        let spots = words.indices.filter { i in
            i > 0 && words[i].wordClass == .word && words[i].isCapitalized && !words[i].isAllCaps && !words[i].sentenceStart
                && determiners.contains(words[i - 1].key) && words[i].keyText.hasSuffix("s") && words[i].text.count >= 4
        }
        guard !spots.isEmpty, isMatchReport(context) else { return [] }
        let organisations = OrganisationRecognizer(context: context)
        var out = [EntityCandidate]()
        for i in spots {
            let w = words[i]
            guard context.isNameWord(i), context.knownName(at: i) == nil, !context.isFirstName(w), !context.isProperNoun(w),
                  !isDemonym(w, organisations), !opensLongerName(i, context) else { continue }
            out.append(EntityCandidate(i..<(i + 1), .organisation, rule: .organisationTeamNickname, priority: EntityPriority.pattern))
        }
        return out
    }

    /// True when the text reports on matches: two distinct nouns of sports reporting, or one and a score (`1-4`).
    static func isMatchReport(_ context: EntityContext) -> Bool {
        var seen = Set<FormID>()
        var score = false
        for (k, w) in context.words.enumerated() {
            if reportNouns.contains(w.key) { seen.insert(w.key); if seen.count >= 2 { return true } }
            if !score, w.wordClass == .number || w.isDigits, ClubTown.scoreEnd(at: k, context) != nil { score = true }
        }
        return seen.count == 1 && score
    }

    /// `les Fribourgeois`, `les Slovènes`: a demonym by its ending or, in the singular, by the list of demonyms.
    private static func isDemonym(_ w: Word, _ organisations: OrganisationRecognizer) -> Bool {
        organisations.isDemonymAdjective(w) || OrganisationRecognizer.demonymAdjectives.contains(string: String(w.keyText.dropLast()))
    }

    /// `les Canadiens de Montréal`, `les Jeux olympiques`: a capitalised word or `de` and a capital right after.
    private static func opensLongerName(_ i: Int, _ context: EntityContext) -> Bool {
        guard context.words[i].spaceAfter, let n = context.nextInSentence(i), n.wordClass == .word else { return false }
        if n.isCapitalized { return true }
        if OrganisationRecognizer.deForms.contains(n.key), let c = context.nextInSentence(i + 1), c.isCapitalized { return true }
        // les Diables rouges, les Jeux olympiques: a lower-case plural adjective that is no verb form.
        return isAgreeingAdjective(n) && context.isAdjective(n) && !context.isVerbForm(n)
    }

    /// `olympiques`, `rouges`: a lower-case plural adjective right after (part of the name, a longer title).
    private static func isAgreeingAdjective(_ w: Word) -> Bool { w.keyText.hasSuffix("s") }
}
