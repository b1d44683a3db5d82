/// Runs stage 2 of attribution over the quotes stage 1 attributed: each speaker mention is linked to a
/// ``Participant`` of the document's ``ParticipantModel`` through the ``MentionSieve`` list, and the quote takes
/// the participant's fullest name, kind, gender and role. Then the quote sieves that need every speaker known
/// (``QuoteSieve``: headline repeats, speaker named after, salient fallback) attribute what is left.
///
/// ```swift
/// // "Philippe Montanier, entraîneur du Standard… « On a livré un match très moyen », ajoute le Français."
/// quotes[0].speaker?.name   // "Philippe Montanier" (mention "le Français", resolution "demonym")
/// ```
struct SpeakerLinker {
    let document: Document
    let model: ParticipantModel

    /// Stage-2 confidence of each sieve: how often such a link is right.
    static func confidence(_ sieve: MentionSieve) -> Double {
        switch sieve {
        case .titleSurname, .name: return 0.95
        case .apposition: return 0.9
        case .pronoun: return 0.8
        case .role, .demonym: return 0.75
        }
    }

    func link(_ quotes: [Quote]) -> [Quote] {
        var out = quotes
        var context = MentionSieve.Context(document: document)
        var memo = [Int: (Int?, MentionSieve?)]()
        for i in out.indices where out[i].kind != .fragment {
            guard let speaker = out[i].speaker, let span = speaker.mentionSpan else { continue }
            let apposed = AppositionSieve.resolve(SpeakerMention(document: document, span: span), model, context)
            if let name = speaker.name, apposed == nil, let known = model.participant(named: name, before: span.end) {
                // Stage 1 named a participant: keep it, under the fullest name of a person (`Borne` → `Élisabeth Borne`).
                if known.kind == .person, known.name != name {
                    out[i] = Self.quote(out[i], speaker: speaker, participant: known, resolution: MentionSieve.name.rawValue, confidence: out[i].confidence)
                }
                if out[i].kind == .direct { context.recentSpeakers.append(known.id) }
                continue
            }
            // (a pronoun stage 1 resolved, to an organisation subject or the last speaker, stays as it is; so does an
            // organisation's own name, `la CGT des ports et docks`)
            if speaker.name != nil {
                let m = SpeakerMention(document: document, span: span)
                if m.pronoun != nil || speaker.kind == .organisation && m.roleLemma == nil && m.demonym == nil && !m.isOrganisationNoun { continue }
            }
            let found: (Int?, MentionSieve?)
            if let hit = memo[span.start] { found = hit } else {
                let m = SpeakerMention(document: document, span: span)
                // (`un étudiant`, `une mère de famille`: someone the text does not name)
                if m.determiner?.kind == .indefinite { found = (nil, nil) } else {
                    let r = MentionSieve.resolve(m, in: model, context: context)
                    found = (r.participant, r.sieve)
                }
                memo[span.start] = found
            }
            guard let id = found.0, let sieve = found.1 else { continue }
            // (a name stage 1 read is never replaced by someone the text leaves unnamed)
            if speaker.name != nil, !model.participants[id].isNamed { continue }
            out[i] = Self.quote(out[i], speaker: speaker, participant: model.participants[id], resolution: sieve.rawValue,
                                confidence: min(out[i].confidence, Self.confidence(sieve)))
            if out[i].kind == .direct { context.recentSpeakers.append(id) }
        }
        return QuoteSieve.attributeRest(out, model: model, document: document)
    }

    /// The quote with its speaker linked to `participant`.
    static func quote(_ q: Quote, speaker: Speaker?, participant p: Participant, resolution: String, confidence: Double, rule: String? = nil) -> Quote {
        let linked = Speaker(name: p.isNamed ? p.name : nil, mention: speaker?.mention ?? p.name, mentionSpan: speaker?.mentionSpan ?? p.mentions.first?.span,
                             kind: p.kind == .person ? .person : .organisation, role: speaker?.role ?? p.roles.first,
                             organisation: p.organisation ?? speaker?.organisation,
                             gender: p.kind == .person ? (p.gender != .unknown ? p.gender : speaker?.gender ?? .unknown) : .unknown)
        var out = Quote(kind: q.kind, text: q.text, span: q.span, speaker: linked, cue: q.cue, paragraphIndex: q.paragraphIndex,
                        confidence: confidence, rule: rule ?? q.rule)
        out.resolution = resolution
        return out
    }
}
