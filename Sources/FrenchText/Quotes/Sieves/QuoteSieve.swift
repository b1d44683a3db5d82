/// Stage 1, late sieves: quotes the cue sieves left without a speaker, attributed once every other quote's
/// speaker is linked to a participant. In order; the first that answers wins; each sets the quote's `rule`.
///
/// ```swift
/// // "« N’oubliez pas que cette situation va prendre fin » ¶ … « N’oubliez pas que cette situation va prendre fin »,
/// //  a déclaré Nick Hayek."
/// quotes[0].rule            // .headlineRepeat
/// quotes[0].speaker?.name   // "Nick Hayek"
/// ```
enum QuoteSieve: String, CaseIterable, Sendable {
    /// A headline or subheading repeating words a speaker says in the body.
    case headlineRepeat = "headline-repeat"
    /// A person opening the quote's sentence before it: `X (Open-VLD), a affirmé qu’il fallait que « … »`.
    case sentenceSubject = "sentence-subject"
    /// The speaker named after the quote, in its sentence or the next: `« … » pour qui…, avait plaidé la cheffe de file X`.
    case namedAfter = "named-after"
    /// Last resort: the most salient person before the quote, low confidence.
    case salientSpeaker = "salient-speaker"

    var rule: QuoteRule { QuoteRule(named: rawValue) }

    static let order: [QuoteSieve] = [.headlineRepeat, .sentenceSubject, .namedAfter, .salientSpeaker]

    static func confidence(_ sieve: QuoteSieve) -> Double {
        switch sieve {
        case .headlineRepeat: return 0.7
        case .sentenceSubject: return 0.6
        case .namedAfter: return 0.5
        case .salientSpeaker: return 0.3
        }
    }

    /// What a sieve needs: the quotes (attributed ones carry participants), the model, the document.
    struct Input {
        let quotes: [Quote]
        let model: ParticipantModel
        let document: Document
        /// Participant of each attributed quote (by index), when stage 2 linked one.
        let participants: [Int: Int]
    }

    func run(_ index: Int, _ input: Input) -> Int? {
        switch self {
        case .headlineRepeat: return HeadlineRepeatSieve.speaker(of: index, input)
        case .sentenceSubject: return SentenceSubjectSieve.speaker(of: index, input)
        case .namedAfter: return NamedAfterSieve.speaker(of: index, input)
        case .salientSpeaker: return SalientSpeakerSieve.speaker(of: index, input)
        }
    }

    /// Attributes the direct quotes still without a speaker.
    static func attributeRest(_ quotes: [Quote], model: ParticipantModel, document: Document) -> [Quote] {
        var participants = [Int: Int]()
        for (i, q) in quotes.enumerated() {
            if let name = q.speaker?.name, let p = model.participant(named: name, before: q.span.start) { participants[i] = p.id }
        }
        let input = Input(quotes: quotes, model: model, document: document, participants: participants)
        var out = quotes
        for i in quotes.indices where quotes[i].kind == .direct && SentenceSubjectSieve.weakRules.contains(quotes[i].rule) {
            guard let id = SentenceSubjectSieve.speaker(of: i, input), id != participants[i] else { continue }
            out[i] = SpeakerLinker.quote(quotes[i], speaker: nil, participant: model.participants[id], resolution: QuoteSieve.sentenceSubject.rawValue,
                                         confidence: confidence(.sentenceSubject), rule: .sentenceSubject)
        }
        for i in quotes.indices where quotes[i].kind == .direct && quotes[i].speaker?.name == nil && quotes[i].speaker == nil {
            for sieve in order {
                guard let id = sieve.run(i, input) else { continue }
                out[i] = SpeakerLinker.quote(quotes[i], speaker: nil, participant: model.participants[id], resolution: sieve.rawValue,
                                             confidence: confidence(sieve), rule: sieve.rule)
                break
            }
        }
        return out
    }
}
