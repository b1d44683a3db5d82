/// One possible speaker of a direct quote for the ``SpeakerRanker``: a participant of the document named at least
/// once outside quotes, the speaker the sieves chose when the model does not hold it, or nobody ("none").
///
/// ```swift
/// // "Anna Wright dirige l’ONG. « Nous resterons », a-t-elle dit."
/// // candidates: Anna Wright (chosen, before-same-paragraph…), none (none-bias…)
/// candidate.name       // "Anna Wright"
/// candidate.features   // [.chosen: 1, .chosenExplicitAfter: 1, .chosenConfidence: 0.87, …]
/// ```
package struct SpeakerCandidate: Sendable {
    /// Index in ``ParticipantModel/participants``; nil for "none" and for a sieve speaker outside the model.
    package let participant: Int?
    /// The name the quote would take; nil for "none".
    package let name: String?
    package let aliases: [String]
    package let kind: Participant.Kind?
    package internal(set) var features: [SpeakerFeature: Double]

    package var isNone: Bool { name == nil }

    init(participant: Int?, name: String?, aliases: [String], kind: Participant.Kind?, features: [SpeakerFeature: Double] = [:]) {
        self.participant = participant
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.features = features
    }
}
