/// Finds places by their form (known countries, regions and cities come from ``KnownNameRecognizer``).
///
/// - a place noun and a proper name: `rue Saint-Pierre`, `place Bouchard`, `plaines d’Abraham`, `l’Eglise Saint-Pierre`
/// - an unknown capitalised word after `à`, `en`, `dans`, `vers`: `à Gomel`, `en Ituri`
struct PlaceRecognizer {
    /// Forms of `de` after an administrative noun (`canton de`, `département du`), as lookup keys.
    private static let administrativeDe: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceAdministrativeDe))
    /// `de` and its elided form before a place (`de`, `d'`), as lookup keys.
    private static let deElided: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceDeElided))
    /// Definite articles read before a name (`la`, `l'`), as lookup keys.
    private static let placeArticles: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgArticles))
    /// Endings of ordinals after digits read by the place recognizer (`3e`, `1re`, `2ème`, `1er`), as written.
    private static let ordinalEndings: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceOrdinalEndings))
    /// Dashes and commas closing a dateline after a place and its agency in brackets, as written.
    private static let datelineMarks: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceDatelineMarks))
    /// Feminine definite articles inside a place name's complement (`la`, `l'`), as lookup keys.
    private static let feminineArticles: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceFeminineArticles))
    /// Forms of `de` before a capitalised place name (`de`, `d'`, `du`), as lookup keys.
    private static let deNameForms: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceDeNameForms))
    /// Words introducing a name's complement (`de`, `du`, `des`, `d'`), as lookup keys.
    private static let deForms: FormSet = FormSet(forms: LexicalTables.lines(.entityDeForms))
    let context: EntityContext

    private var words: [Word] { context.words }

    private static let placePrepositions: FormSet = FormSet(forms: LexicalTables.lines(.entityPlacePrepositions))
    /// Words after which `de X` is a place: `près de Seraing`, `originaire de Couëron`, `en provenance de Lomé`.
    private static let beforeDePlace: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceBeforeDe))
    /// Hyphenated inner words of compound place names: `Fos-sur-Mer`, `Saint-Jean-de-Luz`, `Châlons-en-Champagne`.
    private static let compoundInner: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceCompoundInner))

    func candidates() -> [EntityCandidate] {
        var out = [EntityCandidate]()
        for i in words.indices {
            if let c = numberedStreet(at: i) { out.append(c) }
            guard words[i].wordClass == .word else { continue }
            if let c = placeNoun(at: i) { out.append(c) }
            if let c = afterPreposition(at: i) { out.append(c) }
            if let c = dateline(at: i) { out.append(c) }
            if let c = compoundName(at: i) ?? saintName(at: i) { out.append(c) }
            if let c = beforeBracketedRegion(at: i) { out.append(c) }
            if let c = upperOrLowerPart(at: i) { out.append(c) }
            if let c = administrativeUnit(at: i) { out.append(c) }
        }
        return out
    }

    private func placeNoun(at i: Int) -> EntityCandidate? {
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
        if let a = context.word(j), a.wordClass == .word, !a.isCapitalized, context.isAdjective(a), !a.sentenceStart,
           context.word(j + 1)?.isCapitalized == true {
            j += 1
        } else if let d = context.word(j), d.keyText == "de", let n = context.word(j + 1), n.wordClass == .word, !n.isCapitalized,
                  context.lexicon?.analyses(of: n.text).contains(where: \.isNoun) == true, context.word(j + 2)?.isCapitalized == true {
            j += 2
        }
        // plaines d'Abraham, place de la Concorde
        if let p = context.word(j), Self.deForms.contains(p.key) {
            // le quartier de Recouvrance: the district's name alone is the place.
            if Self.nounsBeforeName.contains(w.key), !w.isCapitalized { return nil }
            j += 1
            if let a = context.word(j), Self.feminineArticles.contains(a.key) { j += 1 }
        }
        var end = j
        while end < words.count, end - j < 5 {
            let x = words[end]
            if x.wordClass == .word, x.isCapitalized, context.isNameWord(end), !x.sentenceStart, !x.text.contains(where: \.isNumber) {
                end += 1
                if !x.spaceAfter { break }
                continue
            }
            // campus Porte des Alpes
            if end > j, Self.deForms.contains(x.key), let n = context.word(end + 1), n.wordClass == .word, n.isCapitalized,
               !n.sentenceStart, context.isNameWord(end + 1) {
                end += 1
                continue
            }
            break
        }
        guard end > j else { return nil }
        // A known organisation is not a place: `la station de radio Europe 1`.
        if let m = context.gazetteer.longestMatch(at: j, in: words), m.entry.type == .organisation { return nil }
        // presqu’île de Rhuys: the elided first part of the noun belongs to it.
        var start = i
        if let e = context.word(i - 1), e.wordClass == .elision || e.wordClass == .word, Self.elidedNounParts.contains(e.key), !e.spaceAfter { start = i - 1 }
        return EntityCandidate(start..<end, .location, rule: .placeNoun, priority: EntityPriority.pattern)
    }

    /// A dateline's place: `GOMEL, 3 mars (Reuters) –`, `Lévis (Québec), le 2 juin 2014 –`, `GENÈVE (Reuters) -`.
    private func dateline(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.sentenceStart, w.isCapitalized, context.isNameWord(i) else { return nil }
        var end = i + 1
        while end < words.count, end - i < 3, words[end].wordClass == .word, words[end].isCapitalized, words[end - 1].spaceAfter, !words[end].sentenceStart { end += 1 }
        // An all-capital dateline place may spell a common word (PARIS, NICE) when the dateline is explicit.
        if w.isAllCaps, Self.isDatelinePlace(i, end: end, context: context),
           (i..<end).contains(where: { !context.isCommonLower(words[$0]) }) || context.gazetteer.longestMatch(at: i, in: words).map({ $0.entry.type == .location }) == true {
            return EntityCandidate(i..<end, .location, rule: .placeDateline, priority: EntityPriority.context + 10)
        }
        // Regional press: `Landerneau. La communauté…`, `Rimouski – Le centre…`, `Vevey (VD) – Le groupe…`.
        if w.paragraphStart, !context.isCommonLower(w), !context.isFirstName(w) || context.isProperNoun(w),
           let mark = context.word(end), let after = context.word(end + 1), after.wordClass == .word, after.isCapitalized, !after.paragraphStart,
           mark.text == "." && !w.isAllCaps && end == i + 1 || ["–", "—"].contains(mark.text) || Self.isDatelinePlace(i, end: end, context: context) {
            return EntityCandidate(i..<end, .location, rule: .placeDateline, priority: EntityPriority.context + 10)
        }
        guard !context.isCommonLower(w) || w.isAllCaps && !context.isKnown(w) else { return nil }
        var k = end
        if let open = context.word(k), open.text == "(" {
            while k < words.count, k - end < 5, words[k].text != ")" { k += 1 }
            k += 1
        }
        guard let comma = context.word(k), comma.text == "," else { return nil }
        var d = k + 1
        if let le = context.word(d), le.keyText == "le" { d += 1 }
        if let wd = context.word(d), context.tables.weekdays.contains(wd.key) { d += 1 }
        guard let day = context.word(d), day.isDigits || day.keyText == "1er", let month = context.word(d + 1), context.tables.months[month.key] != nil else { return nil }
        return EntityCandidate(i..<end, .location, rule: .placeDateline, priority: EntityPriority.context + 10)
    }

    /// True when words `i..<end`, at a paragraph's or sentence's start, are followed by a dateline: a comma and a date
    /// (`PARIS, 12 mars 2025`), or a bracketed agency and a dash (`GENÈVE (Reuters) -`).
    static func isDatelinePlace(_ i: Int, end: Int, context: EntityContext) -> Bool {
        guard let w = context.word(i), w.sentenceStart else { return false }
        if let next = context.word(end), next.isAllCaps, next.wordClass == .word { return false }
        // VALAIS – Mardi 3 mars 2026: a dash before the date as well.
        if let comma = context.word(end), comma.text == "," || ["–", "—"].contains(comma.text) {
            var d = end + 1
            if let le = context.word(d), le.keyText == "le" { d += 1 }
            if let wd = context.word(d), context.tables.weekdays.contains(wd.key) { d += 1 }
            if let day = context.word(d), day.isDigits || day.keyText == "1er", let month = context.word(d + 1), context.tables.months[month.key] != nil { return true }
            return false
        }
        if let open = context.word(end), open.text == "(", let agency = context.word(end + 1), agency.wordClass == .word, agency.isCapitalized,
           let close = context.word(end + 2), close.text == ")", let dash = context.word(end + 3), Self.datelineMarks.contains(dash.form) {
            return true
        }
        return false
    }

    /// `3e Avenue`, `1re Avenue`, `13e arrondissement`.
    private func numberedStreet(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.wordClass == .ordinal || Self.isOrdinal(w.text), let n = context.nextInSentence(i), n.wordClass == .word,
              context.tables.placeNouns.contains(n.key), n.isCapitalized || n.keyText == "arrondissement" else { return nil }
        return EntityCandidate(i..<(i + 2), .location, rule: .placeNumbered, priority: EntityPriority.pattern)
    }

    /// `3e`, `1re`, `2ème`, `1er`.
    static func isOrdinal(_ s: String) -> Bool {
        let digits = s.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        return Self.ordinalEndings.contains(string: String(s.dropFirst(digits.count)))
    }

    private func afterPreposition(at i: Int) -> EntityCandidate? {
        var w = words[i]
        guard w.isCapitalized, !w.sentenceStart, !w.isAllCaps, var prev = context.word(i - 1) else { return nil }
        // à La Baie, près de La Chaux-de-Fonds: a capitalised article belongs to the name.
        var start = i
        var i = i
        if Self.placeArticles.contains(w.key), w.isCapitalized, let n = context.nextInSentence(i), n.wordClass == .word, n.isCapitalized,
           context.isNameWord(i + 1) {
            start = i; i += 1; w = n
        } else {
            prev = words[i - 1]
        }
        if start < i { prev = words[start - 1] }
        // le maire de Gomel, au nord de Goma, la ville d'Idleb, près de Seraing
        // les communes de Martigny, …: plurals too.
        let afterPlaceNoun = (prev.keyText == "de" || prev.keyText == "d'") && context.word(start - 2).map {
            context.tables.placeContextNouns.contains($0.key) || Self.beforeDePlace.contains($0.key)
                || $0.keyText.hasSuffix("s") && context.tables.placeContextNouns.contains(string: String($0.keyText.dropLast()))
        } == true
        // un retraité de La Forclaz, les familles de La Sagne: `de` + a capitalised article + an unknown name.
        let deArticleName = start < i && (prev.keyText == "de" || prev.keyText == "d'") && !context.isKnown(w)
            && context.word(start - 2).map { !($0.wordClass == .word && $0.isCapitalized) } == true
            && context.gazetteer.longestMatch(at: start, in: words) == nil
        // l’hôtel Les Mélèzes, au lieu-dit Le Bochet
        let afterSiteNoun = start < i && Self.namedSiteNouns.contains(prev.key)
        // le quartier de Recouvrance: after a district's or hamlet's noun even a word the dictionary knows is the name.
        let afterSiteNounDe = afterPlaceNoun && context.word(start - 2).map { Self.namedSiteNouns.contains($0.key)
            // le maire de Drap: a capital after the noun of an office held in a town names the town.
            || context.tables.placeContextNouns.contains($0.key) && !w.sentenceStart && !w.isAllCaps } == true
        guard Self.placePrepositions.contains(prev.key) || afterPlaceNoun || deArticleName || afterSiteNoun, context.isNameWord(i),
              !context.isCommonLower(w) || start < i || afterSiteNounDe,
              !context.isFirstName(w), !context.isSurname(w) || context.isProperNoun(w) else { return nil }
        if let next = context.nextInSentence(i), next.wordClass == .word, next.isCapitalized, w.spaceAfter { return nil }
        return EntityCandidate(start..<(i + 1), .location, rule: .placeAfterPreposition, priority: EntityPriority.context)
    }

    /// A hyphenated compound place name: `Fos-sur-Mer`, `Saint-Jean-de-Luz`, `La Chaux-de-Fonds`, `Châlons-en-Champagne`.
    private func compoundName(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.text.utf8.contains(0x2D), w.isCapitalized, !w.isAllCaps else { return nil }
        let parts = w.text.split(separator: "-").map(String.init)
        guard parts.count >= 3, parts.last?.first?.isUppercase == true else { return nil }
        let inner = parts.dropFirst().dropLast()
        guard inner.contains(where: { Self.compoundInner.contains(string: $0) }),
              inner.allSatisfy({ Self.compoundInner.contains(string: $0) || $0.first?.isUppercase == true }) else { return nil }
        // Jean-de-Dieu: a first name before `de` is a person's name.
        if parts[1] == "de" || parts[1] == "du", let lexicon = context.lexicon, lexicon.analyses(of: parts[0]).contains(where: \.isFirstName) { return nil }
        var start = i
        if let a = context.word(i - 1), ["La", "Le", "Les"].contains(a.text), a.spaceAfter { start = i - 1 }
        return EntityCandidate(start..<(i + 1), .location, rule: .placeCompound, priority: EntityPriority.context + 5)
    }

    /// A town or parish named after a saint: `Saint-Nazaire`, `Sainte-Foy`, `Saint-Josse-ten-Noode`; not a person's
    /// particle name (`Antoine de Saint-Exupéry`).
    private func saintName(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.text.utf8.first == 0x53, w.text.utf8.contains(0x2D), !w.isAllCaps else { return nil }  // `S…-…`
        let parts = w.text.split(separator: "-")
        guard parts.count >= 2, ["Saint", "Sainte", "St", "Ste"].contains(parts[0]), parts[1].first?.isUppercase == true else { return nil }
        if let p = context.word(i - 1), p.wordClass == .word || p.wordClass == .elision, Self.deElided.contains(p.key),
           let q = context.word(i - 2), q.wordClass == .word, q.isCapitalized { return nil }
        if let n = context.nextInSentence(i), n.wordClass == .word, n.isCapitalized, w.spaceAfter { return nil }
        return EntityCandidate(i..<(i + 1), .location, rule: .placeSaint, priority: EntityPriority.guess)
    }

    /// Endings of adjectives of place the dictionary may not know (`gaspésienne`, `valaisan`, `audomarois`).
    private static let demonymEndings = LexicalTables.lines(.entityPlaceDemonymEndings)

    /// Place nouns whose `de` complement is the place's whole name: `le quartier de Recouvrance` → `Recouvrance`.
    private static let nounsBeforeName: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceNounsBeforeName))

    /// Nouns of a named building or hamlet before a name with a capitalised article: `l’hôtel Les Mélèzes`,
    /// `le hameau de La Forclaz`, `au lieu-dit Le Bochet`.
    private static let namedSiteNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceNamedSiteNouns))

    /// Elided first parts of place nouns split off by the word view: `presqu’` + `île`.
    private static let elidedNounParts: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceElidedNounParts))

    /// Prefixes naming the upper or lower part of a region: `Haut-Valais`, `Basse-Normandie`.
    private static let partPrefixes = ["Haut-", "Haute-", "Bas-", "Basse-"]

    /// The upper or lower part of a known region or country: `Haut-Valais`, `Bas-Valais`, `Haute-Égypte`.
    private func upperOrLowerPart(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.text.utf8.first == 0x48 || w.text.utf8.first == 0x42, let prefix = Self.partPrefixes.first(where: { w.text.hasPrefix($0) }) else { return nil }
        let rest = String(w.text.dropFirst(prefix.count))
        guard rest.first?.isUppercase == true, !rest.contains("-"), let place = context.gazetteer.place(named: LookupKey.make(rest)),
              place.kind == .region || place.kind == .country else { return nil }
        return EntityCandidate(i..<(i + 1), .location, rule: .placePart, priority: EntityPriority.context + 5)
    }

    /// Administrative units named after their chief town: `province de Liège`, `canton de Fribourg`,
    /// `département du Nord`. The unit's noun is part of the name when the name alone is a town;
    /// `le canton de Vaud` keeps the region's name alone.
    private static let administrativeNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceAdministrativeNouns))

    private func administrativeUnit(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard !w.isCapitalized, Self.administrativeNouns.contains(w.key), let de = context.nextInSentence(i), Self.administrativeDe.contains(de.key),
              let m = context.gazetteer.longestMatch(at: i + 2, in: words, where: { $0.type == .location }),
              m.entry.kind == .city || context.gazetteer.isCity((i + 2)..<(i + 2 + m.length), in: words),
              !(i + 2..<(i + 2 + m.length)).contains(where: { words[$0].sentenceStart }) else { return nil }
        if let next = context.word(i + 2 + m.length), next.wordClass == .word, next.isCapitalized, words[i + 1 + m.length].spaceAfter { return nil }
        return EntityCandidate(i..<(i + 2 + m.length), .location, rule: .placeAdministrativeUnit, priority: EntityPriority.pattern)
    }

    /// A town before its department, province or country in brackets: `Kerlouan (Finistère)`, `Seraing (Liège)`.
    private func beforeBracketedRegion(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard let open = context.word(i + 1), open.text == "(", w.isCapitalized, !w.isAllCaps, context.isNameWord(i),
              let m = context.gazetteer.longestMatch(at: i + 2, in: words), m.entry.type == .location,
              m.entry.kind == .region || m.entry.kind == .country, context.word(i + 2 + m.length)?.text == ")" else { return nil }
        if w.sentenceStart && context.isCommonLower(w) { return nil }
        var start = i
        if let a = context.word(i - 1), ["La", "Le", "Les"].contains(a.text), a.spaceAfter { start = i - 1 }
        // Jean Dupont (Belgique): a name before the town is a person's.
        if start == i, let p = context.word(i - 1), p.wordClass == .word, p.isCapitalized, !p.sentenceStart || context.isFirstName(p) { return nil }
        if context.isFirstName(w) && !context.isProperNoun(w) { return nil }
        return EntityCandidate(start..<(i + 1), .location, rule: .placeBeforeRegion, priority: EntityPriority.context + 5)
    }
}
