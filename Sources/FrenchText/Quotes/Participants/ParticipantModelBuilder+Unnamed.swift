/// People the text describes by role only, as the subject of a sentence (`Le juge des référés du tribunal
/// administratif a suspendu…`, `Le Haut-Commissaire adjoint chargé de la protection a appelé…`): a later `il` or
/// `le juge` refers to them, and their quotes keep an unnamed speaker.
extension ParticipantModelBuilder {
    mutating func addUnnamedSubjects() {
        let named = Set(participants.flatMap { p in p.mentions.map(\.span.start) })
        var roleStarts = Set<Int>()
        for p in participants { for m in p.mentions { roleStarts.insert(m.span.start) } }
        for (s, sentence) in document.sentences.enumerated() {
            var t = sentence.tokenRange.lowerBound
            let end = sentence.tokenRange.upperBound
            // (after a dateline: `Lyon, le 7 juin 2024 – Le juge…`)
            if let dash = (t..<min(end, t + 12)).first(where: { Self.dashes.contains(words[$0].key) }) { t = dash + 1 }
            // (after a short introductory phrase: `Jeudi, l’avocate générale avait requis…`)
            if t < end, determiner(t) == nil, let comma = (t..<min(end, t + 6)).first(where: { isKey($0, Self.comma) }), comma > t,
               !(t..<comma).contains(where: { isVerb($0) || isPunctuation($0) }) { t = comma + 1 }
            guard t + 1 < end, let d = determiner(t), d.kind == .definite else { continue }
            var noun = t + 1
            if table.roleNoun(keys[noun]) == nil, noun + 1 < end, !isPunctuation(noun) { noun += 1 }
            guard let role = table.roleNoun(keys[noun]), !table.quotes.generalPersonNouns.contains(role.lemma) else { continue }
            // A role phrase leading to a name (`Le maire de Montréal, M. Denis Coderre`) is that person's.
            // (up to the verb, over a long complement: `Le ministre des Affaires étrangères, de l’Intégration…, X, a…`)
            var window = (noun + 1)..<(noun + 1)
            // (up to an auxiliary too: `Le sélectionneur a regretté l’absence de Paul Henry` leads to no name of its own)
            while window.upperBound < min(end, noun + 40), !isVerb(window.upperBound), !isAuxiliary(window.upperBound) {
                window = window.lowerBound..<(window.upperBound + 1)
            }
            if window.contains(where: { named.contains(document.tokens[$0].span.start) }) { continue }
            let span = document.span(tokens: t..<(noun + 1))
            // (`… de Me Patrice Lorenzi. L’avocat monégasque ne portera plus la robe`: a description right after a person
            // named with no role yet is that person)
            // (`la recrue`, `la victime`: a noun whose grammatical gender says nothing of the person's)
            let genderless = table.quotes.roleNouns[keys[noun]]?.genderless ?? false
            let wanted = role.gender ?? (d.gender == .female && !genderless ? .female : nil)
            // (`Bruno Marchand a reculé. Le maire de Québec veut…`: or one the text gives that role, with no other place)
            let complement = Set(window.filter { words[$0].is(.capitalised) }.map { keys[$0] })
            if let described = describedNamedPerson(before: span.start, sentence: s, paragraph: sentence.paragraphIndex, gender: wanted,
                                                    role: (role.lemma, complement)) {
                // (`Marc Roux est apparu dépité. Le sélectionneur a regretté l’absence de Paul Henry. « … », a-t-il dit`: the
                // description is the sentence's subject, the person it re-names; a later `il` means them, not Paul Henry)
                if !roleStarts.contains(span.start) { addDescriptionMention(of: described, span: span, sentence: s, paragraph: sentence.paragraphIndex) }
                continue
            }
            // (`Yacine Fall a répondu… La ministre a rappelé…`: the one the lexicon's first-name gender alone kept out)
            if let described = describedOverFirstName(before: span.start, sentence: s, paragraph: sentence.paragraphIndex, gender: wanted,
                                                      role: (role.lemma, complement)) {
                if !roleStarts.contains(span.start) { addDescriptionMention(of: described, span: span, sentence: s, paragraph: sentence.paragraphIndex) }
                noteDescribedGender(described, wanted)
                continue
            }
            // (`Kaba, invité de la radio, … ¶ Le ministre des Affaires étrangères a ajouté…`: a known office the text gives
            // no one re-names the one person it has named so far)
            if let only = soleHolder(of: Array(keys[t..<window.upperBound]), before: span.start, gender: wanted, lemma: role.lemma) {
                if !roleStarts.contains(span.start) { addDescriptionMention(of: only, span: span, sentence: s, paragraph: sentence.paragraphIndex) }
                continue
            }
            // (`Le ministre de la Communication a démenti… ¶ Le ministre en charge de la Communication, X, a…`: named just after)
            if let holder = holderNamedAfter(span.start, sentence: s, gender: wanted, role: (role.lemma, complement)) {
                if !roleStarts.contains(span.start) { addDescriptionMention(of: holder, span: span, sentence: s, paragraph: sentence.paragraphIndex) }
                continue
            }
            // (`Le syndicaliste rappelle que…` after a named person: a bare role noun refers back to someone named)
            if window.isEmpty, participants.contains(where: { p in p.kind == .person && p.mentions.contains { $0.span.start < document.tokens[t].span.start } }) { continue }
            if roleStarts.contains(span.start) { continue }
            var p = Participant(id: participants.count, name: text(t..<(noun + 1)), kind: .person)
            p.isNamed = false
            p.roleLemmas = [role.lemma]
            p.roles = [text(noun..<(noun + 1))]
            if let g = role.gender { p.genderVotes[g] = 1 } else if d.gender == .female, !genderless { p.genderVotes[.female] = 1 }
            p.mentions = [ParticipantMention(text: p.name, span: span, sentence: s, paragraph: sentence.paragraphIndex, isSubject: true,
                                             insideQuote: isInsideQuote(span))]
            participants.append(p)
        }
    }

    /// A named person with no role yet, or with `role` (its lemma, with no other place than the capitalised words of its
    /// complement), mentioned outside quotes in the paragraph of `sentence` within the two sentences before `offset`,
    /// whose stated gender does not contradict `gender`.
    func describesNamedPerson(before offset: Int, sentence: Int, paragraph: Int, gender: SpeakerGender?,
                              role: (lemma: String, complement: Set<String>)? = nil) -> Bool {
        describedNamedPerson(before: offset, sentence: sentence, paragraph: paragraph, gender: gender, role: role) != nil
    }

    /// The person ``describesNamedPerson(before:sentence:paragraph:gender:role:)`` finds: of those that fit, the one
    /// whose last mention there is a sentence's subject, else the one mentioned last (`Marc Roux est apparu dépité. Le
    /// sélectionneur…` → Marc Roux).
    func describedNamedPerson(before offset: Int, sentence: Int, paragraph: Int, gender: SpeakerGender?,
                              role: (lemma: String, complement: Set<String>)? = nil) -> Int? {
        var best: (id: Int, subject: Bool, start: Int)?
        for p in participants {
            guard p.kind == .person, p.isNamed, p.roleLemmas.isEmpty || role.map({ holds(p, $0.lemma, $0.complement) }) ?? false else { continue }
            let stated = p.genderVotes.filter { $0.key != .unknown && $0.value > 0 }.map(\.key)
            let pGender = stated.count == 1 ? stated[0] : (stated.isEmpty ? p.firstNameGender : nil)
            if let gender, let pGender, pGender != gender, pGender != .nonBinary { continue }
            guard let last = p.mentions.last(where: { $0.span.start < offset && !$0.insideQuote && $0.paragraph == paragraph && $0.sentence >= sentence - 2 })
            else { continue }
            if let b = best, (b.subject && !last.isSubject) || (b.subject == last.isSubject && b.start > last.span.start) { continue }
            best = (p.id, last.isSubject, last.span.start)
        }
        return best?.id
    }

    /// The one person named (outside quotes) before `offset`, when the role words name a known office (``RoleOffice``) and
    /// that person may hold it: no other role or office stated, gender agreeing. Nil when the text has named several.
    func soleHolder(of roleWords: [String], before offset: Int, gender: SpeakerGender?, lemma: String) -> Int? {
        guard let office = RoleOffice.office(of: roleWords) else { return nil }
        let named = participants.filter { p in
            p.kind == .person && p.isNamed && p.mentions.contains { $0.span.start < offset && !$0.insideQuote }
        }
        guard named.count == 1, let p = named.first, p.offices.isEmpty || p.offices[office] != nil,
              p.roleLemmas.isEmpty || p.roleLemmas.contains(lemma) else { return nil }
        let stated = p.genderVotes.filter { $0.key != .unknown && $0.value > 0 }.map(\.key)
        let pGender = stated.count == 1 ? stated[0] : (stated.isEmpty ? p.firstNameGender : nil)
        if let gender, let pGender, pGender != gender, pGender != .nonBinary { return nil }
        return p.id
    }

    /// Token `t` is a form of the auxiliary avoir or être (`a`, `est`, `ont`).
    func isAuxiliary(_ t: Int) -> Bool {
        !isCapitalized(t) && (CueVerbMatcher.auxiliaries.contains(keys[t]) || CueVerbMatcher.etreAuxiliaries.contains(keys[t]))
    }

    /// Records a definite description opening a sentence as a subject mention of the person it re-names.
    mutating func addDescriptionMention(of id: Int, span: TextSpan, sentence: Int, paragraph: Int) {
        let mention = ParticipantMention(text: String(document.text(of: span)), span: span, sentence: sentence, paragraph: paragraph,
                                         isSubject: true, insideQuote: isInsideQuote(span))
        let at = participants[id].mentions.firstIndex { $0.span.start > span.start } ?? participants[id].mentions.endIndex
        participants[id].mentions.insert(mention, at: at)
    }

    /// `p` holds the role `lemma` as the text states it: with no complement, or one naming every word of `complement`.
    func holds(_ p: Participant, _ lemma: String, _ complement: Set<String>) -> Bool {
        guard p.roleLemmas.contains(lemma) else { return false }
        let stated = Set(p.roles.joined(separator: " ").split(whereSeparator: { !$0.isLetter && $0 != "-" }).map { LookupKey.make($0) })
        return p.roles.allSatisfy { !$0.contains(" ") } || complement.isSubset(of: stated)
    }
}
