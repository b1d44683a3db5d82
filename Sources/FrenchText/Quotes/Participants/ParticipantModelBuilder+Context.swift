/// What the words around a name say about its participant: a role before (`le maire de Montréal, M. Denis
/// Coderre`, `la cheffe de file du groupe LFI Mathilde Panot`) or after (`Philippe Montanier, entraîneur du
/// Standard`), a demonym (`le Français X`), an organisation in parentheses (`X (PS)`), a title, and whether the
/// mention is its sentence's subject.
extension ParticipantModelBuilder {
    mutating func record(_ m: NameMention, of id: Int) {
        var m = m
        let sentence = sentenceOf[m.tokens.lowerBound]
        let sentenceStart = document.sentences.isEmpty ? 0 : document.sentences[sentence].tokenRange.lowerBound
        var ext = m.tokens.lowerBound
        while ext > sentenceStart, let g = table.titleGender(keys[ext - 1]) { m.titleGender = m.titleGender ?? g; ext -= 1 }
        if let g = m.titleGender { participants[id].genderVotes[g, default: 0] += 1 }
        if let n = m.nationality { participants[id].nationality = n }
        if participants[id].kind == .person {
            // (`Me Léa Roux, avocate de la veuve Anne Martin`: the role is Léa Roux's, not Anne Martin's; `entre la juge
            // Anne Morel et Me Paul Girard`: the judge is Anne Morel)
            if let before = roleBefore(ext, sentenceStart: sentenceStart),
               !roleServesPersonBefore(before.start, name: ext, sentenceStart: sentenceStart),
               !roleRunsOverPerson(before.start..<ext) {
                noteOffice(Array(keys[before.start..<ext]), of: id)
                ext = before.start
                note(role: before.role, lemma: before.lemma, gender: before.gender, nationality: before.nationality, of: id)
            }
            if let after = roleAfter(m.tokens.upperBound, sentence: sentence) {
                if let role = after.role { noteOffice(RoleOffice.words(of: role), of: id) }
                note(role: after.role, lemma: after.lemma, gender: after.gender, nationality: after.nationality, of: id)
            }
        }
        noteParenthesis(after: m.tokens.upperBound, of: id)
        // (`la préfecture de Seine-Maritime`, `le Standard`: the determiner opens the mention)
        if ext > sentenceStart, determiner(ext - 1)?.kind == .definite { ext -= 1 }
        m.extendedStart = ext
        let span = document.span(tokens: m.tokens)
        let written = text(m.tokens)
        if written != participants[id].name, !participants[id].aliases.contains(written) { participants[id].aliases.append(written) }
        for t in m.tokens where isWord(t) { participants[id].wordKeys.insert(keys[t]) }
        let mention = ParticipantMention(text: written, span: span, sentence: sentence,
                                         paragraph: document.sentences.isEmpty ? 0 : document.sentences[sentence].paragraphIndex,
                                         isSubject: isSubject(ext, sentenceStart: sentenceStart), insideQuote: isInsideQuote(span))
        participants[id].mentions.append(mention)
    }

    mutating func note(role: String?, lemma: String?, gender: SpeakerGender?, nationality: String?, of id: Int) {
        if let role, !participants[id].roles.contains(role) { participants[id].roles.append(role) }
        if let lemma { participants[id].roleLemmas.insert(lemma) }
        if let gender, gender != .unknown { participants[id].genderVotes[gender, default: 0] += 1 }
        if let nationality { participants[id].nationality = nationality }
    }

    /// The office a stated role names (`le premier ministre sénégalais` → `premier ministre`, tied to `sénégalais`).
    mutating func noteOffice(_ words: [String], of id: Int) {
        guard let office = RoleOffice.office(of: words) else { return }
        participants[id].offices[office, default: []].formUnion(RoleOffice.places(in: words))
    }

    /// `X (PS)`: the organisation in parentheses; `Confédération des syndicats nationaux (CSN)`: an acronym alias.
    mutating func noteParenthesis(after end: Int, of id: Int) {
        guard end + 2 < keys.count, keys[end] == "(", keys[end + 2] == ")", isCapitalized(end + 1) else { return }
        let inner = document.tokens[end + 1].text
        if participants[id].kind == .organisation {
            if !participants[id].aliases.contains(inner) { participants[id].aliases.append(inner) }
            participants[id].wordKeys.insert(keys[end + 1])
        } else if participants[id].organisation == nil {
            participants[id].organisation = inner
        }
    }

    func isPunctuation(_ t: Int) -> Bool {
        let k = document.tokens[t].kind
        return k == .punctuation || k == .quote || k == .symbol
    }

    /// A role phrase ending just before the name (or its comma): `le maire de Montréal, M.`, `la Première ministre`.
    /// Returns its first token (determiner included), the role as written, the role noun's lemma and gender.
    func roleBefore(_ start: Int, sentenceStart: Int) -> (start: Int, role: String?, lemma: String?, gender: SpeakerGender?, nationality: String?)? {
        var end = start
        if end > sentenceStart, keys[end - 1] == "," { end -= 1 }
        guard end > sentenceStart else { return nil }
        // (`le chef du gouvernement tunisien X`: a role with a demonym adjective, both stated)
        if let d = table.demonyms[keys[end - 1]], end - 1 == start - 1, !isCapitalized(end - 1),
           let role = roleBefore(end - 1, sentenceStart: sentenceStart), role.lemma != nil {
            return (role.start, role.role.map { $0 + " " + document.tokens[end - 1].text }, role.lemma,
                    role.gender ?? (d.gender == .unknown ? nil : d.gender), d.lemma)
        }
        // (`l’entraîneur du Canadien Martin St-Louis`: a capitalised demonym after `du` names a club, the role's complement)
        if let d = table.demonyms[keys[end - 1]], end - 1 == start - 1,
           !(isCapitalized(end - 1) && end - 2 >= sentenceStart && SpeakerPhraseParser.deForms.contains(keys[end - 2])) {
            // le Français Philippe Montanier
            let s = end - 2 >= sentenceStart && determiner(end - 2) != nil ? end - 2 : end - 1
            return (s, nil, nil, d.gender, d.lemma)
        }
        var found: (noun: Int, lemma: String, gender: SpeakerGender?)?
        var k = end - 1
        while k >= max(sentenceStart, end - 10), !isPunctuation(k), !isVerb(k), !Self.rolePhraseStops.contains(keys[k]) {
            // (the nearest role noun: `la journaliste … du porte-parole du gouvernement Gabriel Attal` → porte-parole)
            if let r = table.roleNoun(keys[k]), !isAdjectiveAfterNoun(k, sentenceStart: sentenceStart) { found = (k, r.lemma, r.gender); break }
            k -= 1
        }
        guard var found else { return nil }
        // (`L’avocat de la partie plaignante, Daniel Kinzer`: a name after a comma is apposed to the whole phrase, whose
        // head is its first role noun after a determiner, not a noun of its complement)
        if end < start {
            var h = found.noun - 1
            while h > max(sentenceStart, end - 12), !isPunctuation(h), !isVerb(h), !Self.rolePhraseStops.contains(keys[h]) {
                if let r = table.roleNoun(keys[h]), determiner(h - 1) != nil { found = (h, r.lemma, r.gender) }
                h -= 1
            }
        }
        var s = found.noun
        var gender = found.gender
        if s > sentenceStart, !isCapitalized(s - 1) || s - 1 == sentenceStart, !isPunctuation(s - 1), !isWordOfName(s - 1) {
            s -= 1  // (an adjective or determiner: la Première ministre, le président)
            if s > sentenceStart, determiner(s) == nil, let d = determiner(s - 1) { s -= 1; if gender == nil, d.gender == .female { gender = .female } }
            else if gender == nil, determiner(s)?.gender == .female { gender = .female }
        }
        // (`interrogé par une journaliste, Gabriel Attal, …`: an indefinite role is someone else)
        if determiner(s)?.kind == .indefinite || s > sentenceStart && determiner(s - 1)?.kind == .indefinite { return nil }
        // (`Le vice-premier et ministre de l’Économie, X`: a short coordinated head back to the sentence's start)
        if s > sentenceStart, s - sentenceStart <= 4, !(sentenceStart..<s).contains(where: { isPunctuation($0) || isVerb($0) }) { s = sentenceStart }
        let role = text(found.noun..<end)
        return (s, role, found.lemma, gender, nil)
    }

    /// A role noun that is also an adjective, used as one, is no role of its own: right after a common noun that is
    /// no role (`la présidente du conseil général de Sion Marie Dupont`: `général` qualifies `conseil`, the role is
    /// `présidente`) or after a preposition (`la communication en général et la presse, Paul Roux` is no general).
    /// After a determiner or a role noun it stays one (`le général Paul Roux`, `le procureur général Paul Roux`).
    func isAdjectiveAfterNoun(_ k: Int, sentenceStart: Int) -> Bool {
        guard k > sentenceStart, words[k].lexical.contains(.adjective) else { return false }
        let before = k - 1
        guard !isPunctuation(before), determiner(before) == nil, table.roleNoun(keys[before]) == nil else { return false }
        let lexical = words[before].lexical
        if lexical.contains(.preposition) { return !SpeakerPhraseParser.deForms.contains(keys[before]) }
        return lexical.contains(.noun) && !SpeakerPhraseParser.deForms.contains(keys[before])
    }

    /// Prepositions of circumstance a role phrase never runs over (`quote_role_phrase_stops.txt`).
    static let rolePhraseStops: Set<String> = LexicalTables.keys(.quoteRolePhraseStops)

    /// A lower-case word the lexicon knows only as a verb (`refuse`, `blâmer`): a role phrase never runs over it.
    func isVerb(_ t: Int) -> Bool {
        let lexical = words[t].lexical
        guard lexical.contains(.verb), !isCapitalized(t), table.roleNoun(keys[t]) == nil else { return false }
        return lexical.isDisjoint(with: [.noun, .adjective, .pastParticiple, .properNoun, .firstName, .surname])
    }

    func isWordOfName(_ t: Int) -> Bool { isCapitalized(t) && table.roleNoun(keys[t]) == nil && determiner(t) == nil }

    /// An apposition after the name: `, entraîneur du Standard,`, `, la responsable du camping.`, `, le Français,`.
    func roleAfter(_ end: Int, sentence: Int) -> (role: String?, lemma: String?, gender: SpeakerGender?, nationality: String?)? {
        guard end + 1 < keys.count, keys[end] == ",", sentenceOf[end + 1] == sentence else { return nil }
        var k = end + 1
        var gender: SpeakerGender?
        if let d = determiner(k), d.kind != .indefinite { if d.gender == .female { gender = .female }; k += 1 }
        guard k < keys.count, sentenceOf[k] == sentence else { return nil }
        if let d = table.demonyms[keys[k]] { return (nil, nil, d.gender, d.lemma) }
        // (one adjective before the noun: `vice-présidente`, `nouveau directeur`)
        var noun = k
        if table.roleNoun(keys[noun]) == nil, noun + 1 < keys.count, sentenceOf[noun + 1] == sentence { noun += 1 }
        guard let r = table.roleNoun(keys[noun]) else { return nil }
        var stop = noun + 1
        while stop < keys.count, stop - noun < 12, sentenceOf[stop] == sentence, !isPunctuation(stop) {
            if isVerb(stop) { return nil }  // (`X, le procureur a violé…`: a new clause, no apposition)
            stop += 1
        }
        // (an apposition closes on punctuation or the sentence's end)
        if stop < keys.count, sentenceOf[stop] == sentence, !isPunctuation(stop) { return nil }
        // (`X, le maire de Montréal, M. Denis Coderre`: the role of the name after, not of this one)
        if stop + 1 < keys.count, keys[stop] == ",", isCapitalized(stop + 1) || table.titleGender(keys[stop + 1]) != nil { return nil }
        return (text(noun..<stop), r.lemma, r.gender ?? gender, nil)
    }

    /// The mention opens its sentence, after at most one short introductory clause (`Tout d’abord, X…`) or a dateline dash.
    func isSubject(_ start: Int, sentenceStart: Int) -> Bool {
        if start == sentenceStart { return true }
        let before = keys[sentenceStart..<start]
        if ["–", "—", "-"].contains(keys[start - 1]) { return true }
        guard keys[start - 1] == ",", before.count <= 12 else { return false }
        return before.filter { $0 == "," }.count == 1 && !(sentenceStart..<start).contains { document.tokens[$0].kind == .quote }
    }

    func isInsideQuote(_ span: TextSpan) -> Bool {
        var low = 0, high = quoteSpans.count
        while low < high {
            let mid = (low + high) / 2
            if quoteSpans[mid].start <= span.start { low = mid + 1 } else { high = mid }
        }
        return low > 0 && quoteSpans[low - 1].end >= span.end
    }
}
