/// Stage 1, `sentence-subject`: a quote without cue inside a sentence whose subject is a person named before it:
/// `Alexander De Croo (Open-VLD), a affirmé qu’il fallait que « … »`; `Le député François Ruffin a, lui, appelé à « … »`.
enum SentenceSubjectSieve {
    static func speaker(of index: Int, _ input: QuoteSieve.Input) -> Int? {
        let q = input.quotes[index]
        let sentence = input.model.sentence(at: q.span.start)
        return input.model.mentions(before: q.span.start, paragraphsBack: 0).first { entry in
            entry.mention.sentence == sentence && entry.mention.isSubject && input.model.participants[entry.participant].kind == .person
        }?.participant
    }
}
