/// Finds people's names. Titles are not part of the name.
///
/// - after an honorific: `M. Volker Türk` → `Volker Türk`, `Mme Delisle` → `Delisle`
/// - after a role: `le maire Labeaume`, `le président bélarussien Alexandre Loukachenko`
/// - after a speech verb: `a déclaré Daniel Bekele`
/// - a first name from the lexicon and a capitalised word: `Anna Wright`, `Jean-Luc Mélenchon`
/// - initials: `J.-L. Mélenchon`
/// - two capitalised words the dictionary does not know: `Mikalai Statkevich`
/// - names with particles: `Ursula von der Leyen`, `Bachar al-Assad`
/// - a name before an apposition: `Kalemba, secrétaire général de …`
/// - a first name alone: `sa mère, Sophie, …`
/// - a surname from the lexicon where a person is expected: `Macron`
struct PersonRecognizer {
    /// Auxiliaries after a capitalised pair that make it a person's name (`X Y a`, `X Y est`), as lookup keys.
    private static let pairVerbs: FormSet = FormSet(forms: LexicalTables.lines(.entityPersonPairVerbs))
    /// Articles before a capitalised pair that is not a person's name (`le`, `des`, `une`), as lookup keys.
    private static let pairArticles: FormSet = FormSet(forms: LexicalTables.lines(.entityPersonPairArticles))
    /// Determiners before a role noun (`le maire`, `son ex-`), as lookup keys.
    private static let roleDeterminers: FormSet = FormSet(forms: LexicalTables.lines(.entityPersonRoleDeterminers))
    /// Words before a surname that is also a common word where a person is expected (`selon Petit`), as lookup keys.
    private static let surnameLeads: FormSet = FormSet(forms: LexicalTables.lines(.entityPersonSurnameLeads))
    /// Auxiliaries before a speech cue's past participle (`a déclaré X`), as lookup keys.
    private static let cueAuxiliaries: FormSet = FormSet(forms: LexicalTables.lines(.entityPersonCueAuxiliaries))
    let context: EntityContext

    private var words: [Word] { context.words }
    private var tables: EntityTables { context.tables }

    func candidates() -> [EntityCandidate] {
        var out = [EntityCandidate]()
        for i in words.indices {
            let w = words[i]
            // Honorifics: M., Mme, Dr…
            if tables.titles.contains(w.form), let end = nameEnd(from: i + 1, strong: true) {
                out.append(EntityCandidate((i + 1)..<end, .person, rule: .personTitle, priority: EntityPriority.person + 5))
                continue
            }
            // Roles: le maire X, la présidente X.
            if let afterRole = roleEnd(at: i) {
                var k = afterRole
                var adjectives = 0
                while adjectives < 2, let a = context.word(k), a.wordClass == .word, !a.isCapitalized, context.isAdjective(a) || !context.isKnown(a) {
                    k += 1; adjectives += 1
                }
                if context.gazetteer.longestMatch(at: k, in: words) == nil, let end = nameEnd(from: k, strong: false) {
                    // le député Ecolo Thomas Lambrechts: the name starts at the first name.
                    if !context.isFirstName(words[k]), let f = (k + 1..<end).first(where: { context.isFirstName(words[$0]) }), f < end - 1 { k = f }
                    out.append(EntityCandidate(k..<end, .person, rule: .personRole, priority: EntityPriority.person + 5))
                }
            }
            // Speech cues: a déclaré X.
            if tables.speechCues.contains(w.key), let aux = context.word(i - 1), Self.cueAuxiliaries.contains(aux.key),
               context.gazetteer.longestMatch(at: i + 1, in: words) == nil, let end = nameEnd(from: i + 1, strong: false) {
                out.append(EntityCandidate((i + 1)..<end, .person, rule: .personSpeechCue, priority: EntityPriority.person))
            }
            guard w.wordClass == .word, w.isCapitalized else { continue }
            // Initials: J.-L. Mélenchon.
            if w.isInitial, let end = nameEnd(from: i + 1, strong: false) {
                out.append(EntityCandidate(i..<end, .person, rule: .personInitials, priority: EntityPriority.person))
                continue
            }
            if isKnownNameStart(i) { continue }
            // First name + name: Anna Wright.
            if context.isFirstName(w), let end = nameEnd(from: i + 1, strong: false, allowCommon: true, afterName: true) {
                // Alpha Oumar Sow-Bangoura: a first name that is also a common noun, before a first name.
                out.append(EntityCandidate(commonFirstNameStart(i)..<end, .person, rule: .personFirstName, priority: EntityPriority.person))
                continue
            }
            if let c = guessedName(at: i) { out.append(c) }
        }
        return out
    }

    /// A name guessed from its form, when no title, role, cue or first name introduced it: two unknown
    /// capitalised words, three parts, a particle, an apposition, a first name alone, a known surname.
    private func guessedName(at i: Int) -> EntityCandidate? {
        let w = words[i]
        // Two unknown capitalised words: Mikalai Statkevich.
        if isUnknownName(i) || relaxedPairStart(i), w.spaceAfter,
           let next = context.nextInSentence(i), next.wordClass == .word, isUnknownName(i + 1), !context.isFirstName(next),
           !(w.isAllCaps && next.isAllCaps), !(w.isAllCaps && (w.text.count <= 4 || tables.orgIntroNouns.contains(w.key))),
           !isKnownNameStart(i + 1), let end = nameEnd(from: i + 1, strong: false) {
            return EntityCandidate(commonFirstNameStart(i)..<end, .person, rule: .personUnknownPair, priority: EntityPriority.person - 5)
        }
        // Issoufou Maman Sani: an unknown word, a capitalised common word, an unknown word.
        if isUnknownName(i), w.spaceAfter, let next = context.nextInSentence(i), next.wordClass == .word, next.isCapitalized, context.isNameWord(i + 1),
           !isKnownNameStart(i + 1), next.spaceAfter, isUnknownToLexicon(i + 2), !isKnownNameStart(i + 2), context.word(i + 2)?.sentenceStart == false,
           !(tables.placeNouns.contains(next.key) || tables.orgHeads[next.key] != nil || tables.roles.contains(next.key)),
           !isKnownNameStart(i), !afterCommonNoun(i), let end = nameEnd(from: i + 2, strong: false) {
            return EntityCandidate(i..<end, .person, rule: .personThreePart, priority: EntityPriority.person - 5)
        }
        // An unknown capitalised word and a name with a particle: Ursula von der Leyen, Bachar al-Assad.
        if isUnknownName(i), w.spaceAfter, let next = context.nextInSentence(i), next.wordClass == .word, !next.isCapitalized,
           tables.particles.contains(next.key) || next.keyText.contains("-"), let end = nameEnd(from: i + 1, strong: false, afterName: true), end > i + 1 {
            return EntityCandidate(i..<end, .person, rule: .personParticle, priority: EntityPriority.person - 5)
        }
        // Apposition: Kalemba, secrétaire général de…
        if isUnknownName(i), let comma = context.word(i + 1), comma.text == ",",
           roleEnd(at: i + 2, needsDeterminer: false) != nil {
            return EntityCandidate(i..<(i + 1), .person, rule: .personApposition, priority: EntityPriority.context)
        }
        // A first name alone: sa mère, Sophie, …
        if context.isFirstName(w), !w.text.contains("-"), !context.isCommonLower(w), !context.isSurname(w), !isKnownNameStart(i),
           context.nextInSentence(i).map({ !($0.wordClass == .word && $0.isCapitalized) }) ?? true {
            return EntityCandidate(i..<(i + 1), .person, rule: .personFirstNameAlone, priority: EntityPriority.guess)
        }
        // A surname the lexicon knows, outside "prix Nobel"-like phrases.
        if !w.sentenceStart || context.word(i - 1)?.wordClass == .quote, context.isSurname(w), !w.isAllCaps {
            if let prev = context.word(i - 1), prev.wordClass == .word, !prev.isCapitalized || context.isCommonLower(prev), context.isNounOrAdjective(prev),
               !EntityContext.functionWords.contains(prev.key) { return nil }
            // Petit, Blanc, Macron are also common words: only where a person is expected.
            if context.isCommonLower(w) {
                guard let prev = context.word(i - 1), prev.wordClass == .quote || Self.surnameLeads.contains(prev.key),
                      context.nextInSentence(i).map({ !$0.isCapitalized }) ?? true else { return nil }
            }
            return EntityCandidate(i..<(i + 1), .person, rule: .personSurname, priority: EntityPriority.guess)
        }
        return nil
    }

    /// The end of a role noun at `i` introduced by a determiner (`le maire`, `la secrétaire générale`), or nil.
    private func roleEnd(at i: Int, needsDeterminer: Bool = true) -> Int? {
        guard let w = context.word(i), w.wordClass == .word, tables.roleFirstWords.contains(w.key) else { return nil }
        if needsDeterminer {
            guard let d = context.word(i - 1), Self.roleDeterminers.contains(d.key) else { return nil }
        }
        if let w2 = context.word(i + 1), tables.roles.contains(string: w.keyText + " " + w2.keyText) { return i + 2 }
        return tables.roles.contains(w.key) ? i + 1 : nil
    }

    /// True when a known place or organisation starts at `i`.
    private func isKnownNameStart(_ i: Int) -> Bool {
        guard let m = context.gazetteer.longestMatch(at: i, in: words) else { return false }
        // A one-word place that is also a first name (Florence, Maurice) yields to a following surname.
        if m.length == 1 && context.isFirstName(words[i]) { return false }
        return true
    }

    /// A capitalised word that the lexicon does not know as a common word (or knows as a name).
    private func isUnknownName(_ i: Int) -> Bool {
        guard context.isNameWord(i) else { return false }
        let w = words[i]
        if context.isCommonLower(w) { return false }
        if w.isInitial { return false }
        return true
    }

    private func isParticle(_ j: Int) -> Bool {
        guard let w = context.word(j), w.wordClass == .word || w.wordClass == .elision, !w.isCapitalized else { return false }
        return tables.particles.contains(w.key)
    }

    /// A capitalised common word that still starts a name when the next word is unknown to the lexicon and a
    /// person context follows (`qu’Ales Bialiatski, lauréat…`, `Ales Bialiatski doit…`), but not after an
    /// article (`la Coupe Davis`, `le Musée Grévin`).
    private func relaxedPairStart(_ i: Int) -> Bool {
        let w = words[i]
        guard !w.sentenceStart || isNounOnly(w), context.isNameWord(i), isUnknownToLexicon(i + 1) else { return false }
        if tables.placeNouns.contains(w.key) || tables.orgHeads[w.key] != nil || tables.roles.contains(w.key) { return false }
        if tables.placeContextNouns.contains(w.key) || tables.orgIntroNouns.contains(w.key) { return false }
        if let prev = context.word(i - 1), Self.pairArticles.contains(prev.key) { return false }
        guard let after = context.word(i + 2) else { return false }
        if after.text == ",", let role = context.word(i + 3), tables.roles.contains(role.key) { return true }
        // Alpha Kaboré, agriculteur à Koudougou: an apposition noun.
        if after.text == ",", let role = context.word(i + 3), role.wordClass == .word, !role.isCapitalized, isNounOnly(role),
           context.word(i + 4).map({ $0.wordClass != .word || !$0.isCapitalized || EntityContext.functionWords.contains($0.key) }) ?? true { return true }
        if Self.pairVerbs.contains(after.key) { return true }
        return after.wordClass == .word && !after.isCapitalized && context.isVerbOnly(after)
    }

    /// `i`, or `i - 1` when a capitalised word that is only a common noun (`Alpha`, `Rose`) comes first in a person
    /// context: `le journaliste guinéen Alpha Oumar Sow-Bangoura`, but not `conseillère d’État Nadia …`.
    private func commonFirstNameStart(_ i: Int) -> Int {
        guard !words[i].sentenceStart, let p = context.word(i - 1), p.wordClass == .word, p.isCapitalized, p.spaceAfter, context.isNameWord(i - 1),
              isNounOnly(p), !isKnownNameStart(i - 1),
              !(tables.placeNouns.contains(p.key) || tables.orgHeads[p.key] != nil || tables.roles.contains(p.key)) else { return i }
        if p.sentenceStart { return i - 1 }
        guard let q = context.word(i - 2) else { return i - 1 }
        if q.wordClass == .word, !q.isCapitalized, !EntityContext.functionWords.contains(q.key), context.isNounOrAdjective(q) { return i - 1 }
        if q.wordClass == .punctuation, q.text == "," { return i - 1 }
        return i
    }

    /// True when a lower-case noun or adjective precedes `i` (`prix Nobel …`): the name may be a title's complement.
    private func afterCommonNoun(_ i: Int) -> Bool {
        guard let prev = context.word(i - 1), prev.wordClass == .word, !prev.isCapitalized, !words[i].sentenceStart else { return false }
        return !EntityContext.functionWords.contains(prev.key) && context.isNounOrAdjective(prev)
    }

    /// True when every dictionary reading of the word in lower case is a noun (`Alpha`, `Mélodie`), not a
    /// preposition, adverb or verb (`Selon`, `Hier`).
    private func isNounOnly(_ w: Word) -> Bool {
        guard let lexicon = context.lexicon else { return false }
        let a = lexicon.analyses(of: w.text.lowercased())
        // Papiers, Transports: a plural is a company's head word, not a first name.
        return !a.isEmpty && a.allSatisfy { $0.isNoun && !$0.isVerb && $0.number != .plural }
    }

    /// A capitalised word the lexicon does not know in any form (`Bialiatski`).
    private func isUnknownToLexicon(_ i: Int) -> Bool {
        guard context.isNameWord(i), let w = context.word(i), !w.isAllCaps else { return false }
        return context.lexicon != nil && !context.isKnown(w)
    }

    /// The end of a name starting at `k`: capitalised words, particles and initials. `strong` (after an
    /// honorific) accepts any capitalised word; otherwise common words are refused unless `allowCommon`.
    private func nameEnd(from k: Int, strong: Bool, allowCommon: Bool = false, afterName: Bool = false) -> Int? {
        var j = k
        var lastName: Int? = afterName ? k - 1 : nil
        var count = 0
        while j < words.count, count < 5 {
            let w = words[j]
            if j > k && w.sentenceStart { break }
            if w.wordClass == .word, w.isCapitalized, context.isNameWord(j) || w.isInitial {
                if !strong && !allowCommon && context.isCommonLower(w) && !context.isFirstName(w) && !context.isSurname(w) { break }
                if j > k, let m = context.gazetteer.longestMatch(at: j, in: words), m.entry.type == .organisation || m.length > 1 { break }
                if w.isAllCaps, j > k, context.gazetteer.longestMatch(at: j, in: words) != nil { break }
                lastName = j; count += 1; j += 1
                if !w.spaceAfter && !(w.isInitial) { break }
                continue
            }
            // Particles: de, van, von, ben, al-… followed by a capitalised word.
            // Mme de Valmont: after a title the particle stays with the surname.
            if lastName != nil || strong && j == k, isParticle(j) {
                var n = j + 1
                if isParticle(n) { n += 1 }  // von der, de la
                if let next = context.word(n), next.isCapitalized, context.isNameWord(n), context.gazetteer.longestMatch(at: n, in: words) == nil {
                    j = n; continue
                }
            }
            // al-Assad, el-Sissi, ben-Gourion.
            if lastName != nil || strong, w.wordClass == .word, !w.isCapitalized, let dash = w.text.firstIndex(of: "-"),
               tables.particles.contains(string: String(w.keyText[..<w.keyText.firstIndex(of: "-")!])),
               w.text[w.text.index(after: dash)...].first?.isUppercase == true {
                lastName = j; count += 1; j += 1; continue
            }
            break
        }
        guard let lastName, lastName >= k else { return nil }
        return lastName + 1
    }
}
