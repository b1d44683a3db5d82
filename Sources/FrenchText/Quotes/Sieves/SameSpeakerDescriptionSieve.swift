/// Stage 2, part of `role`: a definite description in the cue of a quote that follows another quote of its paragraph,
/// with no one else named in between, re-names the person who just spoke (the press's elegant variation), even when
/// the text gave that person another role: `« A », a réagi le général Paul Roux. « B », assure le patron des
/// gendarmes.` → Paul Roux.
///
/// Shapes: `« … », a déclaré la maire Anne Girard. « … », ajoute l’élue.`; `« … », explique Marc Leduc, délégué FO.
/// « … », poursuit le syndicaliste.`. Not a description with a named complement (`la présidente du groupe LFI`: an
/// office named in full is its holder's), not one of the other gender, not across a paragraph or another person named.
enum SameSpeakerDescriptionSieve {
    static func resolve(_ m: SpeakerMention, _ model: ParticipantModel, _ context: MentionSieve.Context, gender: SpeakerGender?) -> Int? {
        guard let d = m.determiner, d.kind == .definite, m.roleLemma != nil, m.complement.isEmpty, m.nameWords.isEmpty,
              let last = context.recentSpeakers.last, let end = context.lastSpeechEnd, end <= m.start else { return nil }
        let p = model.participants[last]
        guard p.kind == .person, p.isNamed, p.agrees(with: gender),
              model.paragraph(ofSentence: model.sentence(at: end)) == model.paragraph(ofSentence: model.sentence(at: m.start)) else { return nil }
        let someoneElse = model.timeline.contains { entry in
            entry.mention.span.start >= end && entry.mention.span.start < m.start && !entry.mention.insideQuote
                && entry.participant != last && model.participants[entry.participant].kind == .person
        }
        return someoneElse ? nil : last
    }
}
