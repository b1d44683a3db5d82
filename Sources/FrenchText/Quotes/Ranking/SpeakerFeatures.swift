import Foundation

/// The candidates of each direct quote and their features (``SpeakerFeature``), computed once per document from the
/// quotes as the sieves attributed them (``SpeakerLinker``, before calibration) and the ``ParticipantModel``.
///
/// The candidates of a quote are the named participants with a mention outside quotes, the speaker the sieves chose
/// when the model does not hold it, and "none". History features read the sieves' speakers, never the ranker's, so
/// each quote is ranked on its own.
///
/// ```swift
/// // "Anna Wright dirige l’ONG. ¶ « Nous resterons », a-t-elle dit."
/// let features = SpeakerFeatures(document: doc, model: model, quotes: linked)
/// features.candidates(of: 0).map(\.name)   // ["Anna Wright", nil]
/// ```
package struct SpeakerFeatures {
    let document: Document
    let model: ParticipantModel
    let quotes: [Quote]
    /// Indices of the direct quotes in `quotes`.
    let directs: [Int]
    /// The participant the sieves gave each quote (by index in `quotes`), when the model holds it.
    let sieveParticipant: [Int: Int]
    /// Named participants with a mention outside quotes, in order of first mention.
    let pool: [Int]
    /// Mentions outside quotes of each participant, in document order.
    let outside: [Int: [ParticipantMention]]
    let mostMentions: Int

    package init(document: Document, model: ParticipantModel, quotes: [Quote]) {
        self.document = document
        self.model = model
        self.quotes = quotes
        directs = quotes.indices.filter { quotes[$0].kind == .direct }
        var outside = [Int: [ParticipantMention]]()
        for entry in model.timeline where !entry.mention.insideQuote { outside[entry.participant, default: []].append(entry.mention) }
        self.outside = outside
        pool = model.participants.filter { $0.isNamed && outside[$0.id] != nil }.map(\.id)
        mostMentions = pool.map { outside[$0]?.count ?? 0 }.max() ?? 0
        var sieve = [Int: Int]()
        for i in directs {
            if let id = Self.participant(of: quotes[i], in: model) { sieve[i] = id }
        }
        sieveParticipant = sieve
    }

    /// The participant whose name the quote's speaker has (its fullest name, else a name or alias it answers to).
    static func participant(of quote: Quote, in model: ParticipantModel) -> Int? {
        guard let name = quote.speaker?.name else { return nil }
        if let p = model.participants.first(where: { $0.isNamed && $0.name == name }) { return p.id }
        guard let p = model.participant(named: name, before: quote.span.start), p.isNamed else { return nil }
        return p.id
    }

    /// The feature a rule's family gives the candidate the sieves chose.
    static func chosenFeature(_ rule: QuoteRule) -> SpeakerFeature {
        switch rule {
        case .cueAfter, .cueAfterIncise, .cueAfterParenthesis, .cueEnd, .speechNounAfter: .chosenExplicitAfter
        case .inciseInside: .chosenExplicitInside
        case .cueBefore, .queIntro, .cueInSentence: .chosenExplicitBefore
        case .colonIntro, .colonName, .colonSubject, .colonChez: .chosenExplicitColon
        case .selon, .selonAfter, .selonEnd, .pour, .dApres: .chosenExplicitSelon
        case .continuationParagraph, .continuation, .continuationPreviousParagraph, .continuationNext: .chosenCarriedContinuation
        case .sameSentence: .chosenCarriedSameSentence
        case .paragraphSubject, .sentenceSubject: .chosenCarriedSubject
        case .conversation: .chosenLateConversation
        case .headlineRepeat, .releaseIssuer: .chosenLateHeadline
        case .namedAfter: .chosenLateNamedAfter
        case .salientSpeaker: .chosenLateSalient
        default: .chosenOther
        }
    }

    static func isLate(_ rule: QuoteRule) -> Bool {
        [.conversation, .headlineRepeat, .releaseIssuer, .namedAfter, .salientSpeaker].contains(rule)
    }

    /// The candidates of the quote at index `i` of `quotes` (a direct quote), "none" last.
    package func candidates(of i: Int) -> [SpeakerCandidate] {
        let q = quotes[i]
        var out = [SpeakerCandidate]()
        let chosen = sieveParticipant[i]
        let around = around(q)
        for id in pool {
            let p = model.participants[id]
            var c = SpeakerCandidate(participant: id, name: p.name, aliases: p.aliases, kind: p.kind)
            c.features = participantFeatures(i, p, around, chosen: chosen == id)
            if chosen == id { addChosen(&c.features, q) }
            out.append(c)
        }
        if let name = q.speaker?.name, chosen == nil || !pool.contains(chosen!) {
            // (a name stage 1 read that the model does not hold, or holds only inside quotes: the sieves' choice as it is)
            var c = SpeakerCandidate(participant: chosen, name: name, aliases: [], kind: q.speaker?.kind == .organisation ? .organisation : .person)
            addChosen(&c.features, q)
            c.features[.chosenOutsideModel] = 1
            out.append(c)
        }
        out.append(SpeakerCandidate(participant: nil, name: nil, aliases: [], kind: nil, features: noneFeatures(i)))
        return out
    }

    func addChosen(_ f: inout [SpeakerFeature: Double], _ q: Quote) {
        f[.chosen] = 1
        f[Self.chosenFeature(q.rule)] = 1
        f[.chosenConfidence] = ConfidenceCalibration.shared.confidence(rule: q.rule.rawValue, path: ConfidenceCalibration.path(of: q)) ?? q.confidence
        if q.resolution != nil { f[.chosenLinked] = 1 }
    }

    func noneFeatures(_ i: Int) -> [SpeakerFeature: Double] {
        let q = quotes[i]
        var f: [SpeakerFeature: Double] = [.noneBias: 1]
        if q.speaker == nil { f[.noneChosenNoSpeaker] = 1 } else if q.speaker?.name == nil { f[.noneChosenUnnamed] = 1 }
        if q.rule == .slogan { f[.noneChosenSlogan] = 1 }
        if q.paragraphIndex == 0 { f[.noneHeadline] = 1 }
        if QuoteExtractor.wordCount(Array(q.text.unicodeScalars), 0..<q.text.unicodeScalars.count) <= 4 { f[.noneShortQuote] = 1 }
        if pool.isEmpty { f[.noneNoParticipant] = 1 }
        if q.speaker?.name != nil, Self.isLate(q.rule) { f[.noneSieveLate] = 1 }
        return f
    }

    static let farAway = log(1 + 100_000.0) / 5

    /// What every candidate of a quote is compared with: the named participants mentioned last before it and first
    /// after it (outside quotes), those its words name, the stage-1 mention.
    struct Around {
        var nearestBefore: Int?
        var nearestAfter: Int?
        var inside = Set<Int>()
        var mention: SpeakerMention?
    }

    func around(_ q: Quote) -> Around {
        let start = q.span.start, end = q.span.end
        var a = Around()
        a.nearestBefore = model.timeline.last { !$0.mention.insideQuote && $0.mention.span.end <= start && model.participants[$0.participant].isNamed }?.participant
        a.nearestAfter = model.timeline.first { !$0.mention.insideQuote && $0.mention.span.start >= end && model.participants[$0.participant].isNamed }?.participant
        for entry in model.timeline where entry.mention.insideQuote && entry.mention.span.start >= start && entry.mention.span.end <= end {
            a.inside.insert(entry.participant)
        }
        a.mention = q.speaker?.mentionSpan.map { SpeakerMention(document: document, span: $0) }
        return a
    }

    /// Position, history, salience and agreement of participant `p` for quote `i`.
    /// (`chosen`: the sieves gave p this quote, and the mention they read — `il`, `la ministre` — counts as p's.)
    func participantFeatures(_ i: Int, _ p: Participant, _ around: Around, chosen: Bool) -> [SpeakerFeature: Double] {
        let q = quotes[i]
        let start = q.span.start, end = q.span.end
        let sentenceStart = model.sentence(at: start), sentenceEnd = model.sentence(at: max(start, end - 1))
        let paragraph = q.paragraphIndex
        var mentions = outside[p.id] ?? []
        if chosen, let span = q.speaker?.mentionSpan, !mentions.contains(where: { $0.span == span }) {
            let sentence = model.sentence(at: span.start)
            let read = ParticipantMention(text: q.speaker?.mention ?? "", span: span, sentence: sentence, paragraph: model.paragraph(ofSentence: sentence),
                                          isSubject: false, insideQuote: false)
            mentions.insert(read, at: mentions.firstIndex { $0.span.start > span.start } ?? mentions.count)
        }
        // (room for a candidate's features at once: no growth and rehash at the 2nd, 4th and 7th)
        var f = [SpeakerFeature: Double](minimumCapacity: 16)
        if let m = mentions.last(where: { $0.span.end <= start }) {
            if m.sentence == sentenceStart { f[.beforeSameSentence] = 1 } else if m.paragraph == paragraph { f[.beforeSameParagraph] = 1 } else if m.paragraph == paragraph - 1 {
                f[.beforePreviousParagraph] = 1
            } else { f[.beforeFurther] = 1 }
            f[.logDistanceBefore] = log(1 + Double(start - m.span.end)) / 5
            if m.isSubject { f[.beforeIsSubject] = 1 }
        } else {
            f[.logDistanceBefore] = Self.farAway
        }
        if let m = mentions.first(where: { $0.span.start >= end }) {
            if m.sentence == sentenceEnd { f[.afterSameSentence] = 1 } else if m.paragraph == paragraph { f[.afterSameParagraph] = 1 } else if m.paragraph == paragraph + 1 {
                f[.afterNextParagraph] = 1
            }
            f[.logDistanceAfter] = log(1 + Double(m.span.start - end)) / 5
        } else {
            f[.logDistanceAfter] = Self.farAway
        }
        if around.nearestBefore == p.id { f[.nearestBefore] = 1 }
        if around.nearestAfter == p.id { f[.nearestAfter] = 1 }
        if around.inside.contains(p.id) { f[.mentionedInside] = 1 }
        if mentions.contains(where: { $0.isSubject && ($0.sentence == sentenceStart || $0.sentence == sentenceEnd) }) { f[.subjectOfSentence] = 1 }
        addHistory(&f, i, p.id)
        let named = outside[p.id]?.count ?? 0
        f[.logMentions] = log(1 + Double(named))
        if pool.first == p.id { f[.firstIntroduced] = 1 }
        if named == mostMentions { f[.mostMentioned] = 1 }
        f[p.kind == .person ? .person : .organisation] = 1
        if !p.roles.isEmpty { f[.hasRoles] = 1 }
        if let m = around.mention { addAgreement(&f, m, p) }
        return f
    }

    func addHistory(_ f: inout [SpeakerFeature: Double], _ i: Int, _ id: Int) {
        guard let k = directs.firstIndex(of: i) else { return }
        if k > 0, sieveParticipant[directs[k - 1]] == id { f[.previousQuoteSpeaker] = 1 }
        if k + 1 < directs.count, sieveParticipant[directs[k + 1]] == id { f[.nextQuoteSpeaker] = 1 }
        let earlier = directs[..<k].filter { sieveParticipant[$0] == id }.count
        if earlier > 0 {
            f[.earlierQuoteSpeaker] = 1
            f[.logQuotesSoFar] = log(1 + Double(earlier))
        }
    }

    /// The stage-1 mention (`elle`, `la ministre`) against what the text states of `p`.
    func addAgreement(_ f: inout [SpeakerFeature: Double], _ m: SpeakerMention, _ p: Participant) {
        if p.kind == .person, let g = m.gender, g == .male || g == .female, p.gender == .male || p.gender == .female, p.gender != g {
            f[.genderContradicts] = 1
        }
        if p.kind == .organisation, !m.isOrganisationNoun, m.pronoun != nil || m.roleLemma != nil || m.personLemma != nil {
            f[.organisationForPersonPronoun] = 1
        }
    }
}
