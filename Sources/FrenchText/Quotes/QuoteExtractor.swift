/// Finds direct quotes, indirect speech and fragments, and attributes each to a speaker.
///
/// Quote spans come from the characters (``QuoteMarkScanner``), attribution from a light word
/// view of the text (``AttributionText``), cue verbs from the lexicon's lemmas
/// (``CueVerbMatcher``), speakers from noun phrases (``SpeakerPhraseParser``) resolved across the
/// document (``SpeakerResolver``). Each quote names the rule that attributed it:
///
/// | rule | shape |
/// |---|---|
/// | `cue-after` | `« … », a déclaré X.` / `« … » a-t-elle ajouté.` |
/// | `cue-after:incise` | `« … », a-t-il déclaré, « … »` (the first part) |
/// | `incise-inside` | `« … , a souligné le maire, … »` (both parts) |
/// | `selon-after` | `« … », selon X.` |
/// | `colon-intro` | `X, rôle à ORG, a déclaré : « … »` |
/// | `colon-name` | `X : « … »` |
/// | `que-intro` | `X a affirmé que « … »` |
/// | `cue-before` | `X a déclaré, « … »` / `…, a-t-il déclaré, « … »` (the second part) |
/// | `selon`, `pour`, `d-apres` | `Selon X, « … »` / `Pour X, « … »` / `D’après X, « … »` |
/// | `continuation:paragraph` | a paragraph reopening a multi-paragraph quote |
/// | `same-sentence` | a second quote in the sentence of an attributed one |
/// | `continuation` | a quote without cue after an attributed quote of the paragraph |
/// | `continuation:previous-paragraph` | a quote without cue after speech attributed in the paragraph before |
/// | `indirect:incise`, `indirect:que`, `indirect:selon` | reported speech without marks |
/// | `fragment:short`, `fragment:title` | scare quotes, titles, names, 1–2 words |
///
/// ```swift
/// let doc = Tokenizer().document(from: "« Nous resterons mobilisés », a-t-elle déclaré.")
/// let (quotes, _) = QuoteExtractor().quotes(in: doc, entities: [])
/// quotes[0].text   // "Nous resterons mobilisés"
/// quotes[0].cue    // "déclarer"
/// quotes[0].rule   // "cue-after"
/// ```
public struct QuoteExtractor: Sendable {
    public let lexicon: Lexicon?
    let table: QuoteLexicon

    public init(lexicon: Lexicon? = Lexicon.shared) {
        self.lexicon = lexicon
        self.table = QuoteLexicon.shared
    }

    struct Attribution {
        var speaker: SpeakerResolver.Resolved?
        var cue: String?
        var rule: String
        var confidence: Double
        /// Found from the text around this quote (not carried over from another quote).
        var explicit: Bool
    }

    struct Candidate {
        var start: Int
        var end: Int
        var paragraph: Int
        var kind: Quote.Kind
        var rule: String?
        var region: Int
        var token = -1
        var titleLike = false
        /// Part B of a quote split by an incise inside its marks: the index of part A.
        var partOf: Int?
        /// Word range (in the document's word view) of the incise inside the marks, for part A.
        var inciseWords: Range<Int>?
        var attribution: Attribution?
    }

    struct Indirect {
        var start: Int
        var end: Int
        var paragraph: Int
        var attribution: Attribution
    }

    static let titleDeterminers: Set<String> = ["le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces",
                                               "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos"]
    static let namingNouns: Set<String> = ["intitulé", "intitulée", "intitulés", "intitulées", "baptisé", "baptisée", "baptisés", "baptisées",
                                          "nommé", "nommée", "titre", "titré", "titrée", "chanson", "film", "livre", "ouvrage", "album", "slogan",
                                          "collectif", "groupe", "émission", "spectacle", "pièce", "roman", "série", "opération", "campagne",
                                          "hashtag", "mot", "mots", "expression", "formule", "terme", "termes", "association", "mouvement",
                                          "journal", "quotidien", "hebdomadaire", "magazine", "revue", "rubrique", "dossier", "programme", "plan",
                                          "projet", "loi", "label", "thème", "devise", "surnom", "surnommé", "surnommée", "appelé", "appelée"]

    /// Quotes in document order, plus warnings (unbalanced marks…). `entities` are the
    /// document's entity mentions, used to find and resolve speakers.
    public func quotes(in document: Document, entities: [EntityMention]) -> (quotes: [Quote], warnings: [String]) {
        // Code points and their UTF-8 offsets, in one pass.
        var scalars = [Unicode.Scalar]()
        var utf8 = [Int]()
        scalars.reserveCapacity(document.text.utf8.count)
        utf8.reserveCapacity(document.text.utf8.count + 1)
        var offset = 0
        for u in document.text.unicodeScalars {
            scalars.append(u)
            utf8.append(offset)
            offset += UTF8.width(u)
        }
        utf8.append(offset)
        var paragraphs = document.paragraphs.map { $0.span.start..<$0.span.end }
        if paragraphs.isEmpty, !scalars.isEmpty { paragraphs = [0..<scalars.count] }

        let (regions, warnings) = QuoteMarkScanner().regions(in: scalars, paragraphs: paragraphs)
        let wordView = AttributionText(table: table)
        let morphology = MorphologyMemo(lexicon: lexicon)
        let parser = SpeakerPhraseParser(scalars: scalars, morphology: morphology, table: table)
        let cues = CueVerbMatcher(morphology: morphology, table: table)

        // 1. Candidates: direct, fragment, or direct split by an incise inside the marks.
        var candidates = [Candidate]()
        var partsOfRegion = [[Int]](repeating: [], count: regions.count)
        var inciseOfRegion = [Range<Int>?](repeating: nil, count: regions.count)
        for (ri, r) in regions.enumerated() {
            let count = Self.wordCount(scalars, r.contentStart..<r.contentEnd)
            var c = Candidate(start: r.contentStart, end: r.contentEnd, paragraph: r.paragraph, kind: .direct, region: ri)
            if count < 3 {
                c.kind = .fragment; c.rule = "fragment:short"
            } else if Self.isTitleCase(scalars, r.contentStart..<r.contentEnd) {
                c.kind = .fragment; c.rule = "fragment:title"
            } else if !r.continuesPrevious, let before = Self.wordBefore(scalars, r.markStart, paragraphStart: paragraphs[r.paragraph].lowerBound),
                      Self.titleDeterminers.contains(before) || Self.namingNouns.contains(before) {
                c.kind = .fragment; c.rule = "fragment:title"; c.titleLike = true
            }
            if c.kind == .direct, let split = inciseInside(r, scalars: scalars, wordView: wordView, parser: parser, cues: cues) {
                var a = c
                a.end = split.aEnd
                candidates.append(a)
                partsOfRegion[ri].append(candidates.count - 1)
                inciseOfRegion[ri] = split.incise
                if let bStart = split.bStart {
                    var b = c
                    b.start = bStart
                    b.partOf = candidates.count - 1
                    candidates.append(b)
                    partsOfRegion[ri].append(candidates.count - 1)
                }
            } else {
                candidates.append(c)
                partsOfRegion[ri].append(candidates.count - 1)
            }
        }

        // 2. The word view of the document, each quoted region collapsed into one item.
        var words = [AttributionWord]()
        words.reserveCapacity(scalars.count / 5)
        var ri = 0
        for (p, range) in paragraphs.enumerated() {
            var pos = range.lowerBound
            while ri < regions.count, regions[ri].paragraph == p {
                let r = regions[ri]
                if r.markStart > pos { wordView.scan(scalars, pos..<r.markStart, paragraph: p, into: &words) }
                let parts = partsOfRegion[ri]
                if parts.count >= 1, let incise = inciseOfRegion[ri] {
                    let a = parts[0]
                    candidates[a].token = words.count
                    words.append(AttributionWord(kind: .quote(a), start: r.markStart, end: incise.lowerBound, text: "«»", key: "«»", paragraph: p))
                    let first = words.count
                    wordView.scan(scalars, incise, paragraph: p, into: &words)
                    candidates[a].inciseWords = first..<words.count
                    if parts.count == 2 {
                        candidates[parts[1]].token = words.count
                        words.append(AttributionWord(kind: .quote(parts[1]), start: incise.upperBound, end: r.markEnd, text: "«»", key: "«»", paragraph: p))
                    }
                } else if let ci = parts.first {
                    candidates[ci].token = words.count
                    let kind: AttributionWord.Kind = candidates[ci].kind == .direct ? .quote(ci) : .fragment(ci)
                    words.append(AttributionWord(kind: kind, start: r.markStart, end: r.markEnd, text: "«»", key: "«»", paragraph: p))
                }
                pos = max(pos, r.markEnd)
                ri += 1
            }
            if pos < range.upperBound { wordView.scan(scalars, pos..<range.upperBound, paragraph: p, into: &words) }
        }
        var endsWithStop = Set<Int>()
        for (t, word) in words.enumerated() {
            if case .quote(let ci) = word.kind {
                let e = candidates[ci].end
                if e > candidates[ci].start, ".!?…".unicodeScalars.contains(scalars[e - 1]) { endsWithStop.insert(t) }
            }
        }
        AttributionText.numberSentences(&words) { endsWithStop.contains($0) }
        // Titles and scare quotes followed by a cue are quotes after all (un « pas décisif », a salué X).
        for ci in candidates.indices where candidates[ci].titleLike && candidates[ci].token >= 0 {
            let t = candidates[ci].token
            var e = t + 1
            while e < words.count, words[e].sentence == words[t].sentence { e += 1 }
            if cueAfter(words, t, limit: e, parser: parser, cues: cues) != nil {
                candidates[ci].kind = .direct
                candidates[ci].rule = nil
                words[t].kind = .quote(ci)
            }
        }

        // 3. Attribution, sentence by sentence.
        var resolver = SpeakerResolver(words: words, entities: entities, parser: parser, morphology: morphology)
        var indirects = [Indirect]()
        var lastAttribution: (paragraph: Int, attribution: Attribution)?
        var lastInParagraph: (paragraph: Int, attribution: Attribution, token: Int)?
        var s = 0
        while s < words.count {
            var e = s + 1
            while e < words.count, words[e].sentence == words[s].sentence { e += 1 }
            let directs = (s..<e).compactMap { t -> Int? in
                if case .quote(let ci) = words[t].kind, candidates[ci].kind == .direct { return ci }
                return nil
            }
            if directs.isEmpty {
                if let ind = indirect(words, s..<e, scalars: scalars, parser: parser, cues: cues, resolver: &resolver) {
                    indirects.append(ind)
                    lastAttribution = (ind.paragraph, ind.attribution)
                } else {
                    noteSpeechEvent(words, s..<e, parser: parser, cues: cues, resolver: &resolver)
                }
                s = e
                continue
            }
            var sentenceAttribution: Attribution?
            for ci in directs {
                let t = candidates[ci].token
                let paragraph = candidates[ci].paragraph
                var a: Attribution?
                let region = regions[candidates[ci].region]
                let attributedTokenInParagraph: Int? = lastInParagraph?.paragraph == paragraph ? lastInParagraph?.token : nil
                let lastSpeakerKey: String? = attributedTokenInParagraph != nil ? lastInParagraph?.attribution.speaker?.key : lastAttribution?.attribution.speaker?.key
                if let partA = candidates[ci].partOf, let prev = candidates[partA].attribution {
                    a = Attribution(speaker: prev.speaker, cue: prev.cue, rule: "incise-inside", confidence: prev.confidence, explicit: true)
                } else if let incise = candidates[ci].inciseWords, let found = inciseAttribution(words, incise, parser: parser, cues: cues) {
                    a = make(found, rule: "incise-inside", confidence: 0.9, resolver: &resolver)
                } else if let found = cueAfter(words, t, limit: e, parser: parser, cues: cues) {
                    a = make(found, rule: found.rule, confidence: 0.95, resolver: &resolver)
                } else if let found = cueBefore(words, t, parser: parser, cues: cues) {
                    a = make(found, rule: found.rule, confidence: 0.9, resolver: &resolver)
                } else if let found = sentenceOpener(words, t, from: s, parser: parser) {
                    a = make(found, rule: found.rule, confidence: 0.85, resolver: &resolver)
                } else if let found = cueInSentence(words, t, from: s, parser: parser, cues: cues) {
                    a = make(found, rule: found.rule, confidence: 0.75, resolver: &resolver)
                } else if region.continuesPrevious, let prevRegion = candidates[ci].region > 0 ? candidates[ci].region - 1 : nil,
                          let last = partsOfRegion[prevRegion].last, let prev = candidates[last].attribution {
                    a = Attribution(speaker: prev.speaker, cue: prev.cue, rule: "continuation:paragraph", confidence: min(prev.confidence, 0.9), explicit: false)
                } else if let prev = sentenceAttribution {
                    a = Attribution(speaker: prev.speaker, cue: prev.cue, rule: "same-sentence", confidence: min(prev.confidence, 0.8), explicit: false)
                } else if t == s, let found = recentSubject(words, t, after: attributedTokenInParagraph, parser: parser),
                          let phrase = found.phrase, !(lastSpeakerKey.map { parser.mentions(found: phrase, key: $0) } ?? false) {
                    // « A », a déclaré X. Y, lui, n’est pas d’accord. « B » → Y.
                    a = make(found, rule: "paragraph-subject", confidence: 0.5, resolver: &resolver)
                } else if t > s, let found = sentenceSubject(words, t, from: s, parser: parser) {
                    // Le député François Ruffin a, lui, appelé à « bloquer le pays tout entier ».
                    a = make(found, rule: "sentence-subject", confidence: 0.6, resolver: &resolver)
                } else if let prev = lastInParagraph, prev.paragraph == paragraph {
                    a = Attribution(speaker: prev.attribution.speaker, cue: prev.attribution.cue, rule: "continuation",
                                    confidence: min(prev.attribution.confidence, 0.7), explicit: false)
                } else if let prev = lastAttribution, prev.paragraph == paragraph - 1 || prev.paragraph == paragraph {
                    a = Attribution(speaker: prev.attribution.speaker, cue: prev.attribution.cue, rule: "continuation:previous-paragraph",
                                    confidence: min(prev.attribution.confidence, 0.5), explicit: false)
                }
                if let found = a {
                    if !found.explicit, let key = found.speaker?.key { resolver.noteSpeaker(key, at: words[t].start) }
                    candidates[ci].attribution = found
                    sentenceAttribution = sentenceAttribution ?? found
                    lastInParagraph = (paragraph, found, t)
                    lastAttribution = (paragraph, found)
                } else {
                    candidates[ci].attribution = Attribution(speaker: nil, cue: nil, rule: "unattributed", confidence: 0.2, explicit: false)
                }
            }
            s = e
        }
        // A paragraph opening with a quote and attributing the next one: « A. » Le témoignage de B… « C », rapporte B.
        for ci in candidates.indices where candidates[ci].kind == .direct {
            guard let rule = candidates[ci].attribution?.rule, rule == "unattributed" || rule == "continuation:previous-paragraph" else { continue }
            if let next = candidates[(ci + 1)...].first(where: { $0.kind == .direct && $0.paragraph == candidates[ci].paragraph && $0.attribution?.explicit == true }),
               let a = next.attribution {
                candidates[ci].attribution = Attribution(speaker: a.speaker, cue: a.cue, rule: "continuation:next", confidence: min(a.confidence, 0.5), explicit: false)
            }
        }
        // A multi-paragraph quote attributed only at its end: carry the speaker back to its first parts.
        var chain = [Int]()
        for ci in candidates.indices where candidates[ci].kind == .direct && candidates[ci].partOf == nil {
            if !regions[candidates[ci].region].continuesPrevious { backfill(chain, &candidates); chain = [] }
            chain.append(ci)
        }
        backfill(chain, &candidates)

        // 4. Quotes in document order.
        var quotes = [Quote]()
        quotes.reserveCapacity(candidates.count + indirects.count)
        func speaker(_ r: SpeakerResolver.Resolved?) -> Speaker? {
            guard let r else { return nil }
            let span = r.mentionEnd > r.mentionStart ? document.span(utf8: utf8[r.mentionStart], utf8[r.mentionEnd]) : nil
            return Speaker(name: r.name, mention: r.mention, mentionSpan: span, kind: r.kind, role: r.role,
                           organisation: r.organisation, gender: resolver.gender(of: r))
        }
        var ci = 0, ii = 0
        while ci < candidates.count || ii < indirects.count {
            if ci < candidates.count, ii >= indirects.count || candidates[ci].start <= indirects[ii].start {
                let c = candidates[ci]
                ci += 1
                guard c.end > c.start else { continue }
                let span = document.span(utf8: utf8[c.start], utf8[c.end])
                if c.kind == .direct, let a = c.attribution {
                    quotes.append(Quote(kind: .direct, text: parser.text(c.start, c.end), span: span, speaker: speaker(a.speaker), cue: a.cue,
                                        paragraphIndex: c.paragraph, confidence: a.confidence, rule: a.rule))
                } else {
                    quotes.append(Quote(kind: .fragment, text: parser.text(c.start, c.end), span: span, speaker: nil, cue: nil,
                                        paragraphIndex: c.paragraph, confidence: 0.8, rule: c.rule ?? "fragment:short"))
                }
            } else {
                let d = indirects[ii]
                ii += 1
                let span = document.span(utf8: utf8[d.start], utf8[d.end])
                quotes.append(Quote(kind: .indirect, text: parser.text(d.start, d.end), span: span, speaker: speaker(d.attribution.speaker),
                                    cue: d.attribution.cue, paragraphIndex: d.paragraph, confidence: d.attribution.confidence, rule: d.attribution.rule))
            }
        }
        return (quotes, warnings)
    }

    // MARK: Attribution shapes

    struct Found {
        var phrase: SpeakerPhrase?
        var cue: String?
        var rule: String
    }

    private func make(_ f: Found, rule: String, confidence: Double, resolver: inout SpeakerResolver) -> Attribution {
        guard let p = f.phrase else { return Attribution(speaker: nil, cue: f.cue, rule: rule, confidence: confidence * 0.5, explicit: true) }
        let r = resolver.resolve(p, mention: resolver.parser.text(p.start, p.end))
        var c = confidence
        if p.form == .pronoun { c *= r.name == nil ? 0.6 : 0.9 }
        if p.form == .role, r.name == nil { c *= 0.9 }
        return Attribution(speaker: r, cue: f.cue, rule: rule, confidence: c, explicit: true)
    }

    private func pronounPhrase(_ w: [AttributionWord], _ i: Int, after m: CueVerbMatcher.Match? = nil) -> SpeakerPhrase {
        var p = SpeakerPhrase(form: .pronoun, start: w[i].start, end: w[i].end, nextWord: max(i + 1, m?.end ?? 0))
        p.pronoun = w[i].key
        return p
    }

    /// `« … », a déclaré X`, `« … » a-t-elle ajouté`, `« … », selon X`.
    func cueAfter(_ w: [AttributionWord], _ t: Int, limit e: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> Found? {
        var k = t + 1
        if k < e, w[k].key == ")" { k += 1 }
        if k < e, w[k].key == "," { k += 1 }
        guard k < e else { return nil }
        guard w[k].isWord else { return cueAtSentenceEnd(w, t, limit: e, parser: parser, cues: cues) }
        if w[k].key == "selon" || (w[k].key == "d'" && k + 1 < e && w[k + 1].key == "après") {
            let at = w[k].key == "selon" ? k + 1 : k + 2
            if let p = parser.phrase(w, at: at, limit: e, generic: true) { return Found(phrase: p, cue: nil, rule: "selon-after") }
            return nil
        }
        guard let m = cues.match(w, at: k, limit: e), m.form == .finite else { return cueAtSentenceEnd(w, t, limit: e, parser: parser, cues: cues) }
        let phrase = m.invertedPronoun.map { pronounPhrase(w, $0, after: m) } ?? parser.forward(w, at: m.end, limit: e)
        guard let p = phrase else { return nil }
        // `« … », a-t-il déclaré, « … »`: the first part of a quote cut by an incise.
        var n = p.nextWord
        if n < e, w[n].key == "," { n += 1 }
        let incise = n < e && w[n].isQuote
        return Found(phrase: p, cue: m.lemma, rule: incise ? "cue-after:incise" : "cue-after")
    }

    /// `Les trois premiers ont été “assassinés en captivité” et le dernier tué…, selon le bureau de M. X.`:
    /// an attribution closing the sentence that holds the quote.
    private func cueAtSentenceEnd(_ w: [AttributionWord], _ t: Int, limit e: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> Found? {
        var end = e
        while end > t + 1, w[end - 1].isPunctuation, [".", "!", "?", "…"].contains(w[end - 1].key) { end -= 1 }
        var k = end - 2
        while k > t {
            if w[k].isQuote { return nil }
            if w[k].key == "," {
                let n = k + 1
                if w[n].key == "selon", let p = parser.phrase(w, at: n + 1, limit: end, generic: true), p.nextWord == end {
                    return Found(phrase: p, cue: nil, rule: "selon-end")
                }
                if let m = cues.match(w, at: n, limit: end), m.form == .finite {
                    if let inv = m.invertedPronoun, m.end == end { return Found(phrase: pronounPhrase(w, inv, after: m), cue: m.lemma, rule: "cue-end") }
                    if m.invertedPronoun == nil, let p = parser.forward(w, at: m.end, limit: end), p.nextWord == end {
                        return Found(phrase: p, cue: m.lemma, rule: "cue-end")
                    }
                }
            }
            k -= 1
        }
        return nil
    }

    /// The speaker of an incise inside the marks (`, a souligné le maire Labeaume…`).
    private func inciseAttribution(_ w: [AttributionWord], _ r: Range<Int>, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> Found? {
        guard r.count >= 2, w[r.lowerBound].key == "," else { return nil }
        guard let m = cues.match(w, at: r.lowerBound + 1, limit: r.upperBound), m.form == .finite else { return nil }
        let phrase = m.invertedPronoun.map { pronounPhrase(w, $0, after: m) } ?? parser.forward(w, at: m.end, limit: r.upperBound)
        return phrase.map { Found(phrase: $0, cue: m.lemma, rule: "incise-inside") }
    }

    /// `X, rôle, a déclaré : « … »`, `X a affirmé que « … »`, `Selon X, « … »`, `Pour X, « … »`,
    /// `X a déclaré, « … »`, `X : « … »`.
    func cueBefore(_ w: [AttributionWord], _ t: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> Found? {
        guard t > 0 else { return nil }
        let prev = w[t - 1]
        var s = t - 1
        while s > 0, w[s - 1].sentence == prev.sentence { s -= 1 }
        func subject(_ m: CueVerbMatcher.Match) -> SpeakerPhrase? {
            if let inv = m.invertedPronoun { return pronounPhrase(w, inv) }
            return parser.backward(w, verbStart: m.start, lower: s)
        }
        if prev.key == ":" {
            var best: CueVerbMatcher.Match?
            var k = s
            while k < t - 1 {
                if let m = cues.match(w, at: k, limit: t - 1), m.form == .finite { best = m; k = m.end } else { k += 1 }
            }
            if let m = best {
                return subject(m).map { Found(phrase: $0, cue: m.lemma, rule: "colon-intro") }
            }
            if let p = parser.backward(w, verbStart: t - 1, lower: s), p.form == .name {
                return Found(phrase: p, cue: nil, rule: "colon-name")
            }
            // X est plus optimiste : « … » / Interrogé, le préfet s’est voulu rassurant : « … »
            var start = s
            for _ in 0..<2 {
                if let p = parser.phrase(w, at: start, limit: t - 1, generic: true), p.nextWord < t - 1, w[p.nextWord].isWord || w[p.nextWord].key == "," {
                    return Found(phrase: p, cue: nil, rule: "colon-subject")
                }
                guard let comma = (start..<(t - 1)).first(where: { w[$0].key == "," }) else { break }
                start = comma + 1
            }
            return nil
        }
        guard prev.sentence == w[t].sentence else { return nil }
        if prev.key == "que" || prev.key == "qu'" {
            for k in max(s, t - 9)..<(t - 1) {
                if let m = cues.match(w, at: k, limit: t - 1), m.form == .finite, m.end >= t - 2 {
                    return subject(m).map { Found(phrase: $0, cue: m.lemma, rule: "que-intro") }
                }
            }
            return nil
        }
        if prev.key == "," {
            // Selon X, « … » / Pour X, « … » / D’après X, « … »
            var k = t - 2
            while k >= s, t - k < 14, !w[k].isQuote {
                let key = w[k].key
                let opener = key == "selon" || key == "pour" || (key == "après" && k > s && w[k - 1].key == "d'")
                let clauseStart = k == s || w[k - 1].isPunctuation || (key == "après" && (k - 1 == s || w[k - 2].isPunctuation))
                if opener, clauseStart, let p = parser.phrase(w, at: k + 1, limit: t - 1, generic: key != "pour"), p.nextWord == t - 1 {
                    return Found(phrase: p, cue: nil, rule: key == "après" ? "d-apres" : key)
                }
                k -= 1
            }
        }
        // X a déclaré « … » / …, a-t-il déclaré, « … »
        let end = prev.key == "," ? t - 1 : t
        for k in max(s, end - 6)..<end {
            if let m = cues.match(w, at: k, limit: end), m.form == .finite, m.end == end {
                return subject(m).map { Found(phrase: $0, cue: m.lemma, rule: "cue-before") }
            }
        }
        return nil
    }

    /// Reported speech without marks in sentence `r`: `…, a indiqué X.`, `X a affirmé que …`, `Selon X, …`.
    private func indirect(_ w: [AttributionWord], _ r: Range<Int>, scalars: [Unicode.Scalar], parser: SpeakerPhraseParser,
                          cues: CueVerbMatcher, resolver: inout SpeakerResolver) -> Indirect? {
        let s = r.lowerBound, e = r.upperBound
        var last = e - 1
        while last > s, w[last].isPunctuation, [".", "!", "?", "…", ",", ";", ":", "—", "–", "-", "(", "["].contains(w[last].key) { last -= 1 }
        func result(_ start: Int, _ end: Int, _ found: Found, rule: String, confidence: Double) -> Indirect? {
            guard end > start, Self.wordCount(scalars, start..<end) >= 3 else { return nil }
            let a = make(found, rule: rule, confidence: confidence, resolver: &resolver)
            return Indirect(start: start, end: end, paragraph: w[s].paragraph, attribution: a)
        }
        var k = s
        while k < e {
            let key = w[k].key
            if key == ",", let m = cues.match(w, at: k + 1, limit: e), m.form == .finite {
                if let p = m.invertedPronoun.map({ pronounPhrase(w, $0, after: m) }) ?? parser.forward(w, at: m.end, limit: e) {
                    var n = p.nextWord
                    while n < e, !(w[n].isPunctuation && w[n].key == ",") { n += 1 }
                    let atEnd = n >= e || n >= last
                    let end = atEnd ? w[k].start : w[last].end
                    if k > s, let ind = result(w[s].start, end, Found(phrase: p, cue: m.lemma, rule: ""), rule: "indirect:incise", confidence: 0.8) {
                        return ind
                    }
                }
            }
            if w[k].isWord, !w[k].isInverted, let m = cues.match(w, at: k, limit: e), m.form == .finite, m.invertedPronoun == nil {
                var q = m.end
                if q < e, w[q].isWord, q + 1 < e, w[q + 1].key == "que" || w[q + 1].key == "qu'", w[q].key != "que" { q += 1 }
                if q < e, w[q].key == "que" || w[q].key == "qu'", q + 1 <= last, let p = parser.backward(w, verbStart: m.start, lower: s) {
                    if let ind = result(w[q + 1].start, w[last].end, Found(phrase: p, cue: m.lemma, rule: ""), rule: "indirect:que", confidence: 0.8) {
                        return ind
                    }
                }
                k = m.end
                continue
            }
            if key == "selon" || (key == "après" && k > s && w[k - 1].key == "d'") {
                let opener = key == "selon" ? k : k - 1
                if let p = parser.phrase(w, at: k + 1, limit: e, generic: true) {
                    if opener == s {
                        var n = p.nextWord
                        while n < last, w[n].key != "," { n += 1 }
                        n += 1
                        if n <= last, let ind = result(w[n].start, w[last].end, Found(phrase: p, cue: nil, rule: ""), rule: "indirect:selon", confidence: 0.75) {
                            return ind
                        }
                    } else if let ind = result(w[s].start, w[opener - 1].end, Found(phrase: p, cue: nil, rule: ""), rule: "indirect:selon", confidence: 0.6) {
                        return ind
                    }
                }
            }
            k += 1
        }
        return nil
    }

    /// A cue earlier in the quote's sentence: `Tisséo indique avoir « renforcé la présence humaine »`,
    /// `la présidence a indiqué qu’elle « partage les inquiétudes »`, `salué par Le Monde comme « … »`.
    private func cueInSentence(_ w: [AttributionWord], _ t: Int, from s: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> Found? {
        var best: (match: CueVerbMatcher.Match, phrase: SpeakerPhrase)?
        var k = s
        while k < t {
            if w[k].isQuote { best = nil }  // a cue before an earlier quote belongs to that quote
            guard w[k].isWord, let m = cues.match(w, at: k, limit: t) else { k += 1; continue }
            switch m.form {
            case .finite:
                let phrase = m.invertedPronoun.map { pronounPhrase(w, $0, after: m) } ?? parser.backward(w, verbStart: m.start, lower: s)
                if let p = phrase { best = (m, p) }
            case .pastParticiple:
                // salué par Le Monde comme « … »
                if m.end + 1 < t, w[m.end].key == "par", let p = parser.phrase(w, at: m.end + 1, limit: t, generic: true) { best = (m, p) }
            case .presentParticiple:
                break
            }
            k = m.end
        }
        return best.map { Found(phrase: $0.phrase, cue: $0.match.lemma, rule: "cue-in-sentence") }
    }

    /// `Pour X, c’est « la grève de trop ».`: a sentence opened by `Selon X,`, `Pour X,`, `D’après X,`.
    private func sentenceOpener(_ w: [AttributionWord], _ t: Int, from s: Int, parser: SpeakerPhraseParser) -> Found? {
        guard t > s + 2, w[s].isWord else { return nil }
        var at = s + 1
        let key = w[s].key
        if key == "d'", w[s + 1].key == "après" { at = s + 2 } else if key != "selon" && key != "pour" { return nil }
        guard let p = parser.phrase(w, at: at, limit: t, generic: key != "pour"), p.nextWord < t, w[p.nextWord].key == ",",
              p.form != .pronoun || key != "pour" else { return nil }
        return Found(phrase: p, cue: nil, rule: key == "d'" ? "d-apres" : key)
    }

    /// The person opening the sentence that holds quote `t` (a partial quote inside the subject's sentence).
    private func sentenceSubject(_ w: [AttributionWord], _ t: Int, from s: Int, parser: SpeakerPhraseParser) -> Found? {
        guard w[s].isWord, let p = parser.phrase(w, at: s, limit: t), p.form == .name || p.form == .role || p.form == .pronoun,
              p.form == .role || p.form == .pronoun || p.titleGender != nil || p.nameWords.count >= 2 || p.isOrganisation else { return nil }
        if p.form == .pronoun, !["il", "elle", "iel"].contains(p.pronoun ?? "") { return nil }
        // The subject is followed by its verb (possibly after an apposition or `, lui,`), not by the quote itself.
        guard p.nextWord < t else { return nil }
        return Found(phrase: p, cue: nil, rule: "sentence-subject")
    }

    /// The person opening one of the sentences before quote `t` in its paragraph, after word `after`
    /// (the last attributed quote): `Anne-Pierre de Montesquiou, un ancien ingénieur, a appris… « … »`.
    private func recentSubject(_ w: [AttributionWord], _ t: Int, after: Int?, parser: SpeakerPhraseParser) -> Found? {
        var end = t
        var sentences = 0
        while end > 0, w[end - 1].paragraph == w[t].paragraph, sentences < 6 {
            var s = end - 1
            while s > 0, w[s - 1].sentence == w[end - 1].sentence { s -= 1 }
            if let after, s <= after { return nil }
            if w[s].isWord, let p = parser.phrase(w, at: s, limit: end), p.form == .name || p.form == .role, !p.isOrganisation,
               p.form == .role || p.titleGender != nil || p.nameWords.count >= 2 || p.roleLemma != nil, p.nextWord < end {
                return Found(phrase: p, cue: nil, rule: "paragraph-subject")
            }
            end = s
            sentences += 1
        }
        return nil
    }

    /// `X, conseillère…, a répondu à un journaliste`: no quote, but X is now the one speaking,
    /// the likeliest referent of the next `a-t-elle ajouté`.
    private func noteSpeechEvent(_ w: [AttributionWord], _ r: Range<Int>, parser: SpeakerPhraseParser, cues: CueVerbMatcher,
                                 resolver: inout SpeakerResolver) {
        var k = r.lowerBound
        while k < r.upperBound {
            if w[k].isWord, let m = cues.match(w, at: k, limit: r.upperBound) {
                if m.form == .finite, m.invertedPronoun == nil, let p = parser.backward(w, verbStart: m.start, lower: r.lowerBound),
                   p.form == .name, !p.isOrganisation, p.nameWords.count >= 2 || p.titleGender != nil || p.roleLemma != nil {
                    _ = resolver.resolve(p, mention: parser.text(p.start, p.end))
                    return
                }
                k = m.end
                continue
            }
            k += 1
        }
    }

    // MARK: Helpers

    /// Splits a quote cut by an incise inside its marks: `« A, a souligné le maire… B »`.
    private func inciseInside(_ r: QuoteRegion, scalars: [Unicode.Scalar], wordView: AttributionText, parser: SpeakerPhraseParser,
                              cues: CueVerbMatcher) -> (aEnd: Int, incise: Range<Int>, bStart: Int?)? {
        var inner = [AttributionWord]()
        wordView.scan(scalars, r.contentStart..<r.contentEnd, paragraph: r.paragraph, into: &inner)
        AttributionText.numberSentences(&inner) { _ in false }
        guard inner.count > 4 else { return nil }
        for c in 1..<(inner.count - 2) where inner[c].key == "," {
            guard let m = cues.match(inner, at: c + 1, limit: inner.count), m.form == .finite else { continue }
            let phrase = m.invertedPronoun.map { pronounPhrase(inner, $0, after: m) } ?? parser.forward(inner, at: m.end, limit: inner.count)
            guard let p = phrase, p.form != .pronoun || m.invertedPronoun != nil else { continue }
            let b = p.nextWord
            guard b >= inner.count || (inner[b].isPunctuation && [",", ".", "…", ";", "!", "?", "—", "–"].contains(inner[b].key)) else { continue }
            var aEnd = inner[c].start
            while aEnd > r.contentStart, QuoteMarkScanner.isSpace(scalars[aEnd - 1]) { aEnd -= 1 }
            guard Self.wordCount(scalars, r.contentStart..<aEnd) >= 1 else { continue }
            let inciseEnd = b < inner.count ? inner[b].end : r.contentEnd
            let bStart = QuoteMarkScanner.skipSpace(scalars, from: inciseEnd, to: r.contentEnd)
            let hasB = bStart < r.contentEnd && Self.wordCount(scalars, bStart..<r.contentEnd) >= 1
            return (aEnd, inner[c].start..<(hasB ? bStart : r.markEnd), hasB ? bStart : nil)
        }
        return nil
    }

    private func backfill(_ chain: [Int], _ candidates: inout [Candidate]) {
        guard chain.count > 1, let source = chain.first(where: { candidates[$0].attribution?.explicit == true }),
              let a = candidates[source].attribution else { return }
        for ci in chain where candidates[ci].attribution?.explicit != true {
            candidates[ci].attribution = Attribution(speaker: a.speaker, cue: a.cue, rule: "continuation:paragraph", confidence: min(a.confidence, 0.85), explicit: false)
        }
    }

    /// Words as the scorer counts them: whitespace-separated pieces with a letter or digit.
    static func wordCount(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int {
        var count = 0
        var inWord = false, hasLetter = false
        for i in r {
            if QuoteMarkScanner.isSpace(s[i]) {
                if inWord, hasLetter { count += 1 }
                inWord = false; hasLetter = false
            } else {
                inWord = true
                if QuoteMarkScanner.isWordScalar(s[i]) { hasLetter = true }
            }
        }
        if inWord, hasLetter { count += 1 }
        return count
    }

    /// A name or title rather than speech: most words capitalised, no sentence punctuation
    /// (`Le Chœur de l'Art Mais Rouge`).
    static func isTitleCase(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var words = 0, capitals = 0
        var atStart = true
        for i in r {
            let u = s[i]
            if ".!?;…,:".unicodeScalars.contains(u) { return false }
            if QuoteMarkScanner.isSpace(u) { atStart = true; continue }
            if atStart {
                words += 1
                atStart = false
                var c = u
                // l'Art, d'Abraham: look past the elision.
                if i + 2 < r.upperBound, (s[i + 1] == "'" || s[i + 1] == "’"), u.properties.isLowercase { c = s[i + 2] }
                if c.properties.isUppercase { capitals += 1 }
            }
        }
        return words >= 3 && words <= 12 && capitals >= 3 && capitals * 3 >= words * 2
    }

    /// The lower-cased word just before `index` in the paragraph (`des` in `des "Macron…"`), elisions included (`l'`).
    static func wordBefore(_ s: [Unicode.Scalar], _ index: Int, paragraphStart: Int) -> String? {
        var e = index
        while e > paragraphStart, QuoteMarkScanner.isSpace(s[e - 1]) { e -= 1 }
        var b = e
        while b > paragraphStart, AttributionText.isLetter(s[b - 1]) || ((s[b - 1] == "'" || s[b - 1] == "’") && b == e) { b -= 1 }
        guard b < e else { return nil }
        return QuoteLexicon.key(String(String.UnicodeScalarView(s[b..<e])))
    }
}
