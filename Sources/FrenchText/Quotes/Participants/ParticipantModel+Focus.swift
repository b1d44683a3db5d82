extension ParticipantModel {
    /// The person the text is about at `offset`, for a description that names no one (`ajoute le technicien
    /// camerounais`, `explique la bergère de 55 ans`): in order, the last speaker when their quote ended in this
    /// paragraph or the two before and nobody else has been named since; the named subject of this sentence or the one
    /// before; the nearest person named before, in this paragraph or the one before; the only person named so far. Never
    /// someone named only after it (`le ministre de la Communication du Niger affirme « … » ¶ Pour Me X, …`). Only the persons `fits` accepts count at each step.
    /// `describes` narrows the steps after the last speaker: a person the description may name without having just spoken.
    func focus(at offset: Int, recentSpeakers: [Int], lastSpeechEnd: Int?, fits: (Participant) -> Bool,
               describes: (Participant) -> Bool = { _ in true }) -> Int? {
        let here = paragraph(ofSentence: sentence(at: offset))
        if let last = recentSpeakers.last, let speechEnd = lastSpeechEnd, speechEnd <= offset, fits(participants[last]),
           here - paragraph(ofSentence: sentence(at: speechEnd)) <= 2,
           !timeline.contains(where: { e in
               e.mention.span.start >= speechEnd && e.mention.span.start < offset && !e.mention.insideQuote
                   && e.participant != last && participants[e.participant].kind == .person
           }) {
            return last
        }
        let s = sentence(at: offset)
        let before = mentions(before: offset, paragraphsBack: 1).filter { fits(participants[$0.participant]) && describes(participants[$0.participant]) }
        if let subject = before.first(where: { $0.mention.isSubject && $0.mention.sentence >= s - 1 && $0.mention.paragraph == here }) {
            return subject.participant
        }
        if let near = before.first { return near.participant }
        // (`L’ex-président Laurent Gbagbo a lancé un appel… ¶ … ¶ « … », a déclaré le fondateur du PPA-CI`: the only person the
        // text has named so far, however far back)
        if let only = onlyNamedPerson(before: offset), fits(participants[only]), describes(participants[only]) { return only }
        return nil
    }

    /// The one named person the text has mentioned (outside quotes) before `offset`, or nil when it has named none or several.
    func onlyNamedPerson(before offset: Int) -> Int? {
        let named = Set(mentions(before: offset, paragraphsBack: .max).filter { participants[$0.participant].kind == .person && participants[$0.participant].isNamed }
            .map(\.participant))
        return named.count == 1 ? named.first : nil
    }
}
