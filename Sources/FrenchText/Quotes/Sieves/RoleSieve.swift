/// Stage 2, `role`: a role noun (`la Première ministre`, `le maire de Montréal`, `l’entraîneur liégeois`,
/// `le procureur de la République`) → the participant the text gives that role, the nearest before, else the
/// next one named (`Le procureur … a évoqué « … ». Dominique Alzéari…`), else the most salient agreeing person.
/// A role followed by an organisation's name (`estime la sénatrice LR`, `prévient le député PS`) is read the same way:
/// a member of that party, never the party (``ParticipantModel/namesMemberOfOrganisation(_:)``).
enum RoleSieve {
    static func resolve(_ m: SpeakerMention, _ model: ParticipantModel, _ context: MentionSieve.Context) -> Int? {
        guard var lemma = m.roleLemma, m.pronoun == nil, !m.isOrganisationNoun else { return nil }
        // (`se plaint le directeur Hyacinte Brou`: a role with a full name the model does not know is that new person,
        // kept as stage 1 read it, never another holder of the role)
        if m.nameWords.count >= 2 { return nil }
        // (`le chef du gouvernement tunisien X` … `le premier ministre de la Tunisie`: one office, one country)
        if let id = RoleOffice.holder(m, model, context.document) { return id }
        var complement = m.complement
        // (`le chef de l’État` → the person the text calls `président`)
        if let role = RolePeriphrasis.role(lemma: lemma, complement: complement) { lemma = role; complement = [] }
        let gender = m.gender
        // (`le président de la Côte d’Ivoire`: the country a bare `président` may add)
        let places = RoleOffice.places(in: m.tokens.map { LookupKey.make(context.document.tokens[$0].text) })
        func holds(_ p: Participant) -> Bool {
            guard p.kind == .person, p.roleLemmas.contains(lemma), p.agrees(with: gender) else { return false }
            if p.isIntroducedUnnamed, !model.introducedNearby(p, at: m.start) { return false }
            let stated = Set(p.roles.joined(separator: " ").split(whereSeparator: { !$0.isLetter && $0 != "-" }).map { LookupKey.make($0) })
            if complement.allSatisfy(stated.contains) { return true }
            // (`le président Paul Diallo … « … », a dit le président du Niger`: a role the text gave with no complement
            // takes the country the mention names; `le président de la République` X never takes another)
            return !places.isEmpty && p.roles.allSatisfy { !$0.contains(" ") }
        }
        if let before = model.mentions(before: m.start, paragraphsBack: 50).first(where: { holds(model.participants[$0.participant]) }) {
            return before.participant
        }
        if let after = model.mentions(after: m.end, paragraphsAhead: 2).first(where: { holds(model.participants[$0.participant]) }) {
            return after.participant
        }
        // (`« A », a réagi le général X. « B », assure le patron des gendarmes`: the one who just spoke)
        if let same = SameSpeakerDescriptionSieve.resolve(m, model, context, gender: gender) { return same }
        // (`Le procureur de la République a parlé de « … ». ¶ … la conférence de presse donnée par Dominique Alzéari`: an
        // office named in full before its holder is; the first person named after it, new to the text and given no
        // other role, holds it)
        // (not when the sentence names someone after the role: `…, a expliqué la directrice du festival, Mme X.`)
        let sentence = model.sentence(at: m.start)
        let namedInSentence = model.timeline.contains {
            $0.mention.span.start > m.start && $0.mention.sentence == sentence && model.participants[$0.participant].kind == .person
        }
        // (nor when a person named before, with no role yet, is the one described: `Marc Leduc a salué l’adversaire.
        // ¶ « … », poursuit l’entraîneur du FC Sion.` before the other coach is named)
        if m.determiner?.kind != .possessive, !complement.isEmpty, !namedInSentence,
           DescribedPersonSieve.resolve(m, model, context, gender: gender) == nil,
           let after = model.mentions(after: m.end, paragraphsAhead: 1).first(where: { e in
            let p = model.participants[e.participant]
            return p.kind == .person && p.isNamed && p.roleLemmas.isEmpty && p.agrees(with: gender) && (p.mentions.first?.span.start ?? 0) > m.end
        }) {
            return after.participant
        }
        // (`le ministre des Affaires étrangères`, a known office given to no one: the person the text is about)
        if let salient = RoleOffice.salientHolder(m, model, context) { return salient }
        // (the mention is itself a person described by role only: `Le juge des référés a estimé que « … »`; or a description
        // the model read as re-naming a named person: `Kaba … ¶ Le ministre des Affaires étrangères a confié que « … »`)
        if let own = model.timeline.first(where: { $0.mention.span.start == m.start && model.participants[$0.participant].kind == .person }) {
            return own.participant
        }
        // (a definite description the text gave no one: the nearest person named before with no role yet)
        if let described = DescribedPersonSieve.resolve(m, model, context, gender: gender) { return described }
        // (`son porte-parole`: the holder of the role only)
        // (`le ministre de la Communication du Niger`: an office named in full is its holder's only)
        if m.determiner?.kind == .possessive || !complement.isEmpty { return nil }
        // A description the text never gave anyone: the person it is about, of the gender the determiner states
        // (`le juge` is no `Nadia Ferhat`), with no other role (`le joueur` for a person only named; `l’homme` for anyone).
        let general = ParticipantLexicon.shared.quotes.generalPersonNouns.contains(lemma)
        let strict = gender ?? (m.determiner?.gender == .male ? .male : nil)
        let free: (Participant) -> Bool = { p in general || p.roleLemmas.isEmpty }
        return model.mostSalient(before: m.start, gender: strict, kind: .person, recentSpeakers: context.recentSpeakers, accepts: free)
            ?? model.firstNamed(after: m.end, gender: strict)
    }
}
