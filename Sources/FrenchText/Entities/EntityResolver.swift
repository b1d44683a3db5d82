/// Turns candidates into the final mentions: flat (the longest span wins, then the surer rule),
/// one type per name through the document, canonical names, and back-references:
///
/// - a surname alone joins the full name's entity (`Türk` → `Volker Türk`, PER)
/// - an acronym in brackets after a name joins it (`Commission des champs de bataille nationaux (CCBN)`)
/// - a place noun alone, capitalised, joins the place (`les Plaines` after `les plaines d’Abraham`)
/// - a region in brackets after a place is a place (`Carouge (GE)`, ``addBracketedRegions(_:)``)
struct EntityResolver {
    /// Words after a list's conjunction that open a complement (`et de`, `ou à`), as lookup keys.
    private static let listComplementLinks: FormSet = FormSet(forms: LexicalTables.lines(.entityResolverListComplementLinks))
    /// Conjunctions closing a list of entities (`et`, `ou`), as lookup keys.
    private static let listConjunctions: FormSet = FormSet(forms: LexicalTables.lines(.entityResolverListConjunctions))
    /// Words before a capitalised organisation head noun read as a common noun (`les`, `sur`, `dans`), as lookup keys.
    private static let headArticles: FormSet = FormSet(forms: LexicalTables.lines(.entityResolverHeadArticles))
    /// Words introducing a name's complement (`de`, `du`, `des`, `d'`), as lookup keys.
    private static let deForms: FormSet = FormSet(forms: LexicalTables.lines(.entityDeForms))
    let context: EntityContext

    private var words: [Word] { context.words }

    func resolve(_ candidates: [EntityCandidate]) -> [EntityCandidate] {
        let valid = candidates.compactMap(withinSentence)
        var chosen = select(valid)
        let repeats = repeatedNames(chosen)
        if !repeats.isEmpty { chosen = select(valid + repeats) }
        linkAcronyms(&chosen)
        addBackReferences(&chosen)
        unifyTypes(&chosen)
        addBracketedRegions(&chosen)
        extendUnknownGivenNames(&chosen)
        linkSurnames(&chosen)
        extendParticleSurnames(&chosen)
        linkOrganisationNames(&chosen)
        retypePersonInitials(&chosen)
        repeatSingleNames(&chosen)
        addFirstNameBackReferences(&chosen)
        addCoordinatedPlaces(&chosen)
        addCoordinatedPeople(&chosen)
        addSurnameLists(&chosen)
        addListedOrganisations(&chosen)
        addCapitalsRepeats(&chosen)
        return chosen
    }

    /// A name does not run into the next sentence or line; date patterns are tight enough to cross a
    /// segmenter's break (`3. Avril 2018`).
    private func withinSentence(_ c: EntityCandidate) -> EntityCandidate? {
        // CCMM–CSN: the dash of an affiliation does not start a clause.
        if c.type != .date, c.range.dropFirst().contains(where: { words[$0].sentenceStart && !(c.rule == .organisationAffiliation && ["–", "-"].contains(words[$0 - 1].text)) }) { return nil }
        return c
    }

    /// A name found once by its context (`Alerte Littoral Bretagne (ALB)`) is the same name where it comes
    /// back without that context.
    private func repeatedNames(_ chosen: [EntityCandidate]) -> [EntityCandidate] {
        // Names indexed by their whole word sequence (keys and capitalisation), with the lengths met
        // after each first word: one dictionary look-up per position and length, so a document
        // holding thousands of names that share a first word stays linear.
        var byWords = [String: (order: Int, candidate: EntityCandidate)]()
        // (by the first word's key id: one id per distinct key string, so the same grouping as by `keyText`)
        var lengthsByFirst = [FormID: [Int]]()
        for (order, c) in chosen.enumerated() where c.type != .date && c.range.count >= 2 && !c.rule.isKnownName {
            let signature = wordSignature(c.range)
            if byWords[signature] == nil { byWords[signature] = (order, c) }
            let first = words[c.range.lowerBound].key
            if !(lengthsByFirst[first]?.contains(c.range.count) ?? false) { lengthsByFirst[first, default: []].append(c.range.count) }
        }
        guard !byWords.isEmpty else { return [] }
        let found = Set(chosen.map { [$0.range.lowerBound, $0.range.upperBound] })
        // (read at every word: open addressing on the ids, no SipHash)
        let lengthsOfFirst = FormMap(lengthsByFirst)
        var out = [EntityCandidate]()
        for i in words.indices {
            guard let lengths = lengthsOfFirst[words[i].key] else { continue }
            var best: (order: Int, candidate: EntityCandidate, length: Int)?
            for n in lengths where i + n <= words.count && !found.contains([i, i + n]) {
                guard let match = byWords[wordSignature(i..<(i + n))],
                      !(i + 1..<i + n).contains(where: { words[$0].sentenceStart }) else { continue }
                if best == nil || match.order < best!.order { best = (match.order, match.candidate, n) }
            }
            if let best {
                out.append(EntityCandidate(i..<(i + best.length), best.candidate.type, rule: .repeatedName, priority: EntityPriority.gazetteer + 1, canonical: best.candidate.canonical))
            }
        }
        return out
    }

    /// The keys and capitalisation of the words in `range`, as one dictionary key.
    private func wordSignature(_ range: Range<Int>) -> String {
        var signature = ""
        for p in range {
            signature += words[p].isCapitalized ? "\u{1}" : "\u{2}"
            signature += words[p].keyText
        }
        return signature
    }

    /// Longest first, then priority, then leftmost; no overlaps.
    private func select(_ candidates: [EntityCandidate]) -> [EntityCandidate] {
        let order = candidates.indices.sorted { a, b in
            let x = candidates[a], y = candidates[b]
            if x.range.count != y.range.count { return x.range.count > y.range.count }
            if x.priority != y.priority { return x.priority > y.priority }
            return x.range.lowerBound < y.range.lowerBound
        }
        var taken = [Bool](repeating: false, count: words.count)
        var out = [EntityCandidate]()
        for k in order {
            let c = candidates[k]
            guard !c.range.isEmpty, c.range.upperBound <= words.count, !c.range.contains(where: { taken[$0] }) else { continue }
            for p in c.range { taken[p] = true }
            out.append(c)
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The words of `range` as written, one space where the text has whitespace (`pour l’accès`, not `pour l’ accès`).
    private func spelled(_ range: Range<Int>) -> String {
        var out = ""
        for p in range {
            out += words[p].text
            if p < range.upperBound - 1 && words[p].spaceAfter { out += " " }
        }
        return out
    }

    /// The name's lookup keys, hyphens read as spaces: `Mont-Blanc` and `Mont Blanc`, `Fès-Meknès` and
    /// `Fès Meknès` are one name through the document.
    private func key(_ c: EntityCandidate) -> String {
        let joined = c.range.count == 1 ? words[c.range.lowerBound].keyText : c.range.map { words[$0].keyText }.joined(separator: " ")
        guard joined.containsByte(0x2D) || joined.unicodeScalars.contains("\u{2011}") else { return joined }
        var spaced = String.UnicodeScalarView()
        for u in joined.unicodeScalars { spaced.append(u == "-" || u == "\u{2011}" ? " " : u) }
        return String(spaced)
    }

    func text(_ range: Range<Int>, in document: Document) -> String {
        let s = document.span(utf8: words[range.lowerBound].utf8Start, words[range.upperBound - 1].utf8End)
        return String(document.text(of: s))
    }

    private func linkAcronyms(_ chosen: inout [EntityCandidate]) {
        var canonicalOf = [String: String]()
        for (n, c) in chosen.enumerated() where c.type == .organisation && c.range.count > 1 {
            let end = c.range.upperBound
            guard let open = context.word(end), open.text == "(", let a = context.word(end + 1),
                  a.isAllCaps || a.wordClass == .word && a.isCapitalized && a.text.unicodeScalars.filter({ $0.isUppercaseProperty }).count >= 2,
                  let close = context.word(end + 2), close.text == ")" else { continue }
            let long = c.canonical ?? spelled(c.range)
            canonicalOf[a.keyText] = long
            if n + 1 < chosen.count, chosen[n + 1].range == (end + 1)..<(end + 2) {
                if chosen[n + 1].type != .organisation { chosen[n + 1].passes.append(.linkAcronyms) }
                chosen[n + 1].type = .organisation
            } else if n + 1 == chosen.count || chosen[n + 1].range.lowerBound > end + 1 {
                // (DITS): the bracketed acronym of a name is an organisation even when it spells a common word.
                chosen.append(EntityCandidate((end + 1)..<(end + 2), .organisation, rule: .organisationAcronym, priority: EntityPriority.context))
            }
        }
        // (Drees), (RéPAE): an acronym defined after its name is an organisation wherever it comes back.
        var definedAt = [String: Int]()
        chosen.sort { $0.range.lowerBound < $1.range.lowerBound }
        for (n, c) in chosen.enumerated() where c.type == .organisation && c.range.count == 1 && c.rule == .organisationAcronymExpansion {
            let w = words[c.range.lowerBound]
            if definedAt[w.text] == nil { definedAt[w.text] = c.range.lowerBound }
            if canonicalOf[w.keyText] == nil, n > 0, chosen[n - 1].range.upperBound == c.range.lowerBound - 1, chosen[n - 1].type == .organisation {
                canonicalOf[w.keyText] = chosen[n - 1].canonical ?? spelled(chosen[n - 1].range)
            }
        }
        if !definedAt.isEmpty {
            let taken = wordsCovered(by: chosen)
            for i in words.indices where !taken[i] && words[i].wordClass == .word {
                guard let at = definedAt[words[i].text], i > at else { continue }
                chosen.append(EntityCandidate(i..<(i + 1), .organisation, rule: .organisationAcronymRepeated, priority: EntityPriority.context))
            }
        }
        guard !canonicalOf.isEmpty else { return }
        chosen.sort { $0.range.lowerBound < $1.range.lowerBound }
        for n in chosen.indices where chosen[n].range.count == 1 {
            if let long = canonicalOf[words[chosen[n].range.lowerBound].keyText], chosen[n].canonical == nil {
                chosen[n].canonical = long
                chosen[n].passes.append(.linkAcronyms)
            }
        }
    }

    /// Capitalised place nouns alone (`les Plaines`) after a place they head.
    /// Per word, whether one of `chosen` covers it: the words a document-level pass may still tag.
    func wordsCovered(by chosen: [EntityCandidate]) -> [Bool] {
        var covered = [Bool](repeating: false, count: words.count)
        for c in chosen { for p in c.range { covered[p] = true } }
        return covered
    }

    private func addBackReferences(_ chosen: inout [EntityCandidate]) {
        var heads = [String: String]()
        for c in chosen where c.rule == .placeNoun {
            heads[words[c.range.lowerBound].keyText] = spelled(c.range)
        }
        guard !heads.isEmpty else { return }
        let taken = wordsCovered(by: chosen)
        var added = [EntityCandidate]()
        for i in words.indices where !taken[i] {
            let w = words[i]
            guard w.wordClass == .word, w.isCapitalized, !w.sentenceStart, heads[w.keyText] != nil,
                  let prev = context.word(i - 1), Self.headArticles.contains(prev.key) else { continue }
            if let next = context.nextInSentence(i), next.wordClass == .word, next.isCapitalized { continue }
            added.append(EntityCandidate(i..<(i + 1), .location, rule: .placeBackReference, priority: EntityPriority.context))
        }
        if !added.isEmpty {
            chosen.append(contentsOf: added)
            chosen.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
    }

    /// One name, one type: the surest rule's type wins for every mention of the same words.
    private func unifyTypes(_ chosen: inout [EntityCandidate]) {
        var best = [String: (EntityType, Int)]()
        // Each name's key built once (dates have none).
        let keys = chosen.map { $0.type == .date ? "" : key($0) }
        // KERLOUAN in a heading, Kerlouan in the text: capitals written elsewhere in lower case are no acronym.
        var lowerCaseKeys = Set<String>()
        for (n, c) in chosen.enumerated() where c.type != .date && c.range.contains(where: { !words[$0].isAllCaps }) { lowerCaseKeys.insert(keys[n]) }
        for (n, c) in chosen.enumerated() where c.type != .date {
            let k = keys[n]
            if c.rule == .organisationAcronym, lowerCaseKeys.contains(k) { continue }
            if let b = best[k], b.1 >= c.priority { continue }
            best[k] = (c.type, c.priority)
        }
        for n in chosen.indices where chosen[n].type != .date {
            if let b = best[keys[n]], b.0 != chosen[n].type {
                chosen[n].type = b.0
                chosen[n].passes.append(.unifyTypes)
            }
        }
    }

    /// The proper name that ends an organisation's name, alone later, joins it (`Viasna` after
    /// `Centre des droits humains Viasna`).
    private func linkOrganisationNames(_ chosen: inout [EntityCandidate]) {
        var full = [String: String]()
        for c in chosen where c.type == .organisation && c.range.count >= 3 {
            let last = words[c.range.upperBound - 1]
            guard last.wordClass == .word, last.isCapitalized, !last.isAllCaps, !context.isKnown(last), words[c.range.upperBound - 2].isCapitalized == false else { continue }
            // Caisse populaire de Caraquet: a name after `de` is the organisation's place, not its name.
            if Self.deForms.contains(words[c.range.upperBound - 2].key) { continue }
            if full[last.keyText] == nil { full[last.keyText] = c.canonical ?? spelled(c.range) }
        }
        guard !full.isEmpty else { return }
        let taken = wordsCovered(by: chosen)
        var added = [EntityCandidate]()
        for i in words.indices where !taken[i] {
            let w = words[i]
            guard w.wordClass == .word, w.isCapitalized, let name = full[w.keyText] else { continue }
            if let next = context.nextInSentence(i), next.wordClass == .word, next.isCapitalized, w.spaceAfter { continue }
            added.append(EntityCandidate(i..<(i + 1), .organisation, rule: .organisationBackReference, priority: EntityPriority.context, canonical: name))
        }
        if !added.isEmpty {
            chosen.append(contentsOf: added)
            chosen.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
    }

    /// A one-word place or organisation found by its context (`à Couëron`, `l’entreprise Meusinvest`) is the same
    /// name where it comes back without it (`Couëron compte 20 000 habitants`).
    private func repeatSingleNames(_ chosen: inout [EntityCandidate]) {
        var found = [String: EntityType]()
        // Surnames of a role list (`les ministres Dupont et Martin`) are people wherever they come back.
        for c in chosen where c.range.count == 1 && (c.type == .location || c.type == .organisation || c.rule == .personRoleList) && !c.rule.isKnownName {
            let w = words[c.range.lowerBound]
            guard w.wordClass == .word, w.isCapitalized, c.rule == .personRoleList || !context.isCommonLower(w) else { continue }
            if found[w.text] == nil { found[w.text] = c.type }
        }
        guard !found.isEmpty else { return }
        let taken = wordsCovered(by: chosen)
        var added = [EntityCandidate]()
        for i in words.indices where !taken[i] {
            let w = words[i]
            guard w.wordClass == .word, let type = found[w.text] else { continue }
            if let next = context.nextInSentence(i), next.wordClass == .word, next.isCapitalized, w.spaceAfter { continue }
            if let prev = context.word(i - 1), prev.wordClass == .word, prev.isCapitalized, !w.sentenceStart, context.word(i - 1)?.spaceAfter == true,
               !EntityWordGroups.capitalisedArticlesOrElided.contains(prev.form) { continue }
            added.append(EntityCandidate(i..<(i + 1), type, rule: .repeatedSingleName, priority: EntityPriority.context))
        }
        if !added.isEmpty {
            chosen.append(contentsOf: added)
            chosen.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
    }

    /// An unknown capitalised word coordinated with a place is a place: `vers Herstal et Seraing`.
    private func addCoordinatedPlaces(_ chosen: inout [EntityCandidate]) {
        var taken = wordsCovered(by: chosen)
        var added = [EntityCandidate]()
        for c in chosen where c.type == .location && c.rule != .placeNoun {
            // à Lorient, Larmor-Plage et Guidel: commas need a closing `et`/`ou` to make a list.
            var conj = c.range.upperBound
            var rounds = 0
            while rounds < 6, let and = context.nextInSentence(conj - 1), conj + 1 < words.count, !taken[conj + 1] {
                rounds += 1
                let isComma = and.text == ","
                guard Self.listConjunctions.contains(and.key) || isComma else { break }
                // de Tillabéri et de Tahoua, à Caen ou à Bayeux: the same preposition repeated before the next place.
                if !isComma, conj + 2 < words.count, Self.listComplementLinks.contains(words[conj + 1].key),
                   words[conj + 1].keyText == context.word(c.range.lowerBound - 1)?.keyText, !taken[conj + 2] {
                    conj += 1
                }
                let w = words[conj + 1]
                guard w.wordClass == .word, w.isCapitalized, !w.isAllCaps, !w.sentenceStart, context.isNameWord(conj + 1),
                      !context.isCommonLower(w) || isCommaListItem(conj + 1),
                      !context.isFirstName(w), !context.isSurname(w) || context.isProperNoun(w) else { break }
                guard let next = context.nextInSentence(conj + 1) else { if !isComma { added.append(place(conj + 1)) }; break }
                if next.wordClass == .word, next.isCapitalized { break }
                if isComma && !(next.text == "," || Self.listConjunctions.contains(next.key)) { break }
                added.append(place(conj + 1))
                taken[conj + 1] = true
                if !isComma { break }
                conj += 2
            }
            // entre Muret, Portet-sur-Garonne et Colomiers: an unknown name just before a listed place, after a preposition.
            let first = c.range.lowerBound
            if first >= 3, !taken[first - 2], let sep = context.word(first - 1), sep.text == "," || Self.listConjunctions.contains(sep.key),
               !words[first].sentenceStart, !words[first - 1].sentenceStart, Self.listPrepositions.contains(words[first - 3].key) {
                let w = words[first - 2]
                if w.wordClass == .word, w.isCapitalized, !w.isAllCaps, !w.sentenceStart, context.isNameWord(first - 2), !context.isCommonLower(w),
                   !context.isFirstName(w), !context.isSurname(w) || context.isProperNoun(w) {
                    added.append(place(first - 2))
                    taken[first - 2] = true
                }
            }
        }
        if !added.isEmpty {
            chosen.append(contentsOf: added)
            chosen.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
    }

    /// `Montmagny, Mur, Vallamand et …`: a capitalised word between a comma and a comma or `et`, with a capitalised
    /// word after, is an item of the list even when the dictionary knows it in lower case (`mur`).
    private func isCommaListItem(_ i: Int) -> Bool {
        guard context.word(i - 1)?.text == ",", let sep = context.nextInSentence(i), sep.text == "," || Self.listConjunctions.contains(sep.key),
              let n = context.nextInSentence(i + 1) else { return false }
        return n.wordClass == .word && n.isCapitalized && !n.isAllCaps
    }

    /// Words before the first of a list of places: `entre Muret, Portet-sur-Garonne et Colomiers`.
    private static let listPrepositions: FormSet = FormSet(forms: LexicalTables.lines(.entityResolverListPrepositions))

    private func place(_ i: Int) -> EntityCandidate {
        EntityCandidate(i..<(i + 1), .location, rule: .placeCoordinated, priority: EntityPriority.context)
    }

    /// Words before a known place that keep it a place when a person has the same surname (`en Hollande`, `la France`).
    private static let placeLeads: FormSet = FormSet(forms: LexicalTables.lines(.entityPersonPlaceLeads))

    /// `Hollande a dit` once the text named `François Hollande`: a one-word known place that is a person's surname
    /// in this document is the person, unless a preposition or an article makes it a place (`en Hollande`, `à Valence`).
    private func isSurnameNotPlace(_ c: EntityCandidate) -> Bool {
        guard c.type == .location, c.range.count == 1, c.rule.isKnownName else { return false }
        guard let prev = context.word(c.range.lowerBound - 1) else { return true }
        return !Self.placeLeads.contains(prev.key)
    }

    /// `Le Maire a défendu` after `Bruno Le Maire`: a surname that comes back alone keeps the article or particle
    /// of the full name (`Le Pen`, `De Croo`; `le général de Gaulle` after `Charles de Gaulle`). A capitalised
    /// particle comes back capitalised; a lower-case one in either case (`De Gaulle a dit`).
    private func extendParticleSurnames(_ chosen: inout [EntityCandidate]) {
        // The particles before each full name's last word, nearest first (`der`, `von` in `Ursula von der Leyen`).
        var particlesOf = [String: [(key: String, capitalised: Bool)]]()
        for c in chosen where c.type == .person && c.range.count >= 3 {
            var found = [(key: String, capitalised: Bool)]()
            var k = c.range.upperBound - 2
            while k > c.range.lowerBound, found.count < 2, words[k].wordClass == .word || words[k].wordClass == .elision,
                  context.tables.particles.contains(words[k].key) {
                found.append((words[k].keyText, words[k].isCapitalized))
                k -= 1
            }
            if !found.isEmpty { particlesOf[words[c.range.upperBound - 1].keyText] = found }
        }
        guard !particlesOf.isEmpty else { return }
        var taken = wordsCovered(by: chosen)
        for n in chosen.indices where chosen[n].type == .person && chosen[n].range.count == 1 {
            let i = chosen[n].range.lowerBound
            guard let particles = particlesOf[words[i].keyText] else { continue }
            var start = i
            for particle in particles {
                let k = start - 1
                guard k >= 0, !taken[k], words[k].keyText == particle.key, words[k].isCapitalized || !particle.capitalised,
                      words[k].spaceAfter || words[k].wordClass == .elision else { break }
                start = k
            }
            guard start < i else { continue }
            chosen[n].range = start..<(i + 1)
            for k in start..<i { taken[k] = true }
        }
    }

    /// True when the word after `i` is a lower-case verb form or auxiliary (`a`, `estime`, `attaquée`).
    private func isVerbNext(_ i: Int) -> Bool {
        guard let n = context.nextInSentence(i), n.wordClass == .word, !n.isCapitalized else { return false }
        if PersonRecognizer.pairVerbs.contains(n.key) { return true }
        return context.lexicon?.analyses(of: n.text).contains(where: \.isVerb) == true
    }

    /// Surnames alone join the full name; uncovered occurrences of a known surname become mentions.
    private func linkSurnames(_ chosen: inout [EntityCandidate]) {
        var fullName = [String: String]()
        for c in chosen where c.type == .person && c.range.count >= 2 {
            let last = words[c.range.upperBound - 1].keyText
            if fullName[last] == nil { fullName[last] = spelled(c.range) }
        }
        // A surname met only after a title (M. Kalemba) also comes back alone (Kalemba a été arrêté).
        for c in chosen where c.type == .person && c.range.count == 1 && (c.rule == .personTitle || c.rule == .personRole) {
            let w = words[c.range.lowerBound]
            if fullName[w.keyText] == nil, !context.isCommonLower(w) { fullName[w.keyText] = w.text }
        }
        guard !fullName.isEmpty else { return }
        let taken = wordsCovered(by: chosen)
        for n in chosen.indices where chosen[n].range.count == 1 {
            let k = words[chosen[n].range.lowerBound].keyText
            guard let full = fullName[k] else { continue }
            if chosen[n].type == .person || chosen[n].priority <= EntityPriority.context || isSurnameNotPlace(chosen[n]) {
                chosen[n].type = .person
                chosen[n].canonical = full
                chosen[n].passes.append(.linkSurnames)
            }
        }
        var added = [EntityCandidate]()
        for i in words.indices where !taken[i] {
            let w = words[i]
            guard w.wordClass == .word, w.isCapitalized, let full = fullName[w.keyText] else { continue }
            // Berger a expliqué, Borne attaquée par…: a surname spelled like a common word opens a sentence as
            // the subject of a verb.
            if w.sentenceStart && context.isCommonLower(w) && !isVerbNext(i) { continue }
            if let next = context.nextInSentence(i), next.wordClass == .word, next.isCapitalized, w.spaceAfter { continue }
            added.append(EntityCandidate(i..<(i + 1), .person, rule: .personSurnameBackReference, priority: EntityPriority.context, canonical: full))
        }
        if !added.isEmpty {
            chosen.append(contentsOf: added)
            chosen.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
    }
}
