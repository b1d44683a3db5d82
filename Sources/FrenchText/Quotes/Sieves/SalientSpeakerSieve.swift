/// Stage 1, `salient-speaker`: the last resort, with low confidence — the most salient person before the quote:
/// the subject of its sentence or the one before, else the last person named in the sentence before (in the same
/// paragraph), else the last speaker, else the last person named. `…, Laurette Onkelinx, a tenu des propos clairs.
/// « Je suis vraiment choquée… »` → Laurette Onkelinx.
enum SalientSpeakerSieve {
    static func speaker(of index: Int, _ input: LateAttribution.Input) -> Int? {
        let q = input.quotes[index]
        let model = input.model
        let sentence = model.sentence(at: q.span.start)
        let before = model.mentions(before: q.span.start, paragraphsBack: 0).filter {
            model.participants[$0.participant].kind == .person && model.participants[$0.participant].isNamed
        }
        if let subject = before.first(where: { $0.mention.isSubject && $0.mention.sentence >= sentence - 1 }) { return subject.participant }
        if let last = before.first(where: { $0.mention.sentence == sentence - 1 || $0.mention.sentence == sentence }) { return last.participant }
        let speakers = input.participants.filter { $0.key < index }.sorted { $0.key < $1.key }.map(\.value)
        return model.mostSalient(before: q.span.start, gender: nil, kind: .person, recentSpeakers: speakers)
    }
}
