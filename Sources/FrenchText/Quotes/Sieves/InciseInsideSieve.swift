/// Stage 1, `incise-inside`: an incise inside the marks names the speaker of both parts of the quote.
///
/// Shapes: `« A, a souligné le maire, B »`; `« A, confie-t-elle au Parisien, B »`; `« A, nous confie-t-il. B »` (object
/// pronouns before the verb); `« A, selon lui, B »`; the part B
/// of a quote cut this way takes part A's speaker.
enum InciseInsideSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        let c = input.candidates[input.candidate]
        if let partA = c.partOf, let prev = input.candidates[partA].attribution {
            return .carried(QuoteAttribution(speaker: prev.speaker, cue: prev.cue, rule: "incise-inside", confidence: prev.confidence, explicit: true))
        }
        guard let incise = c.inciseWords, let found = find(input.words, incise, parser: input.parser, cues: input.cues) else { return nil }
        return .mention(found, confidence: 0.9)
    }

    /// The speaker of an incise inside the marks (`, a souligné le maire Labeaume…`).
    static func find(_ w: [QuoteItem], _ r: Range<Int>, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> SpeakerFind? {
        guard r.count >= 2, w[r.lowerBound].key == "," else { return nil }
        if let p = selon(w, at: r.lowerBound + 1, limit: r.upperBound, parser: parser) { return SpeakerFind(phrase: p, cue: nil, rule: "incise-inside") }
        // (`, nous confie-t-il,`, `, lui demande-t-elle.`: object pronouns before the verb)
        let verb = CueAfterSieve.afterClitics(w, r.lowerBound + 1, limit: r.upperBound) ?? r.lowerBound + 1
        guard let m = cues.match(w, at: verb, limit: r.upperBound), m.form == .finite else { return nil }
        let phrase = m.invertedPronoun.map { SpeakerPhrase.pronoun(w, $0, after: m) } ?? parser.forward(w, at: m.end, limit: r.upperBound)
        return phrase.map { SpeakerFind(phrase: $0, cue: m.lemma, rule: "incise-inside") }
    }

    /// `selon lui`, `selon la directrice` inside the marks (`« A, selon lui, B »`): the speaker phrase, when
    /// punctuation closes it; `lui`/`eux` read as `il`/`ils`.
    static func selon(_ w: [QuoteItem], at k: Int, limit: Int, parser: SpeakerPhraseParser) -> SpeakerPhrase? {
        guard k + 1 < limit, w[k].key == QuoteFunctionWords.selonWordKey, w[k + 1].isWord else { return nil }
        var p: SpeakerPhrase
        if let pronoun = QuoteFunctionWords.disjunctiveSubject[w[k + 1].key] {
            p = SpeakerPhrase(form: .pronoun, start: w[k + 1].start, end: w[k + 1].end, nextWord: k + 2)
            p.pronoun = pronoun
        } else if let named = parser.phrase(w, at: k + 1, limit: limit, generic: true), named.form != .pronoun {
            p = named
        } else {
            return nil
        }
        guard p.nextWord >= limit || w[p.nextWord].isPunctuation && [",", ".", "…", ";", "!", "?", "—", "–"].contains(w[p.nextWord].key) else { return nil }
        return p
    }
}

extension InciseInsideSieve {
    /// Splits a quote cut by an incise inside its marks: `« A, a souligné le maire… B »` (the end of part A, the
    /// incise's code points, the start of part B when words follow the incise).
    static func split(_ r: QuoteRegion, scalars: [Unicode.Scalar], document: Document, parser: SpeakerPhraseParser,
                      cues: CueVerbMatcher) -> (aEnd: Int, incise: Range<Int>, bStart: Int?)? {
        var inner = [QuoteItem]()
        document.quoteItems(r.contentStart..<r.contentEnd, paragraph: r.paragraph, into: &inner)
        QuoteItem.numberSentences(&inner) { _ in false }
        guard inner.count > 4 else { return nil }
        for c in 1..<(inner.count - 2) {
            guard let p = speaker(inner, at: c, parser: parser, cues: cues) else { continue }
            let b = endOfIncise(inner, after: p, parser: parser)
            guard b >= inner.count || (inner[b].isPunctuation && [",", ".", "…", ";", "!", "?", "—", "–"].contains(inner[b].key)) else { continue }
            var aEnd = inner[c].start
            while aEnd > r.contentStart, QuoteMarkScanner.isSpace(scalars[aEnd - 1]) { aEnd -= 1 }
            guard QuoteExtractor.wordCount(scalars, r.contentStart..<aEnd) >= 1 else { continue }
            let inciseEnd = b < inner.count ? inner[b].end : r.contentEnd
            let bStart = QuoteMarkScanner.skipSpace(scalars, from: inciseEnd, to: r.contentEnd)
            let hasB = bStart < r.contentEnd && QuoteExtractor.wordCount(scalars, bStart..<r.contentEnd) >= 1
            return (aEnd, inner[c].start..<(hasB ? bStart : r.markEnd), hasB ? bStart : nil)
        }
        return nil
    }

    /// The speaker of an incise starting at word `c` of the quote's words: after `, cue` or `, selon`, or (an
    /// incise with no comma before its verb: `« …le sourire confie Carine Daniel, la responsable. Les… »`) a named
    /// speaker closed by a full stop.
    private static func speaker(_ inner: [QuoteItem], at c: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> SpeakerPhrase? {
        let bare = inner[c].key != ","
        guard !bare || inner[c].isWord && inner[c - 1].isWord else { return nil }
        if !bare, let selon = selon(inner, at: c + 1, limit: inner.count, parser: parser) {
            return selon  // « A, selon lui, B »
        }
        let verb = bare ? c : CueAfterSieve.afterClitics(inner, c + 1, limit: inner.count) ?? c + 1
        guard let m = cues.match(inner, at: verb, limit: inner.count), m.form == .finite,
              !bare || m.invertedPronoun == nil else { return nil }
        let phrase = m.invertedPronoun.map { SpeakerPhrase.pronoun(inner, $0, after: m) } ?? parser.forward(inner, at: m.end, limit: inner.count)
        guard let found = phrase, found.form != .pronoun || m.invertedPronoun != nil, !bare || !found.nameWords.isEmpty,
              !bare || found.nextWord < inner.count && inner[found.nextWord].key == "." else { return nil }
        return found
    }

    /// The word after the incise's speaker, past a bracket after the name (`assure Paul Morin (PS),`, `(54 ans).`), a
    /// recipient or a circumstance (`a raconté Mme Duval à notre journal,`, `explique le maire dans un communiqué,`,
    /// `a-t-il estimé au micro de la RTBF. La suite…`).
    private static func endOfIncise(_ inner: [QuoteItem], after p: SpeakerPhrase, parser: SpeakerPhraseParser) -> Int {
        var b = afterBracket(inner, p.nextWord)
        if b < inner.count, inner[b].isWord, SpeakerPhraseParser.skippedPrepositions.contains(inner[b].key) {
            var k = b + 1
            while k < inner.count, k - b <= 8, inner[k].isWord, !parser.isFiniteVerbWord(inner[k].key),
                  !SpeakerPhraseParser.stopsSubjectSearch.contains(inner[k].key) || QuoteFunctionWords.adverbialPronoun.contains(inner[k].key) { k += 1 }
            if k < inner.count, k > b + 1, inner[k].isPunctuation, [",", ";", "—", "–", "."].contains(inner[k].key) { b = k }
        }
        return b
    }

    /// The item after a short bracket opening at `k` (`(PS)`, `(La Limbourgeoise)`, `(54 ans)`), or `k` itself.
    static func afterBracket(_ inner: [QuoteItem], _ k: Int) -> Int {
        guard k < inner.count, inner[k].key == "(" else { return k }
        var j = k + 1
        while j < inner.count, j - k <= 6, inner[j].key != ")" {
            if inner[j].key == "(" || inner[j].key == "." { return k }
            j += 1
        }
        return j < inner.count && inner[j].key == ")" ? j + 1 : k
    }
}
