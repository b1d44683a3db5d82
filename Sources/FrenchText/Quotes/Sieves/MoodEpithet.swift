/// Stage 2, before an indefinite mention is left unnamed: `un président fier`, `une entraîneuse soulagée`, `un maire
/// ému` — an indefinite role noun (or noun naming a person, ``PersonNoun``) with one adjective of mood after it (`quote_mood_adjectives.txt`) is a known person
/// in a mood, not someone the text does not name: the one person named before with that role (`son président, Marc
/// Vidal`), agreeing in gender. Nil when the text gives that role to nobody or to several (`un responsable syndical`, an
/// adjective of kind, stays unnamed).
///
/// ```swift
/// // "… à la grande joie de son président, Marc Vidal. « C’est une saison extraordinaire », a déclaré un président ravi."
/// MoodEpithet.resolve(mention, model, document)   // Marc Vidal
/// ```
enum MoodEpithet {
    /// The quote's `speaker_resolution` when the epithet names the role's holder.
    static let resolution = "mood-epithet"

    /// Adjectives of mood (`fier`, `ravi`, `ému`), as lemmas (`quote_mood_adjectives.txt`).
    static let adjectives: Set<String> = Set(LexicalTables.lines(.quoteMoodAdjectives).map(LookupKey.make))

    static func resolve(_ m: SpeakerMention, _ model: ParticipantModel, _ document: Document) -> Int? {
        guard m.determiner?.kind == .indefinite, let lemma = m.roleLemma ?? m.personLemma, m.nameWords.isEmpty, m.complement.isEmpty,
              isEpithet(m, document) else { return nil }
        let holders = model.participants.filter { p in
            p.kind == .person && p.isNamed && p.roleLemmas.contains(lemma) && p.agrees(with: m.gender)
                && p.mentions.contains { $0.span.start < m.start && !$0.insideQuote }
        }
        return holders.count == 1 ? holders[0].id : nil
    }

    /// The mention is a determiner, a role noun and one lower-case adjective of mood (`un président fier`).
    static func isEpithet(_ m: SpeakerMention, _ document: Document, lexicon: Lexicon? = Lexicon.shared) -> Bool {
        guard let lexicon else { return false }
        let words = m.tokens.filter { document.tokens[$0].kind == .word }
        guard words.count == 3, let text = words.last.map({ document.tokens[$0].text }),
              let first = text.unicodeScalars.first, !first.properties.isUppercase else { return false }
        let key = LookupKey.make(text)
        // (`soulagée`, `émues`: a participle's agreement endings; `fière`, `heureuse`: the dictionary's adjective lemma)
        var masculine = key
        if masculine.hasSuffix("s") { masculine.removeLast() }
        if masculine.hasSuffix("ée") || masculine.hasSuffix("ue") || masculine.hasSuffix("ie") { masculine.removeLast() }
        return adjectives.contains(key) || adjectives.contains(masculine)
            || lexicon.analyses(of: key).contains { $0.isAdjective && adjectives.contains(LookupKey.make($0.lemma)) }
    }
}
