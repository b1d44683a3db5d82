/// Stage 2, `focus`: a definite description of a person that no other sieve linked (`le technicien camerounais`,
/// `la bergère de 55 ans`, `le gouverneur de Kinshasa`, `le patron de cette exploitation`) is the person the text
/// is about there (``ParticipantModel/focus(at:recentSpeakers:lastSpeechEnd:fits:)``): the press names a person,
/// then calls them by what they are, whatever role it gave them first.
///
/// Shapes: `Le coach du Cameroun, Rigobert Song, a rappelé… « … », a déclaré le technicien camerounais.`;
/// `… sous le regard de Rokya. ¶ « … », s’exclame la bergère de 55 ans.`; `« … », a expliqué Daniel Bumba. ¶ Il appelle au
/// calme. ¶ « … », a poursuivi le gouverneur de Kinshasa.`. Not an indefinite, possessive or plural description (`un
/// salarié`, `son avocat`, `les grévistes`), not one of the other gender (a masculine determiner asks for a person
/// not stated female), not a person named inside the mention's complement (`l’avocat de Mehdi`), nor one whose stated
/// role the complement names (`le porte-parole du secrétaire général` is not the secretary general), nor, unless they
/// just spoke, one whose stated roles share no word of an office named in full (`le président du club de Lunel`).
enum FocusPersonSieve {
    static func resolve(_ m: SpeakerMention, _ model: ParticipantModel, _ context: MentionSieve.Context) -> Int? {
        guard m.pronoun == nil, m.nameWords.isEmpty, !m.isOrganisationNoun, m.roleLemma != nil || m.personLemma != nil,
              let d = m.determiner, d.kind == .definite || d.kind == .demonstrative, let first = m.tokens.first,
              !SpeakerPhraseParser.pluralDeterminers.contains(LookupKey.make(context.document.tokens[first].text)) else { return nil }
        // (`d’après l’ordonnance`: a source read from the dictionary alone may be a document)
        if context.mentionIsSource, m.roleLemma == nil { return nil }
        let strict = m.gender ?? (d.gender == .male ? .male : nil)
        // (`le secrétaire fédéral Jean-François Tamellini`: a name inside the mention is the speaker, the other sieves';
        // `l’avocat de Mehdi`: a description by a relation to someone named is someone else, not the person in focus)
        if model.timeline.contains(where: { $0.mention.span.start >= m.start && $0.mention.span.start < m.end
            && model.participants[$0.participant].kind == .person }) { return nil }
        let table = ParticipantLexicon.shared
        // (the role nouns after the head: `le porte-parole du secrétaire général` → `secrétaire`)
        let keys = m.tokens.map { LookupKey.make(context.document.tokens[$0].text) }
        let head = keys.firstIndex { table.roleNoun($0) != nil || $0 == m.personLemma } ?? keys.count
        let complementRoles = Set(keys.dropFirst(head + 1).compactMap { table.roleNoun($0)?.lemma })
        func fits(_ p: Participant) -> Bool {
            // (`le porte-parole du Secrétaire général de l’ONU`: the complement names the candidate's own role, someone else speaks)
            p.kind == .person && p.isNamed && !p.isIntroducedUnnamed && p.agrees(with: strict) && p.roleLemmas.isDisjoint(with: complementRoles)
        }
        // (`le président du club de Lunel` after `le président Paul Garnier`: an office named in full whose words none of the
        // person's stated roles share is someone else's, unless that person just spoke)
        let named = Set(m.complement)
        func describes(_ p: Participant) -> Bool {
            guard !named.isEmpty, !p.roles.isEmpty else { return true }
            let stated = Set(p.roles.joined(separator: " ").split(whereSeparator: { !$0.isLetter && $0 != "-" }).map { LookupKey.make($0) })
            return !stated.isDisjoint(with: named)
        }
        return model.focus(at: m.start, recentSpeakers: context.recentSpeakers, lastSpeechEnd: context.lastSpeechEnd, fits: fits, describes: describes)
    }
}
