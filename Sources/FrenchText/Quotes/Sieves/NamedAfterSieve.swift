/// Stage 1, `named-after`: the speaker is named only after the quote — later in its sentence
/// (`« … » pour qui se trouve dans l’opposition, avait plaidé la cheffe de file du groupe LFI Mathilde Panot`), or as
/// the subject of the next sentence when the quote opens its paragraph (`« … » ¶ L’entraîneur du Standard, Philippe
/// Montanier, a affiché sa déception`).
enum NamedAfterSieve {
    static func speaker(of index: Int, _ input: LateAttribution.Input) -> Int? {
        let q = input.quotes[index]
        let model = input.model
        let sentence = model.sentence(at: q.span.start)
        let after = model.mentions(after: q.span.end, paragraphsAhead: 1).filter { model.participants[$0.participant].kind == .person }
        if let same = after.first(where: { $0.mention.sentence == sentence }) { return same.participant }
        let opensParagraph = sentence == 0 || model.paragraph(ofSentence: sentence - 1) != model.paragraph(ofSentence: sentence)
        guard opensParagraph else { return nil }
        return after.first { $0.mention.sentence <= sentence + 2 && $0.mention.isSubject }?.participant
    }
}
