/// Stage 2, before the mention sieves: an organisation noun qualified by lower-case adjectives only (`la centrale
/// syndicale`, `l’organisation syndicale`, `l’organisme onusien`, `le groupe pétrolier`) describes an organisation the
/// text has named, not one of that name: the quote goes to the organisation named last before it (a sentence's subject
/// first), within its paragraph and the two before. A news agency or a medium is passed over (it reports, it does not
/// speak). With none named there, the first organisation named just after it (``namedAfter(_:_:_:)``, low
/// confidence); else the quote keeps the mention with no name (`organisme onusien` is nobody's name).
///
/// ```swift
/// // "La CGT appelle à la grève jeudi. « Nous ne lâcherons rien », a prévenu la centrale syndicale."
/// OrganisationDescription.resolve(mention, model, document)   // the CGT
/// ```
enum OrganisationDescription {
    /// The quote's `speaker_resolution` when the description names an organisation named before it.
    static let resolution = "organisation-description"
    /// … and when it names one named only after it (a weak fallback: its confidence is capped at ``weakConfidence``).
    static let namedAfterResolution = "organisation-named-after"
    /// The highest confidence a quote linked by ``namedAfter(_:_:_:)`` gets, whatever the ranker's probability.
    static let weakConfidence = 0.4

    static func resolve(_ m: SpeakerMention, _ model: ParticipantModel, _ document: Document) -> Int? {
        guard isDescription(m, document) else { return nil }
        let before = model.mentions(before: m.start, paragraphsBack: 2).filter { entry in
            let p = model.participants[entry.participant]
            return p.kind == .organisation && p.isNamed && !SpeakerResolver.isNewsAgency(p.name)
        }
        return (before.first { $0.mention.isSubject } ?? before.first)?.participant
    }

    /// No organisation named before: the first one named after the mention, in its paragraph or the next (`Dans un
    /// communiqué, l’organisme onusien rappelle que « … ». ¶ Cette sortie du HCR…`). A weak reading: the caller gives it
    /// a low confidence.
    static func namedAfter(_ m: SpeakerMention, _ model: ParticipantModel, _ document: Document) -> Int? {
        guard isDescription(m, document) else { return nil }
        return model.mentions(after: m.end, paragraphsAhead: 1).first { entry in
            let p = model.participants[entry.participant]
            return p.kind == .organisation && p.isNamed && !SpeakerResolver.isNewsAgency(p.name)
        }?.participant
    }

    /// A definite or demonstrative organisation noun with adjectives only (``isQualifiedNoun(_:_:lexicon:)``).
    static func isDescription(_ m: SpeakerMention, _ document: Document) -> Bool {
        guard m.isOrganisationNoun, m.nameWords.isEmpty, m.complement.isEmpty, m.roleLemma == nil, m.personLemma == nil,
              let d = m.determiner, d.kind == .definite || d.kind == .demonstrative else { return false }
        return isQualifiedNoun(m, document)
    }

    /// Adjectives of what kind an organisation is (`syndical`, `onusien`, `humanitaire`; `quote_organisation_kind_adjectives.txt`),
    /// as lemmas.
    static let kindAdjectives: Set<String> = Set(LexicalTables.lines(.quoteOrganisationKindAdjectives).map(LookupKey.make))

    /// The mention is a determiner, an organisation noun and one or two lower-case adjectives of kind (`la centrale
    /// syndicale`), nothing else: `le groupe de travail`, `l’organisation des Nations unies` are no such description, nor
    /// `la préfecture girondine`, `le gouvernement malien`, `la direction régionale` (a place or a level names a body of
    /// its own).
    static func isQualifiedNoun(_ m: SpeakerMention, _ document: Document, lexicon: Lexicon? = Lexicon.shared) -> Bool {
        guard let lexicon else { return false }
        let words = m.tokens.filter { document.tokens[$0].kind == .word || document.tokens[$0].kind == .elision }
        guard words.count >= 3, words.count <= 4 else { return false }
        return words.dropFirst(2).allSatisfy { t in
            let text = document.tokens[t].text
            guard let first = text.unicodeScalars.first, !first.properties.isUppercase else { return false }
            let key = LookupKey.make(text)
            return kindAdjectives.contains(key)
                || lexicon.analyses(of: key).contains { $0.isAdjective && kindAdjectives.contains(LookupKey.make($0.lemma)) }
        }
    }
}
