/// The sieve that found and attributed a quote (``Quote/rule``). Raw values are the stable names the JSON,
/// CSV and `frtext explain` outputs use.
///
/// ```swift
/// // « Nous resterons mobilisés », a déclaré Anna Wright.
/// quote.rule            // .cueAfter
/// quote.rule.rawValue   // "cue-after"
/// ```
public enum QuoteRule: String, Hashable, Sendable, Codable, CaseIterable {
    // Stage 1, cue sieves (see ``QuoteExtractor`` for their shapes).
    case cueAfter = "cue-after"
    case cueAfterIncise = "cue-after:incise"
    case cueAfterParenthesis = "cue-after:parenthesis"
    case inciseInside = "incise-inside"
    case selonAfter = "selon-after"
    case cueEnd = "cue-end"
    case selonEnd = "selon-end"
    case colonIntro = "colon-intro"
    case colonName = "colon-name"
    case colonSubject = "colon-subject"
    case colonChez = "colon-chez"
    case queIntro = "que-intro"
    case cueBefore = "cue-before"
    case selon
    case pour
    case dApres = "d-apres"
    case cueInSentence = "cue-in-sentence"
    case speechNounAfter = "speech-noun-after"
    // Stage 1, continuation and context sieves.
    case continuationParagraph = "continuation:paragraph"
    case sameSentence = "same-sentence"
    case paragraphSubject = "paragraph-subject"
    case sentenceSubject = "sentence-subject"
    case continuation
    case continuationPreviousParagraph = "continuation:previous-paragraph"
    case continuationNext = "continuation:next"
    case releaseIssuer = "release-issuer"
    case slogan
    // Stage 1, late sieves (``QuoteSieve``), run once every other speaker is linked.
    case headlineRepeat = "headline-repeat"
    case conversation
    case namedAfter = "named-after"
    case salientSpeaker = "salient-speaker"
    /// No sieve found a speaker (speaker nil, confidence 0.2).
    case unattributed
    // Reported speech without marks.
    case indirectIncise = "indirect:incise"
    case indirectQue = "indirect:que"
    case indirectSelon = "indirect:selon"
    // Not quotes: scare quotes, titles, 1–2 words.
    case fragmentShort = "fragment:short"
    case fragmentTitle = "fragment:title"

    /// The rule of a stage-1 sieve named by its string (the extractor's internal names); `.unattributed` for none.
    init(named name: String) { self = QuoteRule(rawValue: name) ?? .unattributed }
}
