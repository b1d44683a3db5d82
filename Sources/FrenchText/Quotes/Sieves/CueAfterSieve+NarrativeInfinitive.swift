/// The narrative infinitive after a quote, common in Québec and African press: `« … », de préciser Paul Girard.`,
/// `« … » De souligner Mme Roxanne Lavoie, copropriétaire.`, `« … », et d’ajouter le maire.` — `de` (after an optional
/// `et`) and a speech verb in the infinitive, then the speaker. The speaker may open the next sentence after a quote
/// that ends with its own full stop.
extension CueAfterSieve {
    /// The speaker phrase of a narrative infinitive right after quote `t`, within its paragraph.
    static func narrativeInfinitive(_ w: [QuoteItem], _ t: Int, parser: SpeakerPhraseParser) -> SpeakerFind? {
        var k = t + 1
        let paragraph = w[t].paragraph
        var end = k
        while end < w.count, w[end].paragraph == paragraph, end - k < 30 { end += 1 }
        if k < end, w[k].key == "," { k += 1 }
        if k < end, w[k].isWord, QuoteFunctionWords.coordinatingAnd.contains(w[k].key) { k += 1 }
        guard k + 1 < end, w[k].isWord, QuoteFunctionWords.deElided.contains(w[k].key), w[k + 1].isWord,
              parser.table.cueLemmas.contains(w[k + 1].key),
              let p = parser.forward(w, at: k + 2, limit: end), p.form != .pronoun else { return nil }
        return SpeakerFind(phrase: p, cue: w[k + 1].key, rule: "cue-after")
    }
}
