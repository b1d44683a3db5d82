/// A well-known organisation written in lower case, as much of the web press writes institutions and parties:
/// `l’assemblée nationale`, `du parti socialiste`, `l’organisation mondiale de la santé`, `radio France`.
///
/// The gazetteer's organisation of two words or more, spelled word by word whatever their case, its first word in
/// lower case. A name all in lower case counts after a definite article or a contracted form (`l’`, `du`, `aux`:
/// `une assemblée nationale` is a common phrase) and when it ends there (`le parti socialiste européen` is another
/// party); names that are ordinary phrases in lower case (`le crédit agricole`) never count.
///
/// ```swift
/// // "Le texte a été adopté par l’assemblée nationale jeudi."
/// KnownOrganisationLowerCase.candidates(context)   // ORG assemblée nationale
/// ```
enum KnownOrganisationLowerCase {
    /// Definite articles and contracted forms before a name all in lower case (`l'`, `du`), as lookup keys.
    static let leads: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgLowerCaseLeads))
    /// Names that are common phrases in lower case (`crédit agricole`), their keys joined by spaces.
    static let phrases: Set<String> = Set(LexicalTables.lines(.entityOrgLowerCasePhrases))

    static func candidates(_ context: EntityContext) -> [EntityCandidate] {
        let words = context.words
        var out = [EntityCandidate]()
        var i = 0
        while i < words.count {
            let w = words[i]
            // à le360: a known one-word name holding a digit is the organisation in any case.
            if w.wordClass == .word, !w.isCapitalized, w.text.utf8.contains(where: { $0 &- 0x30 < 10 }),  // (an ASCII digit, read on bytes)
               let (entry, _) = context.gazetteer.longestMatchAnyCase(at: i, in: words, where: { $0.kind == .organisation && $0.keys.count == 1 }) {
                out.append(EntityCandidate(i..<(i + 1), .organisation, rule: .knownOrganisationLowerCase, priority: EntityPriority.gazetteer,
                                           canonical: entry.canonical))
                i += 1; continue
            }
            guard w.wordClass == .word, !w.isCapitalized, i > 0,
                  let (entry, n) = context.gazetteer.longestMatchAnyCase(at: i, in: words, where: isCandidate),
                  accepts(i, i + n, entry, context) else { i += 1; continue }
            let end = stateAdjectiveEnd(i + n, context)
            out.append(EntityCandidate(i..<end, .organisation, rule: .knownOrganisationLowerCase, priority: EntityPriority.gazetteer,
                                       canonical: end == i + n ? entry.canonical : nil))
            i = end
        }
        return out
    }

    /// An organisation's name (or a metonym's: `présidence de la République`) of two words or more that opens on no
    /// article (`Les Échos`) and is no common phrase.
    private static func isCandidate(_ e: GazetteerEntry) -> Bool {
        (e.kind == .organisation || e.kind == .metonym) && e.keys.count >= 2 && !EntityWordGroups.definiteArticle.contains(string: e.keys[0])
            && !phrases.contains(e.keys.joined(separator: " "))
    }

    /// `présidence de la République tunisienne`: an adjective of origin after a state's noun names the state with it.
    static func stateAdjectiveEnd(_ end: Int, _ context: EntityContext) -> Int {
        let last = context.words[end - 1]
        guard last.isCapitalized, last.spaceAfter, OrganisationRecognizer.stateNameNouns.contains(last.key), let a = context.nextInSentence(end - 1),
              a.wordClass == .word, !a.isCapitalized, context.isAdjective(a), OrganisationRecognizer(context: context).isDemonymAdjective(a) else { return end }
        return end + 1
    }

    /// True when words `start..<end` name the organisation: capitals after the first word (`radio France`), or all in
    /// lower case after a definite lead and closing the phrase (an organisation's name: `l’éducation nationale` is a
    /// field before it is the ministry).
    private static func accepts(_ start: Int, _ end: Int, _ entry: GazetteerEntry, _ context: EntityContext) -> Bool {
        let words = context.words
        guard !(start + 1..<end).contains(where: { words[$0].sentenceStart }) else { return false }
        // radio France; but the syndicat Unia: a known organisation inside is found (and extended) by its own name.
        let capitals = (start + 1..<end).filter { words[$0].isCapitalized }
        if !capitals.isEmpty { return !capitals.contains { context.knownName(at: $0)?.entry.type == .organisation } }
        guard entry.kind == .organisation, let lead = context.word(start - 1), leads.contains(lead.key) else { return false }
        // le parti socialiste européen, les médecins du monde entier: a lower-case noun or adjective goes on.
        guard let next = context.nextInSentence(end - 1), words[end - 1].spaceAfter, next.wordClass == .word, !next.isCapitalized else { return true }
        return EntityContext.functionWords.contains(next.key) || context.isVerbForm(next) || !context.isNounOrAdjective(next)
    }
}
