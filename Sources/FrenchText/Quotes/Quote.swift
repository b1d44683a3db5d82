/// A quotation found in a document: direct (between quotation marks), indirect
/// (reported speech) or a fragment (scare quotes, titles, 1–2 words).
///
/// ```swift
/// // « Nous resterons mobilisés », a déclaré Anna Wright.
/// quote.text            // "Nous resterons mobilisés"
/// quote.speaker?.name   // "Anna Wright"
/// quote.cue             // "déclarer"
/// ```
public struct Quote: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case direct, indirect, fragment
    }

    public let kind: Kind
    /// The quoted words, without the marks and their padding spaces.
    public let text: String
    public let span: TextSpan
    public let speaker: Speaker?
    /// Lemma of the cue verb (`déclarer`), when there is one.
    public let cue: String?
    /// Index into ``Document/paragraphs``.
    public let paragraphIndex: Int
    /// 0…1: how often quotes attributed the same way (rule and stage-2 path) had the right speaker on annotated real
    /// news (``ConfidenceCalibration``).
    public internal(set) var confidence: Double
    /// The sieve that found and attributed the quote (for `frtext explain`; its raw value in JSON).
    public let rule: QuoteRule
    /// How stage 2 linked the speaker mention to a participant (`pronoun`, `role`, `name`…), for `frtext explain`;
    /// nil when the mention was kept as stage 1 resolved it.
    public internal(set) var resolution: String?
    /// The stage-1 sieves that attributed the quote, in the order they fired (the last one wrote ``rule``), for
    /// `frtext explain`.
    var trace: [AttributionSieve] = []

    public init(kind: Kind, text: String, span: TextSpan, speaker: Speaker?, cue: String?, paragraphIndex: Int, confidence: Double, rule: QuoteRule) {
        self.kind = kind
        self.text = text
        self.span = span
        self.speaker = speaker
        self.cue = cue
        self.paragraphIndex = paragraphIndex
        self.confidence = confidence
        self.rule = rule
    }

    /// The same quote (text, span, cue, confidence, trace) with another speaker and, when given, another rule; the
    /// stage-2 `resolution` is the caller's to set.
    func replacingSpeaker(_ speaker: Speaker?, rule: QuoteRule? = nil) -> Quote {
        var out = Quote(kind: kind, text: text, span: span, speaker: speaker, cue: cue, paragraphIndex: paragraphIndex,
                        confidence: confidence, rule: rule ?? self.rule)
        out.trace = trace
        return out
    }
}

/// Who said a quote.
public struct Speaker: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case person, organisation, unknown
    }

    /// The fullest name the document gives (`Anna Wright`), or nil when the text never names the speaker.
    public let name: String?
    /// The mention as written near the quote (`elle`, `Wright`, `la ministre`).
    public let mention: String
    public let mentionSpan: TextSpan?
    public let kind: Kind
    /// Role as stated (`spécialiste de la région`).
    public let role: String?
    /// Organisation as stated (`Amnesty International`).
    public let organisation: String?
    public let gender: SpeakerGender

    public init(name: String?, mention: String, mentionSpan: TextSpan?, kind: Kind, role: String?, organisation: String?, gender: SpeakerGender) {
        self.name = name
        self.mention = mention
        self.mentionSpan = mentionSpan
        self.kind = kind
        self.role = role
        self.organisation = organisation
        self.gender = gender
    }
}

/// A speaker's gender as the text states it (titles, agreement, first name), never guessed.
public enum SpeakerGender: String, Hashable, Sendable, Codable, CaseIterable {
    case female, male
    case nonBinary = "non-binary"
    case unknown
}
