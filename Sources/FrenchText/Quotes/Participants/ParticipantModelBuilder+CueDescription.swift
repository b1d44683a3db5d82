/// People the text first meets as the described speaker of a quote, before it names anyone (`« … », a reconnu la
/// présidente du club.`, `« … » explique l’entraîneur en conférence de presse.`): an unnamed person, so that the
/// following `a-t-il ajouté`, `a-t-elle promis` continue that speaker and the quotes keep an unnamed speaker, instead of
/// going to someone named later in passing (`sur une erreur de Paul Martin en défense`).
///
/// Not when a person was named before (the description then re-names someone: ``DescribedPersonSieve``), not when a
/// name follows the description in its sentence (`a indiqué le PDG de la société d’État, Éric Martel`), not when the
/// next person named is the subject of their sentence (`« … », ajoute l’entraîneur. ¶ Marc Leduc a…`: a speaker named
/// only after the quote), and not for a general noun (`l’homme`).
extension ParticipantModelBuilder {
    mutating func addUnnamedCueDescriptions() {
        let people = participants.filter { $0.kind == .person && $0.isNamed }
        let firstNamed = people.flatMap { $0.mentions.filter { !$0.insideQuote } }.min { $0.span.start < $1.span.start }
        let taken = Set(participants.flatMap { p in p.mentions.map(\.span.start) })
        for quote in quoteSpans {
            guard let (t, noun, role) = cueDescription(after: quote) else { continue }
            let span = document.span(tokens: t..<(noun + 1))
            guard !taken.contains(span.start), !isInsideQuote(span) else { continue }
            if let firstNamed {
                guard firstNamed.span.start > span.start else { continue }
                if firstNamed.isSubject, firstNamed.paragraph <= paragraphOf(t) + 1 { continue }
            }
            let s = sentenceOf[t]
            let paragraph = document.sentences[s].paragraphIndex
            var p = Participant(id: participants.count, name: text(t..<(noun + 1)), kind: .person)
            p.isNamed = false
            p.roleLemmas = [role.lemma]
            p.roles = [text(noun..<(noun + 1))]
            if let g = role.gender { p.genderVotes[g] = 1 } else if table.determiners[keys[t]]?.gender == .female { p.genderVotes[.female] = 1 }
            p.mentions = [ParticipantMention(text: p.name, span: span, sentence: s, paragraph: paragraph, isSubject: true, insideQuote: false)]
            participants.append(p)
        }
    }

    func paragraphOf(_ t: Int) -> Int { document.sentences[sentenceOf[t]].paragraphIndex }

    /// The definite role description inverted after a quote's cue verb (`, a reconnu l’entraîneur`), with no name
    /// apposed or following in its sentence: its determiner, its noun and the role read from it.
    func cueDescription(after quote: TextSpan) -> (Int, Int, (lemma: String, gender: SpeakerGender?))? {
        var t = document.tokenIndex(atOrAfter: quote.end)
        while t < keys.count, document.tokens[t].kind == .quote { t += 1 }
        if t < keys.count, keys[t] == "," { t += 1 }
        // (one to three lower-case words of the cue: `a admis`, `ajoute`, `a finalement reconnu`)
        let verbStart = t
        while t < keys.count, t - verbStart < 4, table.determiners[keys[t]] == nil, isWord(t), !isCapitalized(t) { t += 1 }
        guard t > verbStart, t + 1 < keys.count, sentenceOf[t] == sentenceOf[verbStart],
              let d = table.determiners[keys[t]], d.kind == .definite else { return nil }
        var noun = t + 1
        if table.roleNoun(keys[noun]) == nil, noun + 1 < keys.count, !isPunctuation(noun) { noun += 1 }
        guard let role = table.roleNoun(keys[noun]), !table.quotes.generalPersonNouns.contains(role.lemma) else { return nil }
        // (a name apposed or following in the sentence: that person's description)
        let named = Set(participants.filter(\.isNamed).flatMap { p in p.mentions.map(\.span.start) })
        var k = noun + 1
        while k < keys.count, sentenceOf[k] == sentenceOf[t] {
            if named.contains(document.tokens[k].span.start) { return nil }
            k += 1
        }
        return (t, noun, (role.lemma, role.gender))
    }
}
