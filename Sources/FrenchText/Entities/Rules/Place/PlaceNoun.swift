/// A place noun and its name: `rue Saint-Pierre`, `place Bouchard`, `plaines d’Abraham` (`place-noun`),
/// or a capitalised place noun and its adjective: `Rive gauche` (`place-noun-adjective`).
extension PlaceRecognizer {
    /// The `place-noun` rule at word `i`.
    func placeNounRule(at i: Int) -> [EntityCandidate]? {
        guard words[i].wordClass == .word, let c = placeNoun(at: i) else { return nil }
        return [c]
    }

    /// Indefinite articles before a place noun that is no name (`une plage des Côtes-d’Armor`), as lookup keys.
    static let indefiniteArticles: FormSet = FormSet(forms: LexicalTables.lines(.quoteIndefiniteArticles))

    /// True when `de` (or `du`, `des`) and a capitalised name stand at `k` (`de Chicoutimi`).
    private func namedAfterDe(_ k: Int) -> Bool {
        guard let d = context.word(k), Self.deForms.contains(d.key), let n = context.word(k + 1) else { return false }
        return n.wordClass == .word && n.isCapitalized && !n.sentenceStart && context.isNameWord(k + 1)
    }

    func placeNoun(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard context.tables.placeNouns.contains(w.key), w.spaceAfter || w.wordClass == .word else { return nil }
        // Val d’Hérens : …, Presqu’île de Crozon: a capitalised place noun opening a sentence before `de` + a name.
        let deName = context.word(i + 1).map { Self.deNameForms.contains($0.key) } == true && context.word(i + 2)?.isCapitalized == true
        if w.isCapitalized && w.sentenceStart && !(context.word(i + 1).map { $0.isCapitalized } ?? false) && !deName { return nil }
        // la Péninsule acadienne, le Plateau suisse: a capitalised place noun inside a sentence and its adjective.
        if w.isCapitalized, !w.sentenceStart, let a = context.nextInSentence(i), a.wordClass == .word, !a.isCapitalized, w.spaceAfter,
           context.isAdjective(a) || !context.isKnown(a) && Self.demonymEndings.contains(where: { a.keyText.hasSuffix($0) }),
           !context.isVerbForm(a), context.nextInSentence(i + 1)?.isCapitalized != true {
            return EntityCandidate(i..<(i + 2), .location, rule: .placeNounAdjective, priority: EntityPriority.pattern)
        }
        var j = i + 1
        // centre communautaire Marchand, station de métro Gratte-Ciel: one adjective or `de` + noun before the name.
        // lycée classique de Cocody: also an adjective before `de` + a town's name (not `désert médical de France`).
        if let a = context.word(j), a.wordClass == .word, !a.isCapitalized, context.isAdjective(a), !a.sentenceStart, !context.isVerbForm(a),
           context.word(j + 1)?.isCapitalized == true || EntityWordGroups.deWord.contains(context.word(j + 1)?.key ?? a.key) && namedAfterDe(j + 1)
            && context.knownName(at: j + 2).map({ $0.entry.kind == .country || $0.entry.kind == .region }) != true {
            j += 1
        } else if let q = context.word(j), isNameQualifier(q), context.word(j + 1)?.isCapitalized == true, context.isNameWord(j + 1) {
            // stade omnisport Ahmadou Ahidjo, hôpital mère-enfant Dominique Ouattara: a compound or a word the
            // dictionary does not know, qualifying the building, before its name.
            j += 1
        } else if let d = context.word(j), Self.deForms.contains(d.key), let n = context.word(j + 1), n.wordClass == .word, !n.isCapitalized,
                  context.lexicon?.analyses(of: n.text).contains(where: \.isNoun) == true,
                  context.word(j + 2)?.isCapitalized == true && EntityWordGroups.deWord.contains(d.key) || w.isCapitalized && namedAfterDe(j + 2) {
            // Palais de justice de Chicoutimi, Palais des sports de Beaulieu: a capitalised noun (a building's name), its
            // own complement, then the name; `la salle des fêtes de Goudargues` describes a building of the place.
            j += 2
        }
        // plaines d'Abraham, place de la Concorde
        if let p = context.word(j), Self.deForms.contains(p.key) {
            // une plage des Côtes-d’Armor: after `un`/`une` the noun is no name, the known place stands alone.
            if let a = context.word(i - 1), Self.indefiniteArticles.contains(a.key), context.knownName(at: j + 1) != nil { return nil }
            // le quartier de Recouvrance: the district's name alone is the place.
            if Self.nounsBeforeName.contains(w.key), !w.isCapitalized { return nil }
            j += 1
            if let a = context.word(j), Self.feminineArticles.contains(a.key) { j += 1 }
        }
        // le quartier Messa: a district's name right after its lower-case noun is the place, as after `de`.
        let nameAlone = j == i + 1 && Self.nounsBeforeName.contains(w.key) && !w.isCapitalized
        var end = j
        while end < words.count, end - j < 5 {
            let x = words[end]
            // boulevard René-Lévesque Photo : Radio-Canada: a common word before a colon opens a caption's credit.
            if end > j, x.wordClass == .word, context.isCommonLower(x), context.word(end + 1)?.text == ":" { break }
            if x.wordClass == .word, x.isCapitalized, context.isNameWord(end), !x.sentenceStart, !x.text.contains(where: \.isNumber) {
                end += 1
                if !x.spaceAfter { break }
                continue
            }
            // campus Porte des Alpes; not the town of the building: `hôpital Dominique Ouattara de Bingerville`.
            if end > j, Self.deForms.contains(x.key), let n = context.word(end + 1), n.wordClass == .word, n.isCapitalized,
               !n.sentenceStart, context.isNameWord(end + 1), context.knownName(at: end + 1)?.entry.kind != .city {
                end += 1
                continue
            }
            break
        }
        guard end > j else { return nil }
        // A known organisation is not a place: `la station de radio Europe 1`; but `rue Cockerill` is a street.
        if let m = context.gazetteer.longestMatch(at: j, in: words), m.entry.type == .organisation,
           !(m.length == 1 && m.entry.isOneWordOtherSpelling) { return nil }
        // presqu’île de Rhuys: the elided first part of the noun belongs to it.
        var start = nameAlone ? j : i
        if !nameAlone, let e = context.word(i - 1), e.wordClass == .elision || e.wordClass == .word, Self.elidedNounParts.contains(e.key), !e.spaceAfter { start = i - 1 }
        return EntityCandidate(start..<end, .location, rule: .placeNoun, priority: EntityPriority.pattern)
    }

    /// `omnisport`, `mère-enfant`: a lower-case word between a place noun and its name, written with a hyphen or
    /// unknown to the dictionary, that is no verb form.
    private func isNameQualifier(_ q: Word) -> Bool {
        guard q.wordClass == .word, !q.isCapitalized, !q.sentenceStart, q.spaceAfter, !context.isVerbForm(q) else { return false }
        return q.text.contains("-") || !context.isKnown(q)
    }
}
