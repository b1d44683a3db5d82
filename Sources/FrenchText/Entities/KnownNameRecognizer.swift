import Foundation

/// Finds the names of the gazetteer: countries and their variants (`Bélarus`, `RDC`), regions, cities,
/// well-known organisations and their acronyms (`Human Rights Watch`, `OMCT`), ministry metonyms
/// (`selon l’Intérieur`).
///
/// A one-word name that is also a common word (`Manche`, `Intérieur`, `Libération`) counts only inside a
/// sentence after a function word (`dans la Manche`, `selon l’Intérieur`). An organisation followed by a
/// country or region is one name (`ACAT Burundi`, `France 3 Normandie`).
struct KnownNameRecognizer {
    /// Words before a capitalised cardinal point extending a known place name (`de l'Est`, `du Centre`), as lookup keys.
    private static let cardinalLinks: FormSet = FormSet(forms: LexicalTables.lines(.entityKnownNameCardinalLinks))
    let context: EntityContext

    func candidates() -> [EntityCandidate] {
        let words = context.words
        var out = [EntityCandidate]()
        var i = 0
        while i < words.count {
            guard words[i].isWordLike || words[i].wordClass == .number, let (entry, length) = context.gazetteer.longestMatch(at: i, in: words) else {
                if let c = acronymWrittenAsWord(at: i) { out.append(c) }
                i += 1; continue
            }
            if length == 1 && !acceptsSingleWord(i, entry) { i += 1; continue }
            // la ministre de l’Éducation nationale: a portfolio after a role noun, in any length.
            if length > 1, entry.kind == .metonym, isPortfolio(i, roles: Self.portfolioRoles) { i += length; continue }
            // 24 heures: a name that starts with a number is a count after a preposition (`une grève de 24 heures`).
            if words[i].wordClass == .number, let prev = context.word(i - 1), EntityContext.functionWords.contains(prev.key) || prev.wordClass == .number {
                i += 1; continue
            }
            var end = i + length
            var rule = EntityRule.known(entry.kind)
            // National sections, regional editions and city branches: ACAT Burundi, France 3 Normandie, Unia Genève.
            if entry.type == .organisation, entry.kind != .metonym, end < words.count, words[end - 1].spaceAfter, words[end].isCapitalized, !words[end].sentenceStart,
               let (place, n) = context.gazetteer.longestMatch(at: end, in: words, where: { $0.kind == .country || $0.kind == .region || $0.kind == .city }),
               place.type == .location {
                end += n
                rule = .knownOrganisationSection
            } else if entry.type == .organisation, let e = branchEnd(after: end, entry: entry) {
                // Local branches: CHU de Brest, Crous de Lyon; national teams: Lions indomptables du Cameroun.
                end = e
                rule = .knownOrganisationBranch
            } else if entry.kind == .organisation || entry.kind == .acronym, let e = tradeNameEnd(after: end) {
                // Airbus Defence and Space, CGT Cheminots; Dangote Industries Sénégal: a country after the trade name
                // names its national subsidiary, as after the known name.
                end = e
                rule = .knownOrganisationTradeName
                if words[end - 1].spaceAfter, end < words.count, words[end].isCapitalized, !words[end].sentenceStart,
                   let (place, n) = context.gazetteer.longestMatch(at: end, in: words, where: { $0.kind == .country }), place.type == .location {
                    end += n
                }
            }
            // Présidence de la République sénégalaise: an adjective of origin after a state's noun names the state.
            if entry.type == .organisation, end == i + length { end = KnownOrganisationLowerCase.stateAdjectiveEnd(end, context) }
            // Suisse romande, Amérique latine, Afrique de l’Ouest et du Centre.
            if entry.kind == .country || entry.kind == .region {
                let extended = qualifiedPlaceEnd(end)
                if extended > end { end = extended; rule = .knownPlaceQualified }
            }
            out.append(EntityCandidate(i..<end, entry.type, rule: rule, priority: EntityPriority.gazetteer,
                                       canonical: end == i + length ? entry.canonical : nil))
            i = end
        }
        return out
    }

    /// A known acronym written as a word, as much of the press does: `la Cédéao` (CEDEAO), `l’Otan` (OTAN), `l’Unédic`, `l’Onu`;
    /// so is a name of the list written in capitals (`de Rfm` for RFM).
    private func acronymWrittenAsWord(at i: Int) -> EntityCandidate? {
        let w = context.words[i]
        guard w.wordClass == .word, w.isCapitalized, !w.isAllCaps else { return nil }
        // (the answer depends on the form alone: with the shared lexicon and gazetteer, kept once per process)
        let spelled = context.usesSharedData ? Self.acronymsAsWords.value(w.form) { acronymSpelled(by: w) } : acronymSpelled(by: w)
        guard let entry = spelled else { return nil }
        // l’Onu, le Fmi: three letters only after a function word, and when no first name or surname reads them (`Ali`).
        if w.text.count == 3 {
            guard !w.sentenceStart, let p = context.word(i - 1), EntityContext.functionWords.contains(p.key),
                  !context.isFirstName(w), !context.isSurname(w) else { return nil }
        }
        return EntityCandidate(i..<(i + 1), entry.type, rule: .knownAcronymAsWord, priority: EntityPriority.gazetteer, canonical: entry.canonical)
    }

    /// Per form, the known acronym a capitalised word spells (`Otan` → OTAN), or nil; for the shared lexicon and gazetteer.
    private static let acronymsAsWords = FormMemo<GazetteerEntry?>(filler: nil)

    /// The known acronym `w` spells in lower case after its capital, or nil: 3 to 8 letters, no hyphen, not a
    /// common word in lower case.
    private func acronymSpelled(by w: Word) -> GazetteerEntry? {
        let text = w.text
        guard text.utf8.count >= 3, text.utf8.count <= 16, text.count <= 8, !text.containsByte(0x2D),
              text.unicodeScalars.dropFirst().allSatisfy({ $0.isLowercaseProperty }), !context.isCommonLower(w) else { return nil }
        let folded = text.folding(options: .diacriticInsensitive, locale: nil).uppercased()
        // Rfm for RFM: a name of the list written in capitals reads like an acronym.
        guard let entry = context.gazetteer.oneWordEntry(folded),
              entry.kind == .acronym || entry.kind == .organisation && CaseRule(entry.words[0]) == .noLowercase else { return nil }
        return entry
    }

    /// The end of a place name extended by qualifiers from `end`: `romande`, `de l’Est`, `de l’Ouest et du Centre`.
    private func qualifiedPlaceEnd(_ end: Int) -> Int {
        var end = end
        var cardinal = context.words[end - 1].isCapitalized && end >= 2 && Self.cardinalLinks.contains(context.words[end - 2].key)
        var rounds = 0
        while rounds < 3, end < context.words.count, context.words[end - 1].spaceAfter || context.words[end - 1].wordClass == .elision {
            rounds += 1
            var start = end
            // … et du Centre: a second cardinal complement.
            if cardinal, EntityWordGroups.coordinatingAnd.contains(context.words[end].key) { start = end + 1 }
            guard let n = qualifier(at: start), !(start > end && !context.tables.placeQualifiers[n].first!.hasPrefix("d")) else { break }
            let q = context.tables.placeQualifiers[n]
            cardinal = q.first!.hasPrefix("d")
            end = start + q.count
        }
        return end
    }

    /// The index of the place qualifier written at `i`, or nil.
    private func qualifier(at i: Int) -> Int? {
        let words = context.words
        let qualifiers = context.tables.placeQualifiers
        let keys = context.tables === EntityTables.shared ? Self.sharedQualifierKeys : Self.keys(of: qualifiers)
        outer: for (n, q) in qualifiers.enumerated() {
            guard i + q.count <= words.count else { continue }
            for (k, part) in q.enumerated() {
                let w = words[i + k]
                guard !w.sentenceStart, w.key == keys[n][k], w.isCapitalized == (part.first?.isUppercase == true) else { continue outer }
            }
            return n
        }
        return nil
    }

    /// The lookup keys of the shared tables' place qualifiers, interned once (`de l’Est` → `de`, `l'est`).
    private static let sharedQualifierKeys = keys(of: EntityTables.shared.placeQualifiers)

    /// Each qualifier's words as interned lookup keys: a word spells a part when its key is that id.
    private static func keys(of qualifiers: [[String]]) -> [[FormID]] {
        qualifiers.map { $0.map { FormStore.shared.intern(LookupKey.make($0)) } }
    }

    private func acceptsSingleWord(_ i: Int, _ entry: GazetteerEntry) -> Bool {
        let w = context.words[i]
        // rue Cockerill, place Bouygues: a short spelling of a known organisation after a place noun names the place.
        if isPlaceNounComplement(i, entry) { return false }
        // PARIS, 12 mars (AFP) –: the all-capital place of a dateline.
        if w.isAllCaps, entry.type == .location, PlaceRecognizer.isDatelinePlace(i, end: i + 1, context: context) { return true }
        if entry.kind == .acronym || entry.words[0].count >= 2 && entry.words[0].unicodeScalars.allSatisfy({ !$0.isLowercaseProperty }) { return true }
        // DéFI, cdH, MoDem: capitals inside the word make it a name, whatever the dictionary says of it in lower case.
        if w.text.unicodeScalars.dropFirst().contains(where: { $0.isUppercaseProperty }), w.text.unicodeScalars.contains(where: { $0.isLowercaseProperty }) { return true }
        // A shouted headline word (`COMMUNIQUÉ DE PRESSE`) is not a name.
        if w.isAllCaps && context.isCommonLower(w) { return false }
        // le ministre de l’Intérieur: a portfolio after a role noun is part of the role, not the ministry.
        if entry.kind == .metonym, isPortfolio(i) { return false }
        // Ecolo: the list's own spelling, which the dictionary knows only as an accented common word (`écolo`).
        if entry.words.count == 1, entry.words[0] == w.text, let lexicon = context.lexicon,
           lexicon.isKnownOnlyWithAccent(w.text.lowercased()) { return true }
        guard context.isCommonLower(w) || entry.kind == .metonym else { return true }
        // Paris, Nice: the dictionary also has the capitalised name; a place then counts even at a sentence start.
        if entry.type == .location, context.lexicon?.analyses(of: w.text).contains(where: { $0.lemma.first?.isUppercase == true }) == true {
            return true
        }
        // Renaissance a perdu trois sièges, Horizons a voté: a known organisation as the subject of a verb.
        if entry.type == .organisation, context.word(i - 1).map({ $0.wordClass != .word }) ?? true,
           let next = context.nextInSentence(i), PersonRecognizer.pairVerbs.contains(next.key) { return true }
        guard !w.sentenceStart, let prev = context.word(i - 1) else { return false }
        return EntityContext.functionWords.contains(prev.key)
    }

    /// True when the word at `i` follows a role noun and `de` (`le ministre de l’Intérieur`, `la ministre de
    /// l’Intérieur`): the ministry's metonym there names the minister's portfolio.
    private func isPortfolio(_ i: Int, roles: FormSet? = nil) -> Bool {
        var k = i - 1
        if let a = context.word(k), OrganisationRecognizer.articles.contains(a.key) { k -= 1 }
        guard let de = context.word(k), OrganisationRecognizer.deForms.contains(de.key), let role = context.word(k - 1) else { return false }
        return role.wordClass == .word && (roles ?? context.tables.roles).contains(role.key)
    }

    /// Roles whose complement is a portfolio (`ministre`): a metonym of several words after them (`la ministre de
    /// l’Éducation nationale`) is the portfolio, while after another role (`un conseiller de la Présidence de la
    /// République`) it is the institution.
    static let portfolioRoles: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgPortfolioRoles))

    /// True when `entry` is a one-word other spelling of an organisation (`Cockerill` for John Cockerill) written
    /// right after a place noun (`rue`, `avenue`, `quai`, `stade`): the street or site is named after the founder.
    private func isPlaceNounComplement(_ i: Int, _ entry: GazetteerEntry) -> Bool {
        guard entry.isOneWordOtherSpelling, let prev = context.word(i - 1), prev.wordClass == .word else { return false }
        return context.tables.placeNouns.contains(prev.key)
    }
}
