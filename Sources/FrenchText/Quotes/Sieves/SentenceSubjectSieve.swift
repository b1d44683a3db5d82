/// Stage 1, `sentence-subject`: a quote inside a sentence whose subject, named before it, is a person or an
/// organisation: `Alexander De Croo (Open-VLD), a affirmé qu’il fallait que « … »`; `Le député François Ruffin a, lui,
/// appelé à « bloquer le pays »`; `Dans son communiqué, la préfecture a fait état « d’une odeur caractéristique »`.
/// It also takes back a quote a weak stage-1 sieve (continuation, same sentence) gave to someone else.
enum SentenceSubjectSieve {
    static func speaker(of index: Int, _ input: QuoteSieve.Input) -> Int? {
        let q = input.quotes[index]
        let sentence = input.model.sentence(at: q.span.start)
        return input.model.mentions(before: q.span.start, paragraphsBack: 0).first { entry in
            entry.mention.sentence == sentence && entry.mention.isSubject && input.model.participants[entry.participant].isNamed
        }?.participant
    }

    /// Stage-1 rules that carry a speaker over from another quote, which the sentence's own subject overrides.
    static let weakRules: Set<QuoteRule> = [.sameSentence, .continuation, .continuationNext, .continuationPreviousParagraph]
}
