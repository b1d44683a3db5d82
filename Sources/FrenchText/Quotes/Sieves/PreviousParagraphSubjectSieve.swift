/// Stage 1, `paragraph-subject:previous` (writes `paragraph-subject`): a paragraph opening with a quote nobody
/// introduces goes to the person a sentence of the paragraph before was about.
///
/// Shape: `Jean Dupont, maire de Lunel, est inquiet. ¶ « Nous n’avons plus de marge. »` → Jean Dupont.
enum PreviousParagraphSubjectSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        let w = input.words, t = input.t
        guard t == input.s, t == 0 || w[t - 1].paragraph != input.paragraph,
              let found = ParagraphSubjectSieve.recentSubject(w, t, after: nil, parser: input.parser, paragraphsBack: 1) else { return nil }
        return .mention(found, confidence: 0.4)
    }
}
