/// Finds direct quotes, indirect speech and fragments, and attributes each to a speaker.
///
/// Quote spans come from the characters (``QuoteMarkScanner``), attribution from a light word
/// view of the text (``QuoteItem``s over the document's words), cue verbs from the lexicon's lemmas
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

    typealias Attribution = QuoteAttribution
    typealias Found = SpeakerFind

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
        /// The stage-1 sieves that attributed the quote, in the order they fired (the last one stands).
        var trace: [AttributionSieve] = []
    }

    struct Indirect {
        var start: Int
        var end: Int
        var paragraph: Int
        var attribution: Attribution
    }

    /// One extraction's working state: the text, the quote regions and candidates, the word view.
    struct Pass {
        let document: Document
        /// The document's code points (``Document/codePoints``).
        let scalars: [Unicode.Scalar]
        let paragraphs: [Range<Int>]
        let regions: [QuoteRegion]
        let morphology: MorphologyMemo
        let parser: SpeakerPhraseParser
        let cues: CueVerbMatcher
        var candidates: [Candidate] = []
        /// Candidate indices of each region (one more than its incises when incises cut the quote).
        var partsOfRegion: [[Int]]
        /// The code points of the incises cutting each region, in order (`« A, dit X. B, ajoute-t-il. C »`).
        var incisesOfRegion: [[Range<Int>]]
        var words: [QuoteItem] = []
        var indirects: [Indirect] = []
        /// Code-point starts of the document's place mentions (a place is not a speaker: `Marseille : « … »`).
        var places: Set<Int> = []
        /// Code-point starts of the document's person and organisation mentions; nil when the caller gave no entities.
        var named: Set<Int>?
    }

    /// Quotes in document order, plus warnings (unbalanced marks…). `entities` are the
    /// document's entity mentions, used to find and resolve speakers.
    public func quotes(in document: Document, entities: [EntityMention]) -> (quotes: [Quote], warnings: [FrenchTextError]) {
        let (linked, model, warnings) = linkedQuotes(in: document, entities: entities)
        // 6. Each confidence read from how often quotes attributed the same way were right on annotated news.
        let calibrated = ConfidenceCalibration.shared.calibrated(linked)
        // 7. The speaker ranker over each direct quote's candidates, the sieves' choice one of its features (when switched
        // on): the best candidate speaks, its probability is the confidence.
        guard SpeakerRanker.isEnabled else { return (calibrated, warnings) }
        return (SpeakerRanker.shared.rank(calibrated, document: document, model: model), warnings)
    }

    /// Steps 1–5 of ``quotes(in:entities:)``: the quotes as the sieves attributed them, before ranking and calibration,
    /// with the participant model they were linked to.
    package func linkedQuotes(in document: Document, entities: [EntityMention]) -> (quotes: [Quote], model: ParticipantModel, warnings: [FrenchTextError]) {
        let scalars = document.codePoints
        var paragraphs = document.paragraphs.map { $0.span.start..<$0.span.end }
        if paragraphs.isEmpty, !scalars.isEmpty { paragraphs = [0..<scalars.count] }
        let (regions, warnings) = QuoteMarkScanner().regions(in: scalars, paragraphs: paragraphs)
        let morphology = MorphologyMemo(lexicon: lexicon)
        var pass = Pass(document: document, scalars: scalars, paragraphs: paragraphs, regions: regions, morphology: morphology,
                        parser: SpeakerPhraseParser(scalars: scalars, document: document, morphology: morphology, table: table),
                        cues: CueVerbMatcher(morphology: morphology, table: table),
                        partsOfRegion: [[Int]](repeating: [], count: regions.count),
                        incisesOfRegion: [[Range<Int>]](repeating: [], count: regions.count))
        pass.places = Set(entities.lazy.filter { $0.type == .location }.map(\.span.start))
        if !entities.isEmpty { pass.named = Set(entities.lazy.filter { $0.type == .person || $0.type == .organisation }.map(\.span.start)) }
        // 1. Candidates: direct, fragment, or direct split by an incise inside the marks.
        findCandidates(&pass)
        // 2. The word view of the document, each quoted region collapsed into one item.
        buildWords(&pass)
        promoteSpokenTitles(&pass)
        // 3. Stage 1: the sentence sieves, quote by quote; reported speech between; then the document sieves.
        var resolver = SpeakerResolver(words: pass.words, entities: entities, parser: pass.parser, morphology: morphology)
        attribute(&pass, resolver: &resolver)
        ContinuationNextSieve.apply(&pass.candidates)
        ReleaseIssuerSieve.apply(&pass.candidates, scalars: pass.scalars, paragraphs: paragraphs)
        backfillChains(&pass)
        // 4. Quotes in document order.
        let quotes = assemble(pass, document: document, resolver: resolver)
        // 5. Stage 2: speaker mentions linked to the document's participants; the late stage-1 sieves.
        let model = ParticipantModel(document: document, entities: entities, quoteSpans: quotes.filter { $0.kind != .indirect }.map(\.span),
                                     lexicon: lexicon)
        return (SpeakerLinker(document: document, model: model).link(quotes), model, warnings)
    }

    // MARK: 1. Candidates

    /// A candidate per region: a fragment (1–2 words, a title, a named thing), a direct quote, or the two parts of
    /// a direct quote cut by an incise.
    func findCandidates(_ pass: inout Pass) {
        for (ri, r) in pass.regions.enumerated() {
            var c = Candidate(start: r.contentStart, end: r.contentEnd, paragraph: r.paragraph, kind: .direct, region: ri)
            classify(&c, r, pass)
            if c.kind == .direct, var split = InciseInsideSieve.split(r, scalars: pass.scalars, document: pass.document, parser: pass.parser, cues: pass.cues) {
                // (`« A, explique le prévenu. B, explique-t-il. C »`: each part after an incise may be cut again)
                var part = c, rest = r
                while true {
                    part.end = split.aEnd
                    pass.candidates.append(part)
                    pass.partsOfRegion[ri].append(pass.candidates.count - 1)
                    pass.incisesOfRegion[ri].append(split.incise)
                    guard let bStart = split.bStart else { break }
                    part = c
                    part.start = bStart
                    part.partOf = pass.candidates.count - 1
                    rest.contentStart = bStart
                    // (a later incise opens on a comma: `j’appelais Inès.` is no incise without one)
                    guard let next = InciseInsideSieve.split(rest, scalars: pass.scalars, document: pass.document, parser: pass.parser, cues: pass.cues),
                          pass.scalars[next.incise.lowerBound] == "," else {
                        pass.candidates.append(part)
                        pass.partsOfRegion[ri].append(pass.candidates.count - 1)
                        break
                    }
                    split = next
                }
            } else {
                pass.candidates.append(c)
                pass.partsOfRegion[ri].append(pass.candidates.count - 1)
            }
        }
    }

    /// Makes `c` a fragment when its region holds a title, a name or a few words rather than speech.
    func classify(_ c: inout Candidate, _ r: QuoteRegion, _ pass: Pass) {
        let scalars = pass.scalars
        let paragraph = pass.paragraphs[r.paragraph]
        let count = Self.wordCount(scalars, r.contentStart..<r.contentEnd)
        let content = r.contentStart..<r.contentEnd
        let before = r.continuesPrevious ? nil : Self.wordBefore(scalars, r.markStart, paragraphStart: paragraph.lowerBound)
        if count < 3 {
            c.kind = .fragment; c.rule = "fragment:short"
        } else if Self.isTitleCase(scalars, content), !isShoutedSpeech(content, paragraph: r.paragraph, pass) {
            c.kind = .fragment; c.rule = "fragment:title"
        } else if let before, Self.programmeNouns.contains(before), count <= 8, !scalars[content].contains(where: { ".!?…".unicodeScalars.contains($0) }) {
            // le lancement du projet « une ferme, un forage »: the programme's name, commas and all.
            c.kind = .fragment; c.rule = "fragment:title"
        } else if let before, Self.titleDeterminers.contains(before) {
            // les « fausses informations », des "Macron y a le téléfon qui son": a title or a phrase, unless a cue follows.
            c.kind = .fragment; c.rule = "fragment:title"; c.titleLike = true
        } else if !r.continuesPrevious, count <= 8, scalars[r.contentStart].isUppercaseProperty, let before,
                  Self.namingParticiples.contains(before), !scalars[content].contains(where: { ".!?…".unicodeScalars.contains($0) }) {
            // Le texte, intitulé « Primes à 10 %, pas plus », reprend…: a title, commas and all.
            c.kind = .fragment; c.rule = "fragment:title"
        } else if !r.continuesPrevious, count <= 8, Self.looksLikeATitle(scalars, content),
                  namesAWork(scalars, before: r.markStart, paragraphStart: paragraph.lowerBound, morphology: pass.morphology) {
            // l’initiative populaire «Pour des loyers abordables», Le texte, intitulé « … », le rapport complet, « … »
            c.kind = .fragment; c.rule = "fragment:title"
        } else if !r.continuesPrevious, count <= 6,
                  titleAsSubject(r, scalars: scalars, paragraph: paragraph, document: pass.document, parser: pass.parser, cues: pass.cues) {
            // « Les Heures pâles » a reçu le prix des lecteurs.
            c.kind = .fragment; c.rule = "fragment:title"
        } else if !r.continuesPrevious, count <= 6,
                  namedThing(r, scalars: scalars, paragraph: paragraph, document: pass.document, parser: pass.parser, morphology: pass.morphology) {
            // le succès de « La Nuit du 12 », « Les Heures pâles », le premier roman de…: a title, unless a cue follows.
            c.kind = .fragment; c.rule = "fragment:title"; c.titleLike = true
        }
    }

    // MARK: 2. Word view

    /// The words of each paragraph, each quoted region collapsed into one item (an incise inside the marks keeps
    /// its words between the two parts), numbered by sentence.
    func buildWords(_ pass: inout Pass) {
        let scalars = pass.scalars
        var words = [QuoteItem]()
        words.reserveCapacity(scalars.count / 5)
        var ri = 0
        for (p, range) in pass.paragraphs.enumerated() {
            var pos = range.lowerBound
            while ri < pass.regions.count, pass.regions[ri].paragraph == p {
                let r = pass.regions[ri]
                if r.markStart > pos { pass.document.quoteItems(pos..<r.markStart, paragraph: p, into: &words) }
                let parts = pass.partsOfRegion[ri]
                let incises = pass.incisesOfRegion[ri]
                if !incises.isEmpty {
                    // (each part's quote word, then the words of the incise after it)
                    var start = r.markStart
                    for (k, part) in parts.enumerated() {
                        pass.candidates[part].token = words.count
                        let end = k < incises.count ? incises[k].lowerBound : r.markEnd
                        words.append(QuoteItem(kind: .quote(part), word: -1, start: start, end: end, form: QuoteItem.quoteForm, paragraph: p))
                        guard k < incises.count else { break }
                        let first = words.count
                        pass.document.quoteItems(incises[k], paragraph: p, into: &words)
                        pass.candidates[part].inciseWords = first..<words.count
                        start = incises[k].upperBound
                    }
                } else if let ci = parts.first {
                    pass.candidates[ci].token = words.count
                    let kind: QuoteItem.Kind = pass.candidates[ci].kind == .direct ? .quote(ci) : .fragment(ci)
                    words.append(QuoteItem(kind: kind, word: -1, start: r.markStart, end: r.markEnd, form: QuoteItem.quoteForm, paragraph: p))
                }
                pos = max(pos, r.markEnd)
                ri += 1
            }
            if pos < range.upperBound { pass.document.quoteItems(pos..<range.upperBound, paragraph: p, into: &words) }
        }
        var endsWithStop = Set<Int>()
        for (t, word) in words.enumerated() {
            if case .quote(let ci) = word.kind {
                let e = pass.candidates[ci].end
                if e > pass.candidates[ci].start, ".!?…".unicodeScalars.contains(scalars[e - 1]) { endsWithStop.insert(t) }
            }
        }
        QuoteItem.numberSentences(&words) { endsWithStop.contains($0) }
        for i in words.indices where words[i].isWord && words[i].isCapitalized { words[i].nameWord = pass.parser.computeNameWord(words, i) }
        for i in words.indices where words[i].nameWord == nil { words[i].nameWord = false }
        pass.words = words
    }

    /// Titles and scare quotes followed by a cue are quotes after all (un « pas décisif », a salué X).
    func promoteSpokenTitles(_ pass: inout Pass) {
        for ci in pass.candidates.indices where pass.candidates[ci].titleLike && pass.candidates[ci].token >= 0 {
            let words = pass.words
            let t = pass.candidates[ci].token
            var e = t + 1
            while e < words.count, words[e].sentence == words[t].sentence { e += 1 }
            var b = t
            while b > 0, words[b - 1].sentence == words[t].sentence, t - b < 12 { b -= 1 }
            // dénonce des « suppressions de postes déguisées », a évoqué une « réforme juste et attendue »: a speech verb
            // right before the determiner makes the words someone's (not when they read as a name: Title Case).
            let spokenBefore = !Self.isTitleCase(pass.scalars, pass.candidates[ci].start..<pass.candidates[ci].end)
                && (max(b, t - 4)..<max(b, t - 1)).contains { k in
                    guard let m = pass.cues.match(words, at: k, limit: t - 1), m.form == .finite else { return false }
                    return m.end == t - 1 || m.end == t - 2 && QuoteFunctionWords.deElided.contains(words[t - 2].key)
                }
            var spoken = spokenBefore
            if !spoken, let found = CueAfterSieve.find(words, t, limit: e, parser: pass.parser, cues: pass.cues), let p = found.phrase,
               p.form != .unnamed || p.roleLemma != nil {
                spoken = true
            }
            if spoken {
                pass.candidates[ci].kind = .direct
                pass.candidates[ci].rule = nil
                pass.words[t].kind = .quote(ci)
            }
        }
    }

    // MARK: 3. Stage 1

    /// Runs the sentence sieves on each direct quote, sentence by sentence, and reads reported speech in the
    /// sentences without quotes.
    func attribute(_ pass: inout Pass, resolver: inout SpeakerResolver) {
        var history = AttributionHistory()
        var s = 0
        while s < pass.words.count {
            var e = s + 1
            while e < pass.words.count, pass.words[e].sentence == pass.words[s].sentence { e += 1 }
            let directs = (s..<e).compactMap { t -> Int? in
                if case .quote(let ci) = pass.words[t].kind, pass.candidates[ci].kind == .direct { return ci }
                return nil
            }
            if directs.isEmpty {
                if let ind = indirect(pass.words, s..<e, scalars: pass.scalars, parser: pass.parser, cues: pass.cues, resolver: &resolver) {
                    pass.indirects.append(ind)
                    history.lastAttribution = (ind.paragraph, ind.attribution)
                    history.lastAttributionToken = e - 1
                } else {
                    noteSpeechEvent(pass.words, s..<e, parser: pass.parser, cues: pass.cues, resolver: &resolver)
                }
            } else {
                history.sentenceAttribution = nil
                for ci in directs { attribute(ci, sentence: s..<e, &pass, history: &history, resolver: &resolver) }
            }
            s = e
        }
    }

    /// The first sentence sieve that answers for candidate `ci`, resolved; the history updated.
    func attribute(_ ci: Int, sentence: Range<Int>, _ pass: inout Pass, history: inout AttributionHistory, resolver: inout SpeakerResolver) {
        let input = SieveInput(words: pass.words, candidates: pass.candidates, regions: pass.regions, partsOfRegion: pass.partsOfRegion,
                               candidate: ci, sentence: sentence, history: history, parser: pass.parser, cues: pass.cues,
                               places: pass.places, named: pass.named)
        var found: Attribution?
        sieves: for sieve in AttributionSieve.sentenceOrder {
            guard let proposal = sieve.propose(input) else { continue }
            // (a place read as the subject is no speaker: the next sieve answers)
            if case .mention(let f, _) = proposal, PlaceSubject.isPlace(f, input) { continue }
            switch proposal {
            case .mention(let f, let confidence): found = make(f, rule: f.rule, confidence: confidence, resolver: &resolver)
            case .carried(let a): found = a
            }
            pass.candidates[ci].trace.append(sieve)
            break sieves
        }
        guard let found else {
            pass.candidates[ci].attribution = Attribution(speaker: nil, cue: nil, rule: "unattributed", confidence: 0.2, explicit: false)
            return
        }
        pass.candidates[ci].attribution = found
        if found.rule == QuoteRule.slogan.rawValue { return }  // a crowd's chant: no speech to carry on
        let t = pass.candidates[ci].token
        let paragraph = pass.candidates[ci].paragraph
        if !found.explicit, let key = found.speaker?.key { resolver.noteSpeaker(key, at: pass.words[t].start) }
        pass.candidates[ci].attribution = found
        history.sentenceAttribution = history.sentenceAttribution ?? found
        history.lastInParagraph = (paragraph, found, t)
        history.lastAttribution = (paragraph, found)
        history.lastAttributionToken = max(t, pass.candidates[ci].inciseWords?.upperBound ?? t)
    }

    /// A multi-paragraph quote attributed only at its end: its speaker carried back to its first parts.
    func backfillChains(_ pass: inout Pass) {
        var chain = [Int]()
        for ci in pass.candidates.indices where pass.candidates[ci].kind == .direct && pass.candidates[ci].partOf == nil {
            if !pass.regions[pass.candidates[ci].region].continuesPrevious { ContinuationParagraphSieve.backfill(chain, &pass.candidates); chain = [] }
            chain.append(ci)
        }
        ContinuationParagraphSieve.backfill(chain, &pass.candidates)
    }

    // MARK: 4. Quotes

    /// The candidates and reported speech as ``Quote``s, in document order.
    func assemble(_ pass: Pass, document: Document, resolver: SpeakerResolver) -> [Quote] {
        func span(_ start: Int, _ end: Int) -> TextSpan { document.span(codePoints: start, end) }
        func speaker(_ r: SpeakerResolver.Resolved?) -> Speaker? {
            guard let r else { return nil }
            return Speaker(name: r.name, mention: r.mention, mentionSpan: r.mentionEnd > r.mentionStart ? span(r.mentionStart, r.mentionEnd) : nil,
                           kind: r.kind, role: r.role, organisation: r.organisation, gender: resolver.gender(of: r))
        }
        var quotes = [Quote]()
        quotes.reserveCapacity(pass.candidates.count + pass.indirects.count)
        var ci = 0, ii = 0
        let candidates = pass.candidates, indirects = pass.indirects
        while ci < candidates.count || ii < indirects.count {
            if ci < candidates.count, ii >= indirects.count || candidates[ci].start <= indirects[ii].start {
                let c = candidates[ci]
                ci += 1
                guard c.end > c.start else { continue }
                let text = pass.parser.text(c.start, c.end)
                if c.kind == .direct, let a = c.attribution {
                    var q = Quote(kind: .direct, text: text, span: span(c.start, c.end), speaker: speaker(a.speaker), cue: a.cue,
                                  paragraphIndex: c.paragraph, confidence: a.confidence, rule: QuoteRule(named: a.rule))
                    q.trace = c.trace
                    quotes.append(q)
                } else {
                    quotes.append(Quote(kind: .fragment, text: text, span: span(c.start, c.end), speaker: nil, cue: nil,
                                        paragraphIndex: c.paragraph, confidence: 0.8, rule: QuoteRule(named: c.rule ?? "fragment:short")))
                }
            } else {
                let d = indirects[ii]
                ii += 1
                quotes.append(Quote(kind: .indirect, text: pass.parser.text(d.start, d.end), span: span(d.start, d.end),
                                    speaker: speaker(d.attribution.speaker), cue: d.attribution.cue, paragraphIndex: d.paragraph,
                                    confidence: d.attribution.confidence, rule: QuoteRule(named: d.attribution.rule)))
            }
        }
        return quotes
    }

    // MARK: Helpers

    /// Participles that give a name (`intitulé`, `baptisée`): the quote after them is a title even with a comma.
    static let namingParticiples: Set<String> = Set(LexicalTables.lines(.quoteNamingParticiples))

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
