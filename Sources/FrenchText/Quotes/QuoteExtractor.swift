/// Finds direct quotes, indirect speech and fragments, and attributes each to a speaker.
///
/// Quote spans come from the characters (``QuoteMarkScanner``), attribution from a light word
/// view of the text (``AttributionText``), cue verbs from the lexicon's lemmas
/// (``CueVerbMatcher``), speakers from noun phrases (``SpeakerPhraseParser``) resolved across the
/// document (``SpeakerResolver``). Each quote names the rule that attributed it:
///
/// | rule | shape |
/// |---|---|
/// | `cue-after` | `« … », a déclaré X.` / `« … » a-t-elle ajouté.` / `« … », fait savoir X`, `tient à préciser X`, `indique-t-on à la préfecture` |
/// | `cue-after:incise` | `« … », a-t-il déclaré, « … »` (the first part) |
/// | `incise-inside` | `« … , a souligné le maire, … »`, `« …, confie-t-elle au Parisien, … »`, `« …, selon lui, … »` (both parts) |
/// | `selon-after` | `« … », selon X.` |
/// | `cue-end`, `selon-end` | `… « … » et …, a précisé X.` / `…, selon X.` closing the quote's sentence |
/// | `colon-intro` | `X, rôle à ORG, a déclaré : « … »` |
/// | `colon-name`, `colon-subject` | `X : « … »` / `X est plus optimiste : « … »` |
/// | `colon-chez` | `Même constat chez X, directrice de l’école : « … »` / `Réaction de X : « … »` / `Le témoignage de X est accablant : « … »` |
/// | `que-intro` | `X a affirmé que « … »` |
/// | `cue-before` | `X a déclaré, « … »` / `…, a-t-il déclaré, « … »` (the second part) |
/// | `selon`, `pour`, `d-apres` | `Selon X, « … »` / `Pour X, c’est « … »` / `D’après X, « … »` |
/// | `cue-in-sentence` | `Tisséo indique avoir « … »`, `salué par Le Monde comme « … »` |
/// | `continuation:paragraph` | a paragraph reopening a multi-paragraph quote |
/// | `same-sentence` | a second quote in the sentence of an attributed one |
/// | `paragraph-subject`, `sentence-subject` | a quote without cue after (or inside) a sentence about a person |
/// | `continuation` | a quote without cue after an attributed quote of the paragraph |
/// | `continuation:previous-paragraph`, `continuation:next` | speech attributed in the paragraph before, or just after in the same paragraph |
/// | `release-issuer` | a headline quote of a release headed `Collectif Parité Ouest – Communiqué`, said by nobody else |
/// | `unattributed` | a quote whose speaker the text does not let us find (speaker nil, confidence 0.2) |
/// | `indirect:incise`, `indirect:que`, `indirect:selon` | reported speech without marks |
/// | `fragment:short`, `fragment:title` | scare quotes, titles (`son roman « Les Heures pâles »`, `« Les Heures pâles » a reçu…`), names, 1–2 words |
///
/// Speakers: `il`/`elle` right after an organisation opening the sentence before go to it when the head noun agrees
/// (`Le Conseil d’État a débloqué une aide. Dans un communiqué, il indique…`); a unit speaks for its institution
/// (`le service urbanisme de la Ville de Lunel` → `Ville de Lunel`); `X estime, par la voix de sa porte-parole Y,
/// que « … »` → Y; a role keeps its adjectives before the name (`Pour l’échevine écologiste Nathalie Wuidar, « … »`).
/// `l’entreprise`, `le syndicat`, `la direction` go to the organisation introduced with that kind
/// (`la société Logimax Ouest`, `Du côté de Logimax Ouest`); `iel` to the person the text calls `iel` or writes
/// with inclusive agreement (`Camille Martin, coordinateur·rice`); a quote paragraph without cue goes to a person
/// introduced with a role after the last attributed speech (`Karim Benali, porte-parole du collectif, …`).
///
/// ```swift
/// let doc = Tokenizer().document(from: "« Nous resterons mobilisés », a-t-elle déclaré.")
/// let (quotes, _) = QuoteExtractor().quotes(in: doc, entities: [])
/// quotes[0].text   // "Nous resterons mobilisés"
/// quotes[0].cue    // "déclarer"
/// quotes[0].rule   // .cueAfter
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

    /// Quotes in document order, plus warnings (unbalanced marks…). `entities` are the
    /// document's entity mentions, used to find and resolve speakers.
    public func quotes(in document: Document, entities: [EntityMention]) -> (quotes: [Quote], warnings: [String]) {
        // Code points and their UTF-8 offsets, in one pass.
        let source = ScalarText(document.text)
        let scalars = source.scalars
        let utf8 = source.utf8Offsets
        var paragraphs = document.paragraphs.map { $0.span.start..<$0.span.end }
        if paragraphs.isEmpty, !scalars.isEmpty { paragraphs = [0..<scalars.count] }

        let (regions, warnings) = QuoteMarkScanner().regions(in: scalars, paragraphs: paragraphs)
        let morphology = MorphologyMemo(lexicon: lexicon)
        let wordView = AttributionText(table: table, source: source)
        let parser = SpeakerPhraseParser(scalars: scalars, source: source, morphology: morphology, table: table)
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
                      Self.titleDeterminers.contains(before) {
                // les « fausses informations », des "Macron y a le téléfon qui son": a title or a phrase, unless a cue follows.
                c.kind = .fragment; c.rule = "fragment:title"; c.titleLike = true
            } else if !r.continuesPrevious, count <= 8, scalars[r.contentStart].properties.isUppercase,
                      let before = Self.wordBefore(scalars, r.markStart, paragraphStart: paragraphs[r.paragraph].lowerBound),
                      Self.namingParticiples.contains(before), !scalars[r.contentStart..<r.contentEnd].contains(where: { ".!?…".unicodeScalars.contains($0) }) {
                // Le texte, intitulé « Primes à 10 %, pas plus », reprend…: a title, commas and all.
                c.kind = .fragment; c.rule = "fragment:title"
            } else if !r.continuesPrevious, count <= 8, Self.looksLikeATitle(scalars, r.contentStart..<r.contentEnd),
                      namesAWork(scalars, before: r.markStart, paragraphStart: paragraphs[r.paragraph].lowerBound, morphology: morphology) {
                // l’initiative populaire «Pour des loyers abordables», Le texte, intitulé « … », le rapport complet, « … »
                c.kind = .fragment; c.rule = "fragment:title"
            } else if !r.continuesPrevious, count <= 6,
                      titleAsSubject(r, scalars: scalars, paragraph: paragraphs[r.paragraph], wordView: wordView, parser: parser, cues: cues) {
                // « Les Heures pâles » a reçu le prix des lecteurs.
                c.kind = .fragment; c.rule = "fragment:title"
            } else if !r.continuesPrevious, count <= 6,
                      namedThing(r, scalars: scalars, paragraph: paragraphs[r.paragraph], wordView: wordView, parser: parser, morphology: morphology) {
                // le succès de « La Nuit du 12 », « Les Heures pâles », le premier roman de…: a title, unless a cue follows.
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
        for i in words.indices where words[i].isWord && words[i].isCapitalized { words[i].nameWord = parser.computeNameWord(words, i) }
        for i in words.indices where words[i].nameWord == nil { words[i].nameWord = false }
        // Titles and scare quotes followed by a cue are quotes after all (un « pas décisif », a salué X).
        for ci in candidates.indices where candidates[ci].titleLike && candidates[ci].token >= 0 {
            let t = candidates[ci].token
            var e = t + 1
            while e < words.count, words[e].sentence == words[t].sentence { e += 1 }
            var b = t
            while b > 0, words[b - 1].sentence == words[t].sentence, t - b < 12 { b -= 1 }
            // dénonce des « suppressions de postes déguisées », a évoqué une « réforme juste et attendue »: a speech verb
            // right before the determiner makes the words someone's (not when they read as a name: Title Case).
            let spokenBefore = !Self.isTitleCase(scalars, candidates[ci].start..<candidates[ci].end)
                && (max(b, t - 4)..<max(b, t - 1)).contains { k in
                    guard let m = cues.match(words, at: k, limit: t - 1), m.form == .finite else { return false }
                    return m.end == t - 1 || m.end == t - 2 && ["d'", "de"].contains(words[t - 2].key)
                }
            if spokenBefore {
                candidates[ci].kind = .direct
                candidates[ci].rule = nil
                words[t].kind = .quote(ci)
            } else if let found = cueAfter(words, t, limit: e, parser: parser, cues: cues), let p = found.phrase, p.form != .unnamed || p.roleLemma != nil {
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
        /// Word index of the last attributed speech: people named after it may take the next quote.
        var lastAttributionToken: Int?
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
                    lastAttributionToken = e - 1
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
                } else if t == s, t == 0 || words[t - 1].paragraph != paragraph, let after = lastAttributionToken,
                          let found = recentSubject(words, t, after: after, parser: parser, paragraphsBack: 1),
                          let phrase = found.phrase, phrase.form == .name, phrase.role != nil || phrase.roleLemma != nil,
                          !(lastAttribution?.attribution.speaker?.key.map { parser.mentions(found: phrase, key: $0) } ?? false) {
                    // « A », a déclaré X. Karim Benali, porte-parole du collectif, ne partage pas cet avis. ¶ « B » → Karim Benali.
                    a = make(found, rule: "paragraph-subject", confidence: 0.5, resolver: &resolver)
                } else if let prev = lastAttribution, prev.paragraph == paragraph
                            || prev.paragraph == paragraph - 1 && continuesAcrossParagraphs(words, t, sentenceStart: s, after: lastAttributionToken,
                                                                                             speaker: prev.attribution.speaker?.key, parser: parser) {
                    a = Attribution(speaker: prev.attribution.speaker, cue: prev.attribution.cue, rule: "continuation:previous-paragraph",
                                    confidence: min(prev.attribution.confidence, 0.5), explicit: false)
                } else if t == s, t == 0 || words[t - 1].paragraph != paragraph,
                          let found = recentSubject(words, t, after: nil, parser: parser, paragraphsBack: 1) {
                    // Jean Dupont, maire de X, est inquiet. ¶ « … »: the person the paragraph before was about.
                    a = make(found, rule: "paragraph-subject", confidence: 0.4, resolver: &resolver)
                }
                if let found = a {
                    if !found.explicit, let key = found.speaker?.key { resolver.noteSpeaker(key, at: words[t].start) }
                    candidates[ci].attribution = found
                    sentenceAttribution = sentenceAttribution ?? found
                    lastInParagraph = (paragraph, found, t)
                    lastAttribution = (paragraph, found)
                    lastAttributionToken = max(t, candidates[ci].inciseWords?.upperBound ?? t)
                } else {
                    candidates[ci].attribution = Attribution(speaker: nil, cue: nil, rule: "unattributed", confidence: 0.2, explicit: false)
                }
            }
            s = e
        }
        // A paragraph opening with a quote and attributing the next one: « A. » Le témoignage de B… « C », rapporte B.
        for ci in candidates.indices where candidates[ci].kind == .direct {
            guard let rule = candidates[ci].attribution?.rule, rule == "unattributed" || rule == "continuation:previous-paragraph" else { continue }
            var next: Candidate?
            for later in candidates[(ci + 1)...] {
                guard later.paragraph == candidates[ci].paragraph else { break }
                if later.kind == .direct, later.attribution?.explicit == true { next = later; break }
            }
            if let a = next?.attribution {
                candidates[ci].attribution = Attribution(speaker: a.speaker, cue: a.cue, rule: "continuation:next", confidence: min(a.confidence, 0.5), explicit: false)
            }
        }
        // A press release headed `Collectif Parité Ouest – Communiqué`: a headline quote nobody else says is the issuer's.
        if let issuer = Self.releaseIssuer(scalars, paragraphs) {
            for ci in candidates.indices where candidates[ci].kind == .direct && candidates[ci].paragraph <= 2
                && candidates[ci].attribution?.rule == "unattributed" {
                let r = SpeakerResolver.Resolved(name: issuer.name, mention: issuer.name, mentionStart: issuer.range.lowerBound,
                                                 mentionEnd: issuer.range.upperBound, kind: .organisation, role: nil, organisation: nil,
                                                 key: nil, localGender: nil)
                candidates[ci].attribution = Attribution(speaker: r, cue: nil, rule: "release-issuer", confidence: 0.5, explicit: false)
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
                                        paragraphIndex: c.paragraph, confidence: a.confidence, rule: QuoteRule(named: a.rule)))
                } else {
                    quotes.append(Quote(kind: .fragment, text: parser.text(c.start, c.end), span: span, speaker: nil, cue: nil,
                                        paragraphIndex: c.paragraph, confidence: 0.8, rule: QuoteRule(named: c.rule ?? "fragment:short")))
                }
            } else {
                let d = indirects[ii]
                ii += 1
                let span = document.span(utf8: utf8[d.start], utf8[d.end])
                quotes.append(Quote(kind: .indirect, text: parser.text(d.start, d.end), span: span, speaker: speaker(d.attribution.speaker),
                                    cue: d.attribution.cue, paragraphIndex: d.paragraph, confidence: d.attribution.confidence, rule: QuoteRule(named: d.attribution.rule)))
            }
        }
        // 5. Stage 2: speaker mentions linked to the document's participants; the late stage-1 sieves.
        let model = ParticipantModel(document: document, entities: entities, quoteSpans: quotes.filter { $0.kind != .indirect }.map(\.span),
                                     lexicon: lexicon)
        return (SpeakerLinker(document: document, model: model).link(quotes), warnings)
    }

    // MARK: Helpers

    /// Participles that give a name (`intitulé`, `baptisée`): the quote after them is a title even with a comma.
    static let namingParticiples: Set<String> = Set(LexicalTables.lines(.quoteNamingParticiples))

    /// The issuer named on the first line of a press release: `Collectif Parité Ouest – Communiqué`,
    /// `COMMUNIQUÉ – Alerte Littoral Bretagne` (the name, its code-point range).
    static func releaseIssuer(_ scalars: [Unicode.Scalar], _ paragraphs: [Range<Int>]) -> (name: String, range: Range<Int>)? {
        guard let first = paragraphs.first, first.count < 120 else { return nil }
        let line = String(String.UnicodeScalarView(scalars[first]))
        for dash in [" – ", " — ", " - "] {
            guard let r = line.range(of: dash) else { continue }
            let left = line[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
            let right = line[r.upperBound...].trimmingCharacters(in: .whitespaces)
            let name: String
            if right.lowercased().hasPrefix("communiqué"), !left.isEmpty { name = left }
            else if left.lowercased().hasPrefix("communiqué"), !right.isEmpty, !right.lowercased().hasPrefix("communiqué") { name = right }
            else { continue }
            guard name.split(separator: " ").count <= 8, name.first?.isUppercase == true else { return nil }
            let start = first.lowerBound + (line.range(of: name).map { line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: $0.lowerBound.samePosition(in: line.unicodeScalars) ?? line.unicodeScalars.startIndex) } ?? 0)
            return (name, start..<(start + name.unicodeScalars.count))
        }
        return nil
    }

    /// Splits a quote cut by an incise inside its marks: `« A, a souligné le maire… B »`.
    func inciseInside(_ r: QuoteRegion, scalars: [Unicode.Scalar], wordView: AttributionText, parser: SpeakerPhraseParser,
                      cues: CueVerbMatcher) -> (aEnd: Int, incise: Range<Int>, bStart: Int?)? {
        var inner = [AttributionWord]()
        wordView.scan(scalars, r.contentStart..<r.contentEnd, paragraph: r.paragraph, into: &inner)
        AttributionText.numberSentences(&inner) { _ in false }
        guard inner.count > 4 else { return nil }
        for c in 1..<(inner.count - 2) {
            // (an incise with no comma before its verb: `« …le sourire confie Carine Daniel, la responsable. Les… »`,
            // taken only with a named speaker and a full stop closing it)
            let bare = inner[c].key != ","
            guard !bare || inner[c].isWord && inner[c - 1].isWord else { continue }
            let p: SpeakerPhrase
            if !bare, let selon = selonIncise(inner, at: c + 1, limit: inner.count, parser: parser) {
                p = selon  // « A, selon lui, B »
            } else {
                guard let m = cues.match(inner, at: bare ? c : c + 1, limit: inner.count), m.form == .finite,
                      !bare || m.invertedPronoun == nil else { continue }
                let phrase = m.invertedPronoun.map { pronounPhrase(inner, $0, after: m) } ?? parser.forward(inner, at: m.end, limit: inner.count)
                guard let found = phrase, found.form != .pronoun || m.invertedPronoun != nil, !bare || !found.nameWords.isEmpty,
                      !bare || found.nextWord < inner.count && inner[found.nextWord].key == "." else { continue }
                p = found
            }
            var b = p.nextWord
            // A recipient or a circumstance after the speaker: `a raconté Mme Duval à notre journal,`, `explique le maire dans un communiqué,`.
            if b < inner.count, inner[b].isWord, SpeakerPhraseParser.skippedPrepositions.contains(inner[b].key) {
                var k = b + 1
                while k < inner.count, k - b <= 8, inner[k].isWord, !parser.isFiniteVerbWord(inner[k].key),
                      !SpeakerPhraseParser.stopsSubjectSearch.contains(inner[k].key) || ["en", "y"].contains(inner[k].key) { k += 1 }
                // (a full stop too: `a-t-il estimé au micro de la RTBF. La suite…`)
                if k < inner.count, k > b + 1, inner[k].isPunctuation, [",", ";", "—", "–", "."].contains(inner[k].key) { b = k }
            }
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

    /// A quote without cue in the paragraph after attributed speech keeps its speaker only when nobody else is
    /// named in between (`Le maire, Jean Dupuis, a répondu par courrier.` hands the floor over).
    func continuesAcrossParagraphs(_ w: [AttributionWord], _ t: Int, sentenceStart s: Int, after: Int?, speaker: String?,
                                   parser: SpeakerPhraseParser) -> Bool {
        // (A partial quote inside a narrative paragraph, `verbalisée pour « infraction à l’arrêté… »`, keeps the
        // speaker of the paragraph before as well, when nobody else is named.)
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

    func backfill(_ chain: [Int], _ candidates: inout [Candidate]) {
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
}
