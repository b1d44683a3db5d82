/// Stage 1 of attribution, quote → speaker mention: the sieves, named, in the one order they run.
///
/// Each sieve is a pure function in its own file (`Quotes/Sieves/<Name>Sieve.swift`) tested on its own phrasings
/// (`Tests/FrenchTextTests/Quotes/Sieves/<Name>SieveTests.swift`). The ``QuoteExtractor`` runs the ``Phase/sentence``
/// sieves on each direct quote in document order (the first that answers wins) and owns the history they read
/// (the last attributions, ``AttributionHistory``); the ``Phase/document`` sieves run once every quote of the document
/// has had its turn; the ``Phase/late`` sieves run after stage 2, once every other speaker is linked to a participant.
///
/// A sieve's raw value is the ``QuoteRule`` it writes in the JSON (`cue-after`), or, for a sieve that writes the rule
/// of another (three sieves find `paragraph-subject` in different places), that rule and where it looks
/// (`paragraph-subject:previous`).
///
/// ```swift
/// // « Nous resterons mobilisés », a déclaré Anna Wright.
/// quote.rule                 // .cueAfter: the sieve `cue-after` fired
/// AttributionSieve.order[1]  // .cueAfter
/// ```
enum AttributionSieve: String, CaseIterable, Sendable {
    /// `« A, a souligné le maire, B »`, `« A, selon lui, B »`: an incise inside the marks.
    case inciseInside = "incise-inside"
    /// `« … », a déclaré X`, `« … » a-t-elle ajouté`, `« … », selon X`, `« … » (X, maire de Y)`.
    case cueAfter = "cue-after"
    /// `« … » C’est le constat formulé par X.`, `« … », tel est l’avis de X`, `« … » C’est ce qu’affirme X.`
    case speechNounAfter = "speech-noun-after"
    /// `« A », a affirmé X, ajoutant que le pays voudrait que « B »`: B continues X's speech.
    case participleContinuation = "same-sentence:participle"
    /// `X, rôle à ORG, a déclaré : « … »`, `X : « … »`, `Réaction de X : « … »`, `X est plus optimiste : « … »`.
    case colonIntro = "colon-intro"
    /// `X a déclaré « … »`, `X a affirmé que « … »`, `…, a-t-il déclaré, « … »`.
    case cueBefore = "cue-before"
    /// `Selon X, « … »`, `Pour X, c’est « … »`, `D’après X, « … »`.
    case selon
    /// `Tisséo indique avoir « … »`, `salué par Le Monde comme « … »`, `…, affirmant que « … »`.
    case cueInSentence = "cue-in-sentence"
    /// `« Ni X, ni Y ! » Le cortège s’est élancé.`: a crowd's chant, no one's words (speaker nil, kept so).
    case slogan
    /// A paragraph reopening a quote the paragraph before left open: its speaker.
    case continuationParagraph = "continuation:paragraph"
    /// A second quote in the sentence of an attributed one: the same speaker.
    case sameSentence = "same-sentence"
    /// A quote opening its sentence after a sentence about a person, since the last speech of the paragraph.
    case paragraphSubject = "paragraph-subject"
    /// `Le député François Ruffin a, lui, appelé à « … »`: the subject opening the quote's sentence.
    case sentenceSubject = "sentence-subject"
    /// A quote without cue after an attributed quote of its paragraph: the same speaker.
    case continuation
    /// `« A », a déclaré X. Y, porte-parole du collectif, ne partage pas cet avis. ¶ « B »` → Y, named with a role.
    case introducedSpeaker = "paragraph-subject:introduced"
    /// A quote without cue after speech attributed earlier in its paragraph or in the one before.
    case continuationPreviousParagraph = "continuation:previous-paragraph"
    /// `Jean Dupont, maire de X, est inquiet. ¶ « … »`: the person the paragraph before was about.
    case previousParagraphSubject = "paragraph-subject:previous"
    /// A paragraph opening with a quote and attributing the next one: `« A. » Le témoignage de B… « C », rapporte B.`
    case continuationNext = "continuation:next"
    /// A headline quote of a release headed `Collectif Parité Ouest – Communiqué`, said by nobody else.
    case releaseIssuer = "release-issuer"
    /// A multi-paragraph quote attributed at its end only: the speaker carried back to its first parts.
    case continuationBackfill = "continuation:paragraph:backfill"
    /// An answer after a question in an interview: the interviewee (after stage 2).
    case conversation
    /// A headline or subheading repeating words a speaker says in the body (after stage 2).
    case headlineRepeat = "headline-repeat"
    /// The participant opening the quote's sentence (after stage 2; it also overrides a carried-over speaker).
    case sentenceSubjectLate = "sentence-subject:late"
    /// A chant-shaped quote left without a speaker: the organisation named last before it (after stage 2).
    case sloganOrganisation = "slogan:organisation"
    /// `« … » pour qui…, avait plaidé la cheffe de file X`: the speaker named after the quote (after stage 2).
    case namedAfter = "named-after"
    /// Last resort: the most salient person before the quote, low confidence (after stage 2).
    case salientSpeaker = "salient-speaker"

    /// When a sieve runs.
    enum Phase: Sendable {
        /// On each direct quote, sentence by sentence, in document order.
        case sentence
        /// Once over the whole document, after every quote had its sentence sieves.
        case document
        /// After stage 2, on quotes still without a speaker.
        case late
    }

    /// The one order the sieves run in.
    static let order: [AttributionSieve] = [
        .inciseInside, .cueAfter, .speechNounAfter, .participleContinuation, .colonIntro, .cueBefore, .selon, .cueInSentence, .slogan,
        .continuationParagraph, .sameSentence, .paragraphSubject, .sentenceSubject, .continuation, .introducedSpeaker,
        .continuationPreviousParagraph, .previousParagraphSubject,
        .continuationNext, .releaseIssuer, .continuationBackfill,
        .conversation, .headlineRepeat, .sentenceSubjectLate, .sloganOrganisation, .namedAfter, .salientSpeaker,
    ]

    var phase: Phase {
        switch self {
        case .continuationNext, .releaseIssuer, .continuationBackfill: return .document
        case .conversation, .headlineRepeat, .sentenceSubjectLate, .sloganOrganisation, .namedAfter, .salientSpeaker: return .late
        default: return .sentence
        }
    }

    /// The sentence sieves, in order.
    static let sentenceOrder: [AttributionSieve] = order.filter { $0.phase == .sentence }

    /// The rule a quote gets when this sieve attributes it with its main shape (a sieve may name a variant:
    /// `cue-after` also writes `cue-after:incise`, `selon-after`, `cue-end`…).
    var rule: QuoteRule {
        switch self {
        case .introducedSpeaker, .previousParagraphSubject: return .paragraphSubject
        case .continuationBackfill: return .continuationParagraph
        case .participleContinuation: return .sameSentence
        case .sloganOrganisation: return .slogan
        case .sentenceSubjectLate: return .sentenceSubject
        default: return QuoteRule(named: rawValue)
        }
    }

    /// The sieve that writes `rule` (for `frtext explain`: the one that fired); nil for rules no stage-1 sieve
    /// writes (`unattributed`, indirect speech, fragments).
    static func firing(_ rule: QuoteRule) -> AttributionSieve? {
        switch rule {
        case .cueAfter, .cueAfterIncise, .cueAfterParenthesis, .selonAfter, .cueEnd, .selonEnd: return .cueAfter
        case .colonIntro, .colonName, .colonSubject, .colonChez: return .colonIntro
        case .queIntro, .cueBefore: return .cueBefore
        case .selon, .pour, .dApres: return .selon
        default: return AttributionSieve(rawValue: rule.rawValue)
        }
    }

    /// Runs a sentence sieve on the quote of `input`.
    func propose(_ input: SieveInput) -> SieveProposal? {
        switch self {
        case .inciseInside: return InciseInsideSieve.propose(input)
        case .cueAfter: return CueAfterSieve.propose(input)
        case .speechNounAfter: return SpeechNounAfterSieve.propose(input)
        case .participleContinuation: return ParticipleContinuationSieve.propose(input)
        case .colonIntro: return ColonIntroductionSieve.propose(input)
        case .cueBefore: return CueBeforeSieve.propose(input)
        case .selon: return SelonSieve.propose(input)
        case .cueInSentence: return CueInSentenceSieve.propose(input)
        case .slogan: return SloganSieve.propose(input)
        case .continuationParagraph: return ContinuationParagraphSieve.propose(input)
        case .sameSentence: return SameSentenceSieve.propose(input)
        case .paragraphSubject: return ParagraphSubjectSieve.propose(input)
        case .sentenceSubject: return SentenceSubjectSieve.propose(input)
        case .continuation: return ContinuationSieve.propose(input)
        case .introducedSpeaker: return IntroducedSpeakerSieve.propose(input)
        case .continuationPreviousParagraph: return PreviousParagraphContinuationSieve.propose(input)
        case .previousParagraphSubject: return PreviousParagraphSubjectSieve.propose(input)
        default: return nil
        }
    }
}

/// What a sentence sieve answers: a speaker phrase it read (the extractor resolves it with its confidence), or
/// an attribution carried over from another quote.
enum SieveProposal {
    case mention(SpeakerFind, confidence: Double)
    case carried(QuoteAttribution)
}

/// A speaker phrase a sieve read near a quote, with its cue and the rule it names.
struct SpeakerFind {
    var phrase: SpeakerPhrase?
    var cue: String?
    var rule: String
}

/// A quote's stage-1 attribution: the speaker as resolved, the cue, the rule and how sure it is.
struct QuoteAttribution {
    var speaker: SpeakerResolver.Resolved?
    var cue: String?
    var rule: String
    var confidence: Double
    /// Found from the text around this quote (not carried over from another quote).
    var explicit: Bool
}

/// The attributions so far, owned by the extractor's driver and read by the sentence sieves.
struct AttributionHistory {
    /// The last attributed speech (quote or reported speech) and its paragraph.
    var lastAttribution: (paragraph: Int, attribution: QuoteAttribution)?
    /// The last attributed quote, its paragraph and its word.
    var lastInParagraph: (paragraph: Int, attribution: QuoteAttribution, token: Int)?
    /// Word index of the last attributed speech: people named after it may take the next quote.
    var lastAttributionToken: Int?
    /// The first attribution of the current sentence.
    var sentenceAttribution: QuoteAttribution?
}

/// What a sentence sieve reads: the document's word view with each quote collapsed into one item, the quote,
/// its sentence, the quotes and regions around it, and the history.
struct SieveInput {
    let words: [QuoteItem]
    let candidates: [QuoteExtractor.Candidate]
    let regions: [QuoteRegion]
    /// Candidate indices of each region (two when an incise cuts the quote).
    let partsOfRegion: [[Int]]
    /// The quote's candidate index.
    let candidate: Int
    /// The quote's sentence, as a word range.
    let sentence: Range<Int>
    let history: AttributionHistory
    let parser: SpeakerPhraseParser
    let cues: CueVerbMatcher
    /// Code-point starts of the document's place mentions.
    var places: Set<Int> = []
    /// Code-point starts of the document's person and organisation mentions; nil when no entities were given.
    var named: Set<Int>?

    /// The quote's word.
    var t: Int { candidates[candidate].token }
    /// First word of the quote's sentence.
    var s: Int { sentence.lowerBound }
    /// End of the quote's sentence.
    var e: Int { sentence.upperBound }
    var paragraph: Int { candidates[candidate].paragraph }
    /// The last quote attributed in this paragraph, its word.
    var attributedTokenInParagraph: Int? { history.lastInParagraph?.paragraph == paragraph ? history.lastInParagraph?.token : nil }
    /// The key of the last speaker: in this paragraph when a quote of it was attributed, else the last anywhere.
    var lastSpeakerKey: String? {
        attributedTokenInParagraph != nil ? history.lastInParagraph?.attribution.speaker?.key : history.lastAttribution?.attribution.speaker?.key
    }
}
