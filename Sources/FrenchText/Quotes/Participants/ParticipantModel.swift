/// The people and organisations of one document, built once from the entity mentions and the words:
/// each ``Participant`` with its fullest name, aliases, gender, roles, nationality and mentions.
/// The speaker sieves resolve a mention (`il`, `la ministre`, `le Français`, `M. Coderre`) to one of them.
///
/// ```swift
/// // "Le maire de Montréal, M. Denis Coderre, a salué l’entente. « … », a déclaré M. Coderre."
/// let model = ParticipantModel(document: doc, entities: entities)
/// model.participant(named: "Coderre")?.name    // "Denis Coderre"
/// model.participant(named: "Coderre")?.roles   // ["maire de Montréal"]
/// ```
///
/// `frtext explain --speakers FILE` prints it.
public struct ParticipantModel: Sendable {
    /// In order of first mention.
    public let participants: [Participant]
    /// Every name mention, in document order.
    let timeline: [(participant: Int, mention: ParticipantMention)]
    /// Lookup key of a full name, alias or name word → participants.
    let byKey: [String: [Int]]
    /// Code-point start of each sentence.
    let sentenceStarts: [Int]
    let paragraphOfSentence: [Int]

    /// Builds the model. `quoteSpans` are the document's quotations (names inside them are what a speaker
    /// says, never antecedents); `lexicon` gives the gender of first names.
    public init(document: Document, entities: [EntityMention], quoteSpans: [TextSpan] = [], lexicon: Lexicon? = Lexicon.shared) {
        var builder = ParticipantModelBuilder(document: document, lexicon: lexicon, quoteSpans: quoteSpans)
        builder.build(entities: entities)
        var participants = builder.participants
        for i in participants.indices { participants[i].settleGender() }
        self.participants = participants
        var timeline = [(participant: Int, mention: ParticipantMention)]()
        var byKey = [String: [Int]]()
        for p in participants {
            for m in p.mentions { timeline.append((p.id, m)) }
            let names = Set([LookupKey.make(p.name)]).union(p.aliases.map { LookupKey.make($0) })
            for k in p.kind == .person ? names.union(p.wordKeys) : names where !(byKey[k]?.contains(p.id) ?? false) {
                byKey[k, default: []].append(p.id)
            }
        }
        timeline.sort { $0.mention.span.start < $1.mention.span.start }
        self.timeline = timeline
        self.byKey = byKey
        self.sentenceStarts = document.sentences.map(\.span.start)
        self.paragraphOfSentence = document.sentences.map(\.paragraphIndex)
    }

    /// The participant a name or alias stands for (`Coderre`, `M. Coderre`, `CSN`), preferring the one
    /// mentioned last before `offset` when several share it.
    public func participant(named name: String, before offset: Int? = nil) -> Participant? {
        let table = ParticipantLexicon.shared
        var words = name.splitScalars(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map { LookupKey.make($0) }
        while let first = words.first, words.count > 1, table.titleGender(first) != nil || table.determiners[first] != nil { words.removeFirst() }
        let whole = words.joined(separator: " ")
        var ids: [Int]
        if let exact = byKey[whole] { ids = exact } else {
            guard !words.isEmpty else { return nil }
            // (a surname or first name of a person; an organisation answers to its full name or acronym only)
            ids = participants.filter { p in p.kind == .person && words.allSatisfy { p.wordKeys.contains($0) } }.map(\.id)
        }
        // (`M. Lévy` for `Pierre Lévy-Bruhl`, also written `Lévy- Bruhl`: one part of a double surname)
        if ids.isEmpty, words.count == 1 { ids = participants.filter { $0.kind == .person && $0.hasSurnamePart(words[0]) }.map(\.id) }
        guard !ids.isEmpty else { return nil }
        if ids.count == 1 || offset == nil { return participants[ids[0]] }
        let last = timeline.last { ids.contains($0.participant) && $0.mention.span.start < offset! }
        return participants[last?.participant ?? ids[0]]
    }

    /// The mention is a person's role followed by an organisation's name (`l’échevine Ecolo`, `la sénatrice LR`,
    /// `le député PS`): a member of that party or body, never the organisation itself.
    func namesMemberOfOrganisation(_ m: SpeakerMention) -> Bool {
        guard m.roleLemma != nil, m.pronoun == nil, !m.isOrganisationNoun, !m.nameWords.isEmpty else { return false }
        return participant(named: m.nameWords.joined(separator: " "), before: m.end)?.kind == .organisation
    }

    /// Index of the sentence holding code-point `offset`.
    func sentence(at offset: Int) -> Int {
        var low = 0, high = sentenceStarts.count
        while low < high {
            let mid = (low + high) / 2
            if sentenceStarts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }

    func paragraph(ofSentence s: Int) -> Int { s < paragraphOfSentence.count ? paragraphOfSentence[s] : 0 }

    /// Mentions outside quotes before `offset`, nearest first, at most `paragraphsBack` paragraphs back.
    func mentions(before offset: Int, paragraphsBack: Int = 2) -> [(participant: Int, mention: ParticipantMention)] {
        let paragraph = paragraph(ofSentence: sentence(at: offset))
        var out = [(participant: Int, mention: ParticipantMention)]()
        for entry in timeline.reversed() where entry.mention.span.start < offset && !entry.mention.insideQuote {
            if paragraph - entry.mention.paragraph > paragraphsBack { break }
            out.append(entry)
        }
        return out
    }

    /// Mentions outside quotes after `offset`, nearest first, at most `paragraphsAhead` paragraphs on.
    func mentions(after offset: Int, paragraphsAhead: Int = 1) -> [(participant: Int, mention: ParticipantMention)] {
        let paragraph = paragraph(ofSentence: sentence(at: offset))
        var out = [(participant: Int, mention: ParticipantMention)]()
        for entry in timeline where entry.mention.span.start >= offset && !entry.mention.insideQuote {
            if entry.mention.paragraph - paragraph > paragraphsAhead { break }
            out.append(entry)
        }
        return out
    }

    /// The named participant of `kind` opening the sentence of `offset` (or one of the `sentencesBack` before) before
    /// it, when the gender agrees.
    func subject(before offset: Int, gender: SpeakerGender? = nil, kind: Participant.Kind = .person, sentencesBack: Int = 0) -> Int? {
        let sentence = sentence(at: offset)
        return mentions(before: offset, paragraphsBack: 1).first { entry in
            let p = participants[entry.participant]
            return entry.mention.sentence >= sentence - sentencesBack && entry.mention.isSubject && p.kind == kind && p.isNamed
                && p.agrees(with: gender)
        }?.participant
    }

    /// The person (or organisation) a description or pronoun at `offset` most likely means: the subject of
    /// the current sentence, else of the previous sentences, else the last speaker, else the last one named;
    /// always agreeing in gender and kind.
    func mostSalient(before offset: Int, gender: SpeakerGender?, kind: Participant.Kind, recentSpeakers: [Int],
                     accepts: (Participant) -> Bool = { _ in true }) -> Int? {
        func fits(_ id: Int) -> Bool {
            let p = participants[id]
            return p.kind == kind && p.agrees(with: gender) && accepts(p)
        }
        let sentence = sentence(at: offset)
        let before = mentions(before: offset)
        for back in 0...1 {
            if let s = before.first(where: { $0.mention.sentence == sentence - back && $0.mention.isSubject && fits($0.participant) }) {
                return s.participant
            }
        }
        if let speaker = recentSpeakers.last(where: fits) { return speaker }
        return before.first { fits($0.participant) }?.participant
    }
}

extension ParticipantModel {
    /// The nearest named person of the sentence of `offset` or the one before (in its paragraph) whose stated gender
    /// is `gender`, when no subject there agrees: `Paul Henry a félicité Marie Dupont. Elle a rappelé que « … »` →
    /// Marie Dupont. A subject there that agrees comes first; nil for a pronoun without gender.
    func nearestAgreeing(before offset: Int, gender: SpeakerGender?) -> Int? {
        guard let gender, gender == .male || gender == .female else { return nil }
        let sentence = sentence(at: offset)
        let near = mentions(before: offset, paragraphsBack: 0).filter {
            $0.mention.sentence >= sentence - 1 && participants[$0.participant].kind == .person && participants[$0.participant].isNamed
        }
        if let subject = near.first(where: { $0.mention.isSubject && participants[$0.participant].agrees(with: gender) }) { return subject.participant }
        return near.first { participants[$0.participant].gender == gender }?.participant
    }

    /// The one person named (outside quotes) in the paragraph of `offset` before it, when a new paragraph turns to
    /// them with no speech yet: `« … », ajoute Johnny. ¶ La situation est aussi dure pour Thierry, 60 ans, qui se
    /// souvient… « … », souligne-t-il` → Thierry. Nil when several people are named there, or `speechEnd` (the last
    /// quote attributed) lies in this paragraph.
    func paragraphTopic(before offset: Int, gender: SpeakerGender?, speechEnd: Int?) -> Int? {
        let here = paragraph(ofSentence: sentence(at: offset))
        if let speechEnd, paragraph(ofSentence: sentence(at: speechEnd)) == here { return nil }
        let people = Set(mentions(before: offset, paragraphsBack: 0).filter { $0.mention.paragraph == here && participants[$0.participant].kind == .person }
            .map(\.participant))
        guard people.count == 1, let id = people.first, participants[id].isNamed, participants[id].agrees(with: gender) else { return nil }
        return id
    }

    /// The first person named after `offset` (outside quotes, within the next paragraph) who agrees with `gender`:
    /// the antecedent of a description that opens the text (`« … » ajoute le Français. ¶ L’entraîneur du Standard,
    /// Philippe Montanier…`).
    func firstNamed(after offset: Int, gender: SpeakerGender?, kind: Participant.Kind = .person) -> Int? {
        mentions(after: offset, paragraphsAhead: 1).first { entry in
            let p = participants[entry.participant]
            return p.kind == kind && p.agrees(with: gender)
        }?.participant
    }
}
