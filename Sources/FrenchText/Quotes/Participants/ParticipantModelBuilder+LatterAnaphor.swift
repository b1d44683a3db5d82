/// A sentence opened by `ce dernier`, `cette dernière`, `celui-ci`, `celle-ci` (`quote_latter_anaphors.tsv`) is about
/// the person named last before it, not about the people it names after its verb: `« … », dit Daniel Boyer. ¶ Ce dernier
/// souligne que Pierre Martel n’a pas voulu le rencontrer. « … », dit-il.` → Daniel Boyer. The anaphor becomes a subject
/// mention of that person (outside quotes, agreeing in gender, in its paragraph or the one before), so a later `il`
/// reads it as the sentence's subject.
extension ParticipantModelBuilder {
    /// Each anaphor as its words' keys, with the gender it states.
    static let latterAnaphors: [(words: [String], gender: SpeakerGender)] = LexicalTables.rows(.quoteLatterAnaphors).compactMap { row in
        guard row.count >= 2 else { return nil }
        return (row[0].split(separator: " ").map { LookupKey.make($0) }, row[1] == "female" ? .female : .male)
    }

    mutating func addLatterAnaphors() {
        for (s, sentence) in document.sentences.enumerated() {
            let t = sentence.tokenRange.lowerBound
            guard t < keys.count, let anaphor = Self.latterAnaphors.first(where: { a in
                t + a.words.count <= sentence.tokenRange.upperBound && a.words.indices.allSatisfy { keys[t + $0] == a.words[$0] }
            }) else { continue }
            let span = document.span(tokens: t..<(t + anaphor.words.count))
            guard !isInsideQuote(span), let id = lastNamed(before: span.start, paragraph: sentence.paragraphIndex, gender: anaphor.gender) else { continue }
            participants[id].mentions.append(ParticipantMention(text: text(t..<(t + anaphor.words.count)), span: span, sentence: s,
                                                                paragraph: sentence.paragraphIndex, isSubject: true, insideQuote: false))
            participants[id].mentions.sort { $0.span.start < $1.span.start }
        }
    }

    /// The named person mentioned last before `offset` outside quotes, in `paragraph` or the one before, if their stated
    /// gender does not contradict `gender`.
    func lastNamed(before offset: Int, paragraph: Int, gender: SpeakerGender) -> Int? {
        var best: (start: Int, id: Int)?
        for p in participants where p.kind == .person && p.isNamed {
            guard let m = p.mentions.last(where: { $0.span.start < offset && !$0.insideQuote && $0.paragraph >= paragraph - 1 }) else { continue }
            if best == nil || m.span.start > best!.start { best = (m.span.start, p.id) }
        }
        guard let best else { return nil }
        let p = participants[best.id]
        let stated = p.genderVotes.filter { $0.key != .unknown && $0.value > 0 }.map(\.key)
        let pGender = stated.count == 1 ? stated[0] : (stated.isEmpty ? p.firstNameGender : nil)
        return pGender == nil || pGender == gender || pGender == .nonBinary ? best.id : nil
    }
}
