/// Stage 1, `continuation:previous-paragraph`: a quote without a cue after speech attributed earlier in its
/// paragraph, or in the paragraph before when nobody else is named in between, keeps that speaker.
///
/// Shapes: `X a annoncé que le site fermerait. ¶ « … »`; `verbalisée pour « infraction à l’arrêté »` in a narrative
/// paragraph after X's words. `Le maire, Jean Dupuis, a répondu par courrier.` between them hands the floor over.
enum PreviousParagraphContinuationSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        guard !isHeadingLine(input), let prev = input.history.lastAttribution,
              prev.paragraph == input.paragraph || prev.paragraph == input.paragraph - 1
                && continuesAcrossParagraphs(input.words, input.t, after: input.history.lastAttributionToken,
                                             speaker: prev.attribution.speaker?.key, parser: input.parser) else { return nil }
        return .carried(QuoteAttribution(speaker: prev.attribution.speaker, cue: prev.attribution.cue, rule: "continuation:previous-paragraph",
                                         confidence: min(prev.attribution.confidence, 0.5), explicit: false))
    }

    /// A heading line, not speech going on: a subheading made of the quote alone whose words a later quote says,
    /// opening it or inside it (`« Quitte à le faire… » ¶ … « Quitte à le faire, pourquoi pas ? »`, `« En position de
    /// force » ¶ « Si la grève tient, nous serons en position de force », a prédit…`: the later quote's speaker, found after
    /// stage 2 by `headline-repeat`), or a short line ending with a quote that closes no sentence (`À lire aussi :
    /// « Le limogeage est apparu improvisé »`: no speaker unless a later quote repeats it).
    static func isHeadingLine(_ input: SieveInput) -> Bool {
        let w = input.words, t = input.t
        var lo = t, hi = t
        while lo > 0, w[lo - 1].paragraph == w[t].paragraph { lo -= 1 }
        while hi + 1 < w.count, w[hi + 1].paragraph == w[t].paragraph { hi += 1 }
        // (a heading line: a few words, no sentence end after the quote — `À lire aussi : « … »` — is nobody's
        // continuation either; a later quote repeating it gives it its speaker)
        let c0 = input.candidates[input.candidate]
        let words = (lo...hi).filter { w[$0].kind != .punctuation }.count
        if words <= HeadlineRepeatSieve.headingWords, t == hi, (lo..<t).contains(where: { w[$0].isWord }),
           !input.parser.text(c0.start, c0.end).trimmingCharacters(in: .whitespaces).hasSuffix(".") { return true }
        guard !(lo...hi).contains(where: { $0 != t && w[$0].kind != .punctuation }) else { return false }
        let c = input.candidates[input.candidate]
        let own = HeadlineRepeatSieve.normalized(input.parser.text(c.start, c.end))
        guard own.split(separator: " ").count >= 3 else { return false }
        return input.candidates.contains { o in
            o.start > c.end && o.kind == .direct && HeadlineRepeatSieve.repeats(HeadlineRepeatSieve.normalized(input.parser.text(o.start, o.end)), own)
        }
    }

    /// A quote without cue in the paragraph after attributed speech keeps its speaker only when nobody else is
    /// named in between (`Le maire, Jean Dupuis, a répondu par courrier.` hands the floor over).
    static func continuesAcrossParagraphs(_ w: [QuoteItem], _ t: Int, after: Int?, speaker: String?, parser: SpeakerPhraseParser) -> Bool {
        guard let after else { return true }
        var k = max(after + 1, t - 300)
        while k < t {
            if w[k].isWord, w[k].isCapitalized || w[k].isTitle, let p = parser.phrase(w, at: k, limit: t), p.form == .name, !p.isOrganisation,
               p.titleGender != nil || parser.isPersonName(p.nameWords) {
                if !(speaker.map { parser.mentions(found: p, key: $0) } ?? false) { return false }
                k = max(k + 1, p.nextWord)
                continue
            }
            k += 1
        }
        return true
    }
}
