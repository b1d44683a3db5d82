/// Stage 1, `paragraph-subject:previous` (writes `paragraph-subject`): a paragraph opening with a quote nobody
/// introduces goes to the person a sentence of the paragraph before was about.
///
/// Shapes: `Jean Dupont, maire de Lunel, est inquiet. ¶ « Nous n’avons plus de marge. »` → Jean Dupont;
/// `La Ligue des droits de l’Homme dénonce les expulsions. ¶ « Ces familles n’avaient nulle part où aller. »` → the
/// organisation (named with its article).
enum PreviousParagraphSubjectSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        let w = input.words, t = input.t
        // (a subheading a later quote repeats is that quote's speaker's: `headline-repeat`, after stage 2)
        guard t == input.s, t == 0 || w[t - 1].paragraph != input.paragraph, !PreviousParagraphContinuationSieve.isHeadingLine(input),
              let found = ParagraphSubjectSieve.recentSubject(w, t, after: nil, parser: input.parser, paragraphsBack: 1, organisations: true) else { return nil }
        return .mention(found, confidence: 0.4)
    }
}
