/// People the text introduces with an indefinite description and never names (`« … », explique une infirmière.`,
/// `Une habitante du quartier raconte…`): a later definite description of the same role (`confie l’infirmière`,
/// `ajoute l’habitante`) refers back to that unnamed person, not to a named person of the same gender, so the quote
/// keeps an unnamed speaker.
///
/// An indefinite description apposed to a name (`une conseillère municipale de Boulogne, Pauline X,`) is that named
/// person's, and is left to the apposition sieve.
extension ParticipantModelBuilder {
    mutating func addUnnamedIndefinites() {
        let named = Set(participants.filter(\.isNamed).flatMap { p in p.mentions.map(\.span.start) })
        let taken = Set(participants.flatMap { p in p.mentions.map(\.span.start) })
        for (s, sentence) in document.sentences.enumerated() {
            let end = sentence.tokenRange.upperBound
            for t in sentence.tokenRange where t + 1 < end {
                guard let d = determiner(t), d.kind == .indefinite else { continue }
                var noun = t + 1
                // (`un ancien ministre`, `une jeune infirmière`: one adjective before the noun)
                if table.roleNoun(keys[noun]) == nil, noun + 1 < end, !isPunctuation(noun) { noun += 1 }
                guard let role = table.roleNoun(keys[noun]), !table.quotes.generalPersonNouns.contains(role.lemma) else { continue }
                let span = document.span(tokens: t..<(noun + 1))
                guard !taken.contains(span.start), !isInsideQuote(span) else { continue }
                // (a name apposed or following before the next verb: that person's description)
                var k = noun + 1
                while k < min(end, noun + 14), !isVerb(k) {
                    if named.contains(document.tokens[k].span.start) { break }
                    k += 1
                }
                if k < end, named.contains(document.tokens[k].span.start) { continue }
                var p = Participant(id: participants.count, name: text(t..<(noun + 1)), kind: .person)
                p.isNamed = false
                p.isIntroducedUnnamed = true
                p.roleLemmas = [role.lemma]
                p.roles = [text(noun..<(noun + 1))]
                if let g = role.gender { p.genderVotes[g] = 1 } else if d.gender == .female { p.genderVotes[.female] = 1 }
                p.mentions = [ParticipantMention(text: p.name, span: span, sentence: s, paragraph: sentence.paragraphIndex,
                                                 isSubject: false, insideQuote: false)]
                participants.append(p)
            }
        }
    }
}

extension ParticipantModel {
    /// A person introduced unnamed (`explique une infirmière`) at most three sentences before `offset`, where a
    /// description (`confie l’infirmière`) may mean them. Farther (a headline's `estime un ministre` and, paragraphs
    /// later, `a réagi le ministre` once the text has named him), the description is left to the names.
    func introducedNearby(_ p: Participant, at offset: Int) -> Bool {
        guard p.isIntroducedUnnamed, let first = p.mentions.first else { return false }
        let s = sentence(at: offset)
        return s >= first.sentence && s - first.sentence <= 3
    }
}
