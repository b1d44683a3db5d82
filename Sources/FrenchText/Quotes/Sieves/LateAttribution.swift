/// Stage 1, the late sieves (``AttributionSieve/Phase/late``): quotes the sentence and document sieves left without
/// a speaker, attributed once every other quote's speaker is linked to a participant. In the order of
/// ``AttributionSieve/order``; the first that answers wins; each sets the quote's `rule`.
///
/// ```swift
/// // "« N’oubliez pas que cette situation va prendre fin » ¶ … « N’oubliez pas que cette situation va prendre fin »,
/// //  a déclaré Nick Hayek."
/// quotes[0].rule            // .headlineRepeat
/// quotes[0].speaker?.name   // "Nick Hayek"
/// ```
enum LateAttribution {
    /// The late sieves, in order.
    static let order: [AttributionSieve] = AttributionSieve.order.filter { $0.phase == .late }

    static func confidence(_ sieve: AttributionSieve) -> Double {
        switch sieve {
        case .headlineRepeat: return 0.7
        case .conversation: return 0.7
        case .sentenceSubjectLate: return 0.6
        case .sloganOrganisation: return 0.5
        case .namedAfter: return 0.5
        default: return 0.3
        }
    }

    /// What a late sieve needs: the quotes (attributed ones carry participants), the model, the document.
    struct Input {
        let quotes: [Quote]
        let model: ParticipantModel
        let document: Document
        /// Participant of each attributed quote (by index), when stage 2 linked one.
        let participants: [Int: Int]
    }

    static func run(_ sieve: AttributionSieve, _ index: Int, _ input: Input) -> Int? {
        switch sieve {
        case .conversation: return ConversationSieve.speaker(of: index, input)
        case .headlineRepeat: return HeadlineRepeatSieve.speaker(of: index, input)
        case .sentenceSubjectLate: return SentenceSubjectSieve.speaker(of: index, input)
        case .sloganOrganisation: return SloganSieve.organisation(of: index, input)
        case .namedAfter: return NamedAfterSieve.speaker(of: index, input)
        case .salientSpeaker: return SalientSpeakerSieve.speaker(of: index, input)
        default: return nil
        }
    }

    /// Attributes the direct quotes still without a speaker; first, the sentence's subject takes back the quotes a
    /// weak sieve gave to someone else (``SentenceSubjectSieve/weakRules``), and an interview's answers go to the
    /// interviewee (``ConversationSieve/overridable``), or to no one when the text never names the interviewee.
    static func attributeRest(_ quotes: [Quote], model: ParticipantModel, document: Document) -> [Quote] {
        let participants = participantsByQuote(quotes, model: model)
        let input = Input(quotes: quotes, model: model, document: document, participants: participants)
        var out = quotes
        for i in quotes.indices where quotes[i].kind == .direct && SentenceSubjectSieve.weakRules.contains(quotes[i].rule) {
            guard let id = SentenceSubjectSieve.speaker(of: i, input), id != participants[i] else { continue }
            out[i] = linked(quotes[i], to: id, by: .sentenceSubjectLate, model: model)
        }
        for i in quotes.indices where quotes[i].kind == .direct && ConversationSieve.overridable.contains(quotes[i].rule) {
            if quotes[i].speaker != nil, ConversationSieve.isUnnamedAnswer(i, input) { out[i] = unnamed(quotes[i]); continue }
            guard let id = ConversationSieve.speaker(of: i, input), id != participants[i] else { continue }
            out[i] = linked(quotes[i], to: id, by: .conversation, model: model)
        }
        for i in quotes.indices where quotes[i].kind == .direct && quotes[i].speaker == nil && quotes[i].rule == .slogan {
            guard let id = SloganSieve.crowdOrganisation(of: i, input) else { continue }
            out[i] = linked(quotes[i], to: id, by: .sloganOrganisation, model: model)
        }
        let open = quotes.indices.filter { quotes[$0].kind == .direct && quotes[$0].speaker == nil && quotes[$0].rule != .slogan }
        let headings = Set(open.filter { HeadlineRepeatSieve.isHeading(quotes[$0], document) })
        for i in open where !headings.contains(i) {
            // (an interview's answer with no interviewee named, a teaser for another article, a legal text: no salient guess)
            let noGuess = ConversationSieve.isUnnamedAnswer(i, input) || SalientSpeakerSieve.isTeaserLine(quotes[i], document)
                || SalientSpeakerSieve.quotesALegalText(quotes[i], document)
            for sieve in order where !(noGuess && sieve == .salientSpeaker) {
                guard let id = run(sieve, i, input) else { continue }
                out[i] = linked(quotes[i], to: id, by: sieve, model: model)
                break
            }
        }
        // (a heading repeats words of the body whoever the late sieves gave them to: `« Former des médecins » ¶ … « Il faut
        // former des médecins »` with that quote's speaker found last)
        guard !headings.isEmpty else { return out }
        let late = Input(quotes: out, model: model, document: document, participants: participantsByQuote(out, model: model))
        for i in open where headings.contains(i) {
            if let id = HeadlineRepeatSieve.speaker(of: i, late) ?? HeadlineRepeatSieve.signedRepeat(of: i, late) {
                out[i] = linked(quotes[i], to: id, by: .headlineRepeat, model: model)
            } else if let j = HeadlineRepeatSieve.namedOutsideModel(of: i, late) {
                out[i] = copied(quotes[i], from: out[j])
            } else if let id = HeadlineRepeatSieve.nextSpeaker(of: i, late) {
                out[i] = linked(quotes[i], to: id, by: .headlineRepeat, model: model)
            }
        }
        return out
    }

    /// The heading with the speaker of the body quote it repeats, as that quote has it (no participant to link).
    private static func copied(_ q: Quote, from body: Quote) -> Quote {
        var out = q.replacingSpeaker(body.speaker, rule: AttributionSieve.headlineRepeat.rule)
        out.confidence = min(body.confidence, confidence(.headlineRepeat))
        out.resolution = AttributionSieve.headlineRepeat.rawValue
        out.trace = q.trace + [.headlineRepeat]
        return out
    }

    /// The participant of each quote whose speaker is named (by index).
    static func participantsByQuote(_ quotes: [Quote], model: ParticipantModel) -> [Int: Int] {
        var participants = [Int: Int]()
        for (i, q) in quotes.enumerated() {
            if let name = q.speaker?.name, let p = model.participant(named: name, before: q.span.start) { participants[i] = p.id }
        }
        return participants
    }

    /// The quote without the speaker a weak sieve guessed (an interview's answer whose interviewee is never named).
    private static func unnamed(_ q: Quote) -> Quote {
        var out = q.replacingSpeaker(nil, rule: .unattributed)
        out.confidence = 0.2
        out.resolution = AttributionSieve.conversation.rawValue
        out.trace = q.trace + [.conversation]
        return out
    }

    private static func linked(_ q: Quote, to id: Int, by sieve: AttributionSieve, model: ParticipantModel) -> Quote {
        var out = SpeakerLinker.quote(q, speaker: nil, participant: model.participants[id], resolution: sieve.rawValue,
                                      confidence: confidence(sieve), rule: sieve.rule)
        out.trace = q.trace + [sieve]
        return out
    }
}
