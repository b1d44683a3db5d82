/// Stage 1, `selon`, `pour`, `d-apres`: a clause `Selon X,`, `Pour X,`, `D’après X,` before the quote names its speaker.
///
/// Shapes: `Selon la ministre, « … »`; `Pour le syndicat, c’est « la grève de trop »` (the sentence opener);
/// `D’après Marc Dubois, le projet « … »`; `Selon un diplomate européen ayant requis l’anonymat, « … »`; `Mais selon le
/// coach, « … »` (a conjunction opening the sentence).
enum SelonSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        if let found = beforeComma(input.words, input.t, parser: input.parser) { return .mention(found, confidence: 0.9) }
        return opener(input.words, input.t, from: input.s, parser: input.parser).map { .mention($0, confidence: 0.85) }
    }

    /// `Selon X, « … »`: the clause right before the comma that precedes the quote.
    static func beforeComma(_ w: [QuoteItem], _ t: Int, parser: SpeakerPhraseParser) -> SpeakerFind? {
        guard t > 0, w[t - 1].key == ",", w[t - 1].sentence == w[t].sentence else { return nil }
        let s = ColonIntroductionSieve.sentenceStart(w, before: t)
        var k = t - 2
        while k >= s, t - k < 14, !w[k].isQuote {
            let key = w[k].key
            let opener = key == QuoteFunctionWords.selonWordKey || key == QuoteFunctionWords.pourWord
                || (key == QuoteFunctionWords.afterWordKey && k > s && w[k - 1].key == QuoteFunctionWords.deApostropheWord)
            // (`Mais selon le coach, « … »`: a conjunction opening the sentence before the clause)
            let clauseStart = k == s || w[k - 1].isPunctuation || (key == QuoteFunctionWords.afterWordKey && (k - 1 == s || w[k - 2].isPunctuation))
                || k - 1 == s && w[s].isWord && Self.clauseConjunctions.contains(w[s].key)
            if opener, clauseStart, let p = parser.phrase(w, at: k + 1, limit: t - 1, generic: key != QuoteFunctionWords.pourWord),
               p.nextWord == t - 1 || key == QuoteFunctionWords.selonWordKey && reachesComma(w, from: p.nextWord, before: t, parser: parser) {
                return SpeakerFind(phrase: p, cue: nil, rule: key == QuoteFunctionWords.afterWordKey ? "d-apres" : key)
            }
            k -= 1
        }
        return nil
    }

    /// Conjunctions that may open the sentence before `Selon X,` (`quote_clause_conjunctions.txt`).
    static let clauseConjunctions: Set<String> = Set(LexicalTables.lines(.quoteClauseConjunctions).map(LookupKey.make))

    /// `Pour X, c’est « la grève de trop ».`: a sentence opened by `Selon X,`, `Pour X,`, `D’après X,`.
    static func opener(_ w: [QuoteItem], _ t: Int, from s: Int, parser: SpeakerPhraseParser) -> SpeakerFind? {
        guard t > s + 2, w[s].isWord else { return nil }
        var at = s + 1
        let key = w[s].key
        if key == QuoteFunctionWords.deApostropheWord, w[s + 1].key == QuoteFunctionWords.afterWordKey {
            at = s + 2
        } else if key != QuoteFunctionWords.selonWordKey && key != QuoteFunctionWords.pourWord {
            return nil
        }
        guard let p = parser.phrase(w, at: at, limit: t, generic: key != QuoteFunctionWords.pourWord), p.nextWord < t,
              p.form != .pronoun || key != QuoteFunctionWords.pourWord, reachesComma(w, from: p.nextWord, before: t, parser: parser) else { return nil }
        return SpeakerFind(phrase: p, cue: nil, rule: key == QuoteFunctionWords.deApostropheWord ? "d-apres" : key)
    }

    /// `Selon un diplomate européen ayant requis l’anonymat, …`: words without a finite verb up to the clause's comma.
    static func reachesComma(_ w: [QuoteItem], from start: Int, before t: Int, parser: SpeakerPhraseParser) -> Bool {
        var k = start
        while k < t, k - start < 8 {
            if w[k].key == "," { return true }
            guard w[k].isWord, !parser.isFiniteVerbWord(w[k].key) else { return false }
            k += 1
        }
        return false
    }
}
