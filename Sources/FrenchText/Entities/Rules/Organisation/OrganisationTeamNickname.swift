/// A team named by its nickname in a match report: a capitalised plural (in -s or -x) after a plural determiner (`les Dragons
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
                && determiners.contains(words[i - 1].key) && isAgreeingAdjective(words[i]) && words[i].text.count >= 4
        }
        guard !spots.isEmpty, isMatchReport(context) else { return [] }
        let organisations = OrganisationRecognizer(context: context)
        var out = [EntityCandidate]()
        for i in spots {
            let w = words[i]
            guard context.isNameWord(i), context.knownName(at: i) == nil, !context.isFirstName(w), !context.isProperNoun(w),
                  !isDemonym(w, organisations), NonEntityRecognizer.competitionEnd(at: i, in: words) == nil,
                  let end = nicknameEnd(i, context) else { continue }
            out.append(EntityCandidate(i..<end, .organisation, rule: .organisationTeamNickname, priority: EntityPriority.pattern))
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

    /// The end of the nickname at `i` with its qualifier: a plural adjective (`les Diables rouges`, `les Lions
    /// Locaux`), or `de` and a known place or an article and a capitalised name (`les Coyotes de l’Arizona`, `les
    /// Lions de la Téranga`); `i + 1` without one; nil when a longer name of another kind opens there (`les Bleus
    /// Kylian …`, `les Verts de Christophe Galtier`).
    private static func nicknameEnd(_ i: Int, _ context: EntityContext) -> Int? {
        guard context.words[i].spaceAfter, let n = context.nextInSentence(i), n.wordClass == .word else { return i + 1 }
        if n.isCapitalized {
            guard isAgreeingAdjective(n), context.isNameWord(i + 1), !context.isFirstName(n), context.knownName(at: i + 1) == nil,
                  !n.isAllCaps else { return nil }
            return i + 2
        }
        if OrganisationRecognizer.deForms.contains(n.key) { return complementEnd(i + 2, context) ?? (opensName(i + 2, context) ? nil : i + 1) }
        // les Diables rouges: a lower-case plural adjective that is no verb form nor participle (`les Aigles battus`),
        // nor an adjective of origin (`les Lions camerounais`: the demonym says whose team, it is no part of the name).
        guard isAgreeingAdjective(n), context.isAdjective(n), !context.isVerbForm(n),
              !OrganisationRecognizer(context: context).isDemonymAdjective(n) else { return i + 1 }
        return isPlainAdjective(n, context) ? i + 2 : nil
    }

    /// After `de`: a known place (`de Montréal`, `de l’Arizona`) or an article and capitalised words (`de la Téranga`).
    private static func complementEnd(_ k: Int, _ context: EntityContext) -> Int? {
        guard let w = context.word(k), !w.sentenceStart else { return nil }
        if let m = context.knownName(at: k), m.entry.type == .location { return k + m.length }
        guard EntityWordGroups.definiteAfterDe.contains(w.key), let c = context.word(k + 1), !c.sentenceStart,
              c.wordClass == .word, c.isCapitalized, context.isNameWord(k + 1) else { return nil }
        if let m = context.knownName(at: k + 1) { return m.entry.type == .location ? k + 1 + m.length : nil }
        return k + 2
    }

    /// True when a capitalised word stands at `k`: the nickname's `de` opens a name of another kind.
    private static func opensName(_ k: Int, _ context: EntityContext) -> Bool {
        guard let w = context.word(k), !w.sentenceStart else { return false }
        return w.isCapitalized || w.wordClass == .elision || EntityWordGroups.definiteAfterDe.contains(w.key)
    }

    /// True when the lexicon reads `w` as an adjective and not as a participle only (`rouges`, not `battus`).
    private static func isPlainAdjective(_ w: Word, _ context: EntityContext) -> Bool {
        guard let lexicon = context.lexicon else { return false }
        return lexicon.analyses(of: w.text).contains { $0.isAdjective && !$0.isPastParticiple }
    }

    /// `olympiques`, `rouges`, `Locaux`: a plural adjective right after (part of the name, a longer title).
    private static func isAgreeingAdjective(_ w: Word) -> Bool { w.keyText.hasSuffix("s") || w.keyText.hasSuffix("x") }
}
