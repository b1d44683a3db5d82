/// A quoted subheading that no body quote repeats word for word takes the speaker the next paragraphs attribute by a
/// speech verb: `Le Cameroun s’est incliné samedi. ¶ « Pas de théorie du danger » ¶ Après la défaite, le sélectionneur
/// Rigobert Mbarga a rappelé … « Nous allons travailler », a-t-il expliqué.` The first line (the headline) is left to the
/// repeat rule: a headline often sums up the article rather than quoting its next speaker.
extension HeadlineRepeatSieve {
    /// How many paragraphs after the subheading the attributed quote may stand in.
    static let nextSpeakerReach = 2

    /// The participant of the first quote after subheading `index`, within ``nextSpeakerReach`` paragraphs, attributed by
    /// a speech verb and linked to a participant; nil for the document's first paragraph or when another heading comes
    /// first.
    static func nextSpeaker(of index: Int, _ input: LateAttribution.Input) -> Int? {
        let q = input.quotes[index]
        guard q.paragraphIndex > 0 else { return nil }
        for j in (index + 1)..<input.quotes.count {
            let other = input.quotes[j]
            guard other.kind == .direct, other.paragraphIndex > q.paragraphIndex else { continue }
            guard other.paragraphIndex <= q.paragraphIndex + nextSpeakerReach, !isHeading(other, input.document) else { return nil }
            if other.cue != nil, let id = input.participants[j] { return id }
        }
        return nil
    }
}
