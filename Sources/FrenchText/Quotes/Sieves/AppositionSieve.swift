/// Stage 2, `apposition`: a role or organisation phrase followed by the name it describes.
///
/// Shape: `« … », a indiqué le PDG de la société d’État, Éric Martel`; `explique la responsable du camping, Carine
/// Daniel`; `poursuit la présidente du Conseil central, Dominique Daigneault`; `selon le secrétaire général de l’Union
/// des travailleurs (UNT) pour la région, Paul Diallo` (an acronym in brackets inside the role).
enum AppositionSieve {
    static func resolve(_ m: SpeakerMention, _ model: ParticipantModel, _ context: MentionSieve.Context) -> Int? {
        guard m.pronoun == nil, m.nameWords.isEmpty || m.isOrganisationNoun || m.roleLemma != nil else { return nil }
        let tokens = context.document.tokens
        var t = m.tokens.upperBound
        // (the rest of the role phrase the mention left out: `de la société d’État`, over an acronym in brackets:
        // `le secrétaire général de l’Union des travailleurs (UNT) pour la région, X`)
        var steps = 0
        while t < tokens.count, steps < 8, tokens[t].kind != .quote {
            if tokens[t].text == "(", let close = ((t + 1)..<min(tokens.count, t + 5)).first(where: { tokens[$0].text == ")" }) {
                t = close + 1; steps += 1; continue
            }
            guard tokens[t].kind != .punctuation else { break }
            t += 1; steps += 1
        }
        // (a role with several complements: `le ministre des Affaires étrangères, de l’Intégration africaine, X`)
        var segments = 0
        while segments < 3, t + 1 < tokens.count, tokens[t].text == ",",
              SpeakerPhraseParser.deForms.contains(LookupKey.make(tokens[t + 1].text)) {
            t += 1; steps = 0; segments += 1
            while t < tokens.count, steps < 10, tokens[t].kind != .punctuation, tokens[t].kind != .quote { t += 1; steps += 1 }
        }
        guard t + 1 < tokens.count, tokens[t].text == "," else { return nil }
        let next = tokens[t + 1].span.start
        guard let hit = model.timeline.first(where: { $0.mention.span.start >= next && $0.mention.span.start <= next + 4 }),
              model.participants[hit.participant].kind == .person, model.participants[hit.participant].agrees(with: m.gender) else { return nil }
        return hit.participant
    }

    /// An indefinite description apposed to the name just before it: `Pour Pauline Roux, une conseillère municipale de
    /// Vanves, présente ce jour-là, … : « … »` → Pauline Roux (an indefinite description alone is someone new).
    static func nameBefore(_ m: SpeakerMention, _ model: ParticipantModel, _ context: MentionSieve.Context) -> Int? {
        let tokens = context.document.tokens
        let lo = m.tokens.lowerBound
        guard m.determiner?.kind == .indefinite, m.roleLemma != nil, m.nameWords.isEmpty, lo >= 2, tokens[lo - 1].text == "," else { return nil }
        let end = tokens[lo - 2].span.end
        guard let hit = model.timeline.last(where: { $0.mention.span.end == end }), model.participants[hit.participant].kind == .person,
              model.participants[hit.participant].isNamed, model.participants[hit.participant].agrees(with: m.gender) else { return nil }
        return hit.participant
    }

    /// An organisation named in the role of a person just before it: `Cécile Duflot, directrice générale d’Oxfam
    /// France explique : « … »`; `Marc Dupont, président de la FNSEA, affirme que « … »` → the person, not the organisation.
    static func personBefore(_ m: SpeakerMention, _ model: ParticipantModel, _ context: MentionSieve.Context) -> Int? {
        let tokens = context.document.tokens
        let table = ParticipantLexicon.shared
        var t = m.tokens.lowerBound - 1
        var sawRole = false
        while t >= 0, m.tokens.lowerBound - t <= 8, tokens[t].kind != .punctuation || tokens[t].text == "," {
            if tokens[t].text == "," { break }
            if table.roleNoun(LookupKey.make(tokens[t].text)) != nil { sawRole = true }
            t -= 1
        }
        guard sawRole, t > 0, tokens[t].text == "," else { return nil }
        let end = tokens[t - 1].span.end
        guard let hit = model.timeline.last(where: { $0.mention.span.end == end }), model.participants[hit.participant].kind == .person,
              model.participants[hit.participant].isNamed else { return nil }
        return hit.participant
    }
}
