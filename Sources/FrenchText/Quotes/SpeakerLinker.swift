/// Runs stage 2 of attribution over the quotes stage 1 attributed: each speaker mention is linked to a
/// ``Participant`` of the document's ``ParticipantModel`` through the ``MentionSieve`` list, and the quote takes
/// the participant's fullest name, kind, gender and role. Then the quote sieves that need every speaker known
/// (``LateAttribution``: headline repeats, speaker named after, salient fallback) attribute what is left.
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
        case .focus: return 0.7
        }
    }

    /// How a description no mention sieve linked was read: an organisation's (``OrganisationDescription``), named before
    /// or after it, or nobody's; a person's mood epithet (``MoodEpithet``).
    enum Reading {
        case none, organisationBefore, organisationAfter, unresolved, moodEpithet

        /// The quote's `speaker_resolution` for the reading.
        var resolution: String? {
            switch self {
            case .organisationBefore: OrganisationDescription.resolution
            case .organisationAfter: OrganisationDescription.namedAfterResolution
            case .moodEpithet: MoodEpithet.resolution
            case .none, .unresolved: nil
            }
        }
    }

    /// `la centrale syndicale`: the organisation named before (else one named just after, else nobody's name);
    /// `un président ravi`: the one person named before with that role.
    func describedReading(_ m: SpeakerMention) -> (found: (participant: Int, sieve: MentionSieve)?, reading: Reading) {
        if let id = MoodEpithet.resolve(m, model, document) { return ((id, .role), .moodEpithet) }
        guard OrganisationDescription.isDescription(m, document) else { return (nil, .none) }
        if let before = OrganisationDescription.resolve(m, model, document) { return ((before, .role), .organisationBefore) }
        if let after = OrganisationDescription.namedAfter(m, model, document) { return ((after, .role), .organisationAfter) }
        return (nil, .unresolved)
    }

    /// Stage-1 rules whose mention is the source after `selon`, `d’après`, `pour`.
    static let sourceRules: Set<QuoteRule> = [.selon, .selonAfter, .selonEnd, .dApres, .pour, .indirectSelon]

    func link(_ quotes: [Quote]) -> [Quote] {
        var out = quotes
        var context = MentionSieve.Context(document: document)
        var memo = [Int: (found: (participant: Int, sieve: MentionSieve)?, gender: SpeakerGender?, description: Reading)]()
        for i in out.indices where out[i].kind != .fragment {
            guard let speaker = out[i].speaker, let span = speaker.mentionSpan else { continue }
            var found: (participant: Int, sieve: MentionSieve)?
            var gender: SpeakerGender?
            var description = Reading.none
            if let hit = memo[span.start] { (found, gender, description) = hit } else {
                let m = SpeakerMention(document: document, span: span)
                context.mentionIsSource = Self.sourceRules.contains(out[i].rule)
                found = stage2(speaker, m, context, quoteStart: out[i].span.start)
                if let replier = ConversationSieve.replier(out, i, mention: m, model: model) {
                    found = (replier, m.pronoun != nil ? .pronoun : .role)  // « … ? », a demandé X à Y. « … », a répliqué l’homme
                }
                if found == nil, speaker.name.flatMap({ model.participant(named: $0, before: span.end) }) == nil {
                    (found, description) = describedReading(m)
                }
                gender = m.gender
                memo[span.start] = (found, gender, description)
            }
            if description == .unresolved {
                out[i] = Self.unnamed(out[i], speaker)
                continue
            }
            if found == nil || found?.sieve == .name, let name = speaker.name, let known = model.participant(named: name, before: span.end),
               known.kind == .person, !known.agrees(with: gender) {
                // « … », explique l’étudiante, after a man named before: never a participant of the other gender.
                out[i] = Self.unnamed(out[i], speaker)
                continue
            }
            if let found {
                let p = model.participants[found.participant]
                if p.name != speaker.name || !p.isNamed {
                    var confidence = speaker.name == nil || p.name != speaker.name ? min(out[i].confidence, Self.confidence(found.sieve)) : out[i].confidence
                    if description == .organisationAfter { confidence = min(confidence, OrganisationDescription.weakConfidence) }
                    out[i] = Self.quote(out[i], speaker: speaker, participant: p, resolution: description.resolution ?? found.sieve.rawValue,
                                        confidence: confidence)
                }
                if out[i].kind == .direct { context.recentSpeakers.append(found.participant); context.lastSpeechEnd = out[i].span.end }
                if out[i].kind == .indirect { context.lastReported = (out[i].span.end, found.participant) }
            } else if let name = speaker.name, let known = model.participant(named: name, before: span.end) {
                // (stage 1 gave a gazetteer's full name the text never writes: the organisation as the text names it)
                if known.kind == .organisation, known.isNamed, known.name != name, known.aliases.contains(name),
                   !ParticipantModelBuilder.writes(document, name) {
                    out[i] = Self.quote(out[i], speaker: speaker, participant: known, resolution: MentionSieve.name.rawValue, confidence: out[i].confidence)
                }
                if out[i].kind == .direct {
                    context.recentSpeakers.append(known.id)
                    context.lastSpeechEnd = out[i].span.end
                }
                if out[i].kind == .indirect { context.lastReported = (out[i].span.end, known.id) }
            }
        }
        return LateAttribution.attributeRest(out, model: model, document: document)
    }

    /// The participant a speaker mention stands for, or nil to keep what stage 1 read. Stage 1's name stands when
    /// it is a participant's (under the fullest name), an organisation's own name, or a pronoun's antecedent other
    /// than the subject of the sentence; a description (`le Français`, `la société d’État, Éric Martel`) is stage 2's.
    func stage2(_ speaker: Speaker, _ m: SpeakerMention, _ context: MentionSieve.Context, quoteStart: Int) -> (participant: Int, sieve: MentionSieve)? {
        // (`un porte-parole du syndicat, Guillaume Schmid`: the name apposed; `un étudiant`: someone the text does not name)
        if let id = AppositionSieve.resolve(m, model, context) { return (id, .apposition) }
        if let id = AppositionSieve.nameBefore(m, model, context) { return (id, .apposition) }
        if m.determiner?.kind == .indefinite { return nil }
        if speaker.kind == .organisation, let id = AppositionSieve.personBefore(m, model, context) { return (id, .apposition) }
        if let id = organisationAbout(speaker, m) { return (id, .role) }
        // (`la centrale syndicale`, `l’organisme onusien`: a description of an organisation named before)
        // (`la sénatrice LR`: a role with a party's name describes a person too)
        let described = (m.roleLemma != nil || m.personLemma != nil || m.demonym != nil || m.isOrganisationNoun) && m.nameWords.isEmpty || model.namesMemberOfOrganisation(m)
        guard let name = speaker.name else {
            let r = MentionSieve.resolve(m, in: model, context: context)
            return r.participant.flatMap { id in r.sieve.map { (id, $0) } }
        }
        if m.pronoun != nil {
            // « … » a-t-elle lancé, in the sentence whose subject is Mathilde Panot: the subject, whoever spoke before.
            // (the sentence the quote opens in: a quote may hold full stops of its own)
            // `Paul Henry a félicité Marie Dupont. Elle a rappelé que « … »`: no subject agrees, the one named who does.
            var before = min(m.start, quoteStart)
            // `Selon le procureur X, … Il a été saisi par la famille de Y. « … », a-t-il promis`: a sentence opened by the same
            // pronoun continues its antecedent, read where that chain of sentences starts.
            if let chain = pronounChainStart(before: before, gender: m.gender) { before = chain }
            // `… pour Thierry, 60 ans, qui se souvient… « … », souligne-t-il`: the one person a new paragraph turns to.
            // `Le syndicaliste souligne que Pierre Martel a refusé. « … », dit-il.`: who reported the sentence before, not
            // someone named in what he reported.
            return (model.subject(before: before, gender: m.gender) ?? reporter(context, before: before, gender: m.gender)
                ?? model.nearestAgreeing(before: before, gender: m.gender)
                ?? model.paragraphTopic(before: before, gender: m.gender, speechEnd: context.lastSpeechEnd)
                ?? lastSpeaker(context, before: before, gender: m.gender)).map { ($0, .pronoun) }
        }
        if described {
            let r = MentionSieve.resolve(m, in: model, context: context)
            if let id = r.participant, let sieve = r.sieve, model.participants[id].isNamed || model.introducedNearby(model.participants[id], at: m.start) { return (id, sieve) }
            if model.participant(named: name, before: m.end) == nil { return nil }
        }
        if let known = model.participant(named: name, before: m.end) {
            return known.kind == .person ? (known.id, .name) : nil
        }
        if speaker.kind == .organisation { return nil }
        let r = MentionSieve.resolve(m, in: model, context: context)
        guard let id = r.participant, let sieve = r.sieve, model.participants[id].isNamed else { return nil }
        return (id, sieve)
    }

    /// The speaker of the last direct quote, ending in this paragraph or the one before `offset`, when a pronoun has no
    /// antecedent nearer: `« … », précise cet ancien étudiant. ¶ Les habitants, dit-il, sont « … »` → the student the
    /// description named, not a person stage 1 remembered from further back. Nil when anyone else is named between
    /// that quote and `offset`.
    func lastSpeaker(_ context: MentionSieve.Context, before offset: Int, gender: SpeakerGender?) -> Int? {
        guard let id = context.recentSpeakers.last, let end = context.lastSpeechEnd, end <= offset,
              model.participants[id].kind == .person, model.participants[id].agrees(with: gender) else { return nil }
        let here = model.paragraph(ofSentence: model.sentence(at: offset))
        guard model.paragraph(ofSentence: model.sentence(at: max(end - 1, 0))) >= here - 1 else { return nil }
        let between = model.mentions(before: offset, paragraphsBack: 1).filter { $0.mention.span.start >= end && $0.participant != id && model.participants[$0.participant].kind == .person }
        return between.isEmpty ? id : nil
    }

    /// The participant who reported the speech (`X souligne que …`) ending in the sentence just before `offset`, or in its
    /// own sentence, when agreeing with `gender`.
    func reporter(_ context: MentionSieve.Context, before offset: Int, gender: SpeakerGender?) -> Int? {
        guard let r = context.lastReported, r.end <= offset, model.sentence(at: r.end - 1) >= model.sentence(at: offset) - 1,
              model.participants[r.participant].kind == .person, model.participants[r.participant].agrees(with: gender) else { return nil }
        return r.participant
    }

    /// `Greenpeace bloque un accès à l’Élysée. ¶ « … » : l’ONG a rappelé…`: a speaker stage 1 could only name by its kind of
    /// organisation (`l’ONG`, written like a name) is the organisation the text is about — the last one that opened a
    /// sentence, within two paragraphs — not the last one named.
    func organisationAbout(_ speaker: Speaker, _ m: SpeakerMention) -> Int? {
        guard m.isOrganisationNoun, m.nameWords.isEmpty, m.determiner?.kind == .definite, let name = speaker.name,
              ParticipantLexicon.shared.quotes.organisationNouns.contains(LookupKey.make(name)) else { return nil }
        return model.mentions(before: m.start, paragraphsBack: 2).first {
            $0.mention.isSubject && model.participants[$0.participant].kind == .organisation && model.participants[$0.participant].isNamed
        }?.participant
    }

    /// The start of the earliest of the sentences just before `offset` (in its paragraph, at most three) that each open
    /// with a subject pronoun of `gender` (`Il a été saisi par…`), or nil when the sentence before opens otherwise.
    func pronounChainStart(before offset: Int, gender: SpeakerGender?) -> Int? {
        guard let gender, gender == .male || gender == .female else { return nil }
        let sentences = document.sentences
        let here = model.sentence(at: offset)
        var start: Int?
        var s = here
        while s >= 1, here - s < 3, s < sentences.count, sentences[s - 1].paragraphIndex == sentences[s].paragraphIndex {
            let first = sentences[s - 1].tokenRange.lowerBound
            guard first < document.tokens.count else { break }
            let key = LookupKey.make(document.tokens[first].text)
            guard SpeakerResolver.quoteSingularPersonalPronouns.contains(key), ParticipantLexicon.shared.quotes.pronouns[key] == gender else { break }
            start = sentences[s - 1].span.start
            s -= 1
        }
        return start
    }

    /// The quote with its speaker's name dropped: the mention stays, the text does not name who it is.
    static func unnamed(_ q: Quote, _ speaker: Speaker) -> Quote {
        let kept = Speaker(name: nil, mention: speaker.mention, mentionSpan: speaker.mentionSpan, kind: speaker.kind, role: speaker.role,
                           organisation: speaker.organisation, gender: speaker.gender)
        var out = q.replacingSpeaker(kept)
        out.resolution = MentionSieve.role.rawValue
        return out
    }

    /// The quote with its speaker linked to `participant`.
    static func quote(_ q: Quote, speaker: Speaker?, participant p: Participant, resolution: String, confidence: Double, rule: QuoteRule? = nil) -> Quote {
        let linked = Speaker(name: p.isNamed ? p.name : nil, mention: speaker?.mention ?? p.name, mentionSpan: speaker?.mentionSpan ?? p.mentions.first?.span,
                             kind: p.kind == .person ? .person : .organisation, role: speaker?.role ?? p.roles.first,
                             organisation: p.organisation ?? speaker?.organisation,
                             gender: p.kind == .person ? (p.gender != .unknown ? p.gender : speaker?.gender ?? .unknown) : .unknown)
        var out = q.replacingSpeaker(linked, rule: rule)
        out.confidence = confidence
        out.resolution = resolution
        return out
    }
}
