/// Finds organisations by their form.
///
/// - a head noun and its complement: `Conseil des droits de l’homme`, `Organisation mondiale contre la torture`,
///   `ministère de la Justice`, `préfecture du Calvados` (lower-case heads need a proper name in the complement)
/// - a last word that marks an organisation: `Amnesty International`, `Human Rights Watch`, `Frontline Defenders`
/// - an English title: `The New Times`
/// - a quoted name after `le collectif`, `le journal`…: `le collectif "Le Chœur de l’Art"`
/// - an acronym the dictionary does not know: `CCBN`, `FIACAT`
struct OrganisationRecognizer {
    /// Words between an armed group noun and its name (`groupe armé du`), as lookup keys.
    private static let armedGroupDeForms: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgArmedGroupDeForms))
    /// Nouns of an armed group before its adjective (`groupe armé`, `mouvement rebelle`), as lookup keys.
    private static let armedGroupNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgArmedGroupNouns))
    /// English link words inside an organisation's name (`Bank of America`), as written.
    private static let englishLinks: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgEnglishLinks))
    /// Lower-case words kept inside a capitalised organisation name (`Médecins sans frontières`, `Bank of America`), as lookup keys.
    private static let nameInnerLinks: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgNameInnerLinks))
    /// Adjectives of an armed group (`groupe armé`, `mouvement rebelle`), as lookup keys.
    private static let armedAdjectives: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgArmedGroupAdjectives))
    /// Words before a capitalised common noun and a place that is a body (`de Santé Canada`), as lookup keys.
    private static let bodyLeads: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgBodyLeads))
    /// Words introducing a name's complement (`de`, `du`, `des`, `d'`), as lookup keys.
    private static let deForms: FormSet = FormSet(forms: LexicalTables.lines(.entityDeForms))
    let context: EntityContext

    private var words: [Word] { context.words }
    private var tables: EntityTables { context.tables }

    /// Words that end an organisation's complement.
    private static let stops: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgComplementStops))
    private static let connectors: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgConnectors))
    private static let articles: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgArticles))
    /// Words left in lower case inside titles.
    private static let lowerInTitles: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgTitleLowerWords))

    func candidates() -> [EntityCandidate] {
        var out = [EntityCandidate]()
        for i in words.indices {
            let w = words[i]
            if w.text == "(" || w.text == "[" { out += expandedAcronym(at: i) }
            guard w.wordClass == .word else { continue }
            if let c = headNoun(at: i) { out.append(c) }
            if w.isCapitalized, tables.orgSuffixes.contains(w.key), let c = suffixName(endingAt: i) { out.append(c) }
            if w.text == "The", let c = englishTitle(at: i) { out.append(c) }
            if tables.orgGroupNouns.contains(w.key), let c = quotedName(after: i) { out.append(c) }
            if let c = acronym(at: i) { out.append(c) }
            if tables.orgIntroNouns.contains(w.key), !w.isCapitalized || w.isAllCaps, let c = introducedName(after: i) { out.append(c) }
            if tables.legalForms.contains(w.form), let c = legalFormName(endingAt: i) { out.append(c) }
            if w.isCapitalized, let c = pluralTradeName(at: i) { out.append(c) }
            if w.isCapitalized, let c = nounAndPlace(at: i) { out.append(c) }
            if tables.clubPrefixes.contains(w.form), let c = club(at: i) { out.append(c) }
            if let c = armedGroup(at: i) { out.append(c) }
            if w.isCapitalized, tables.mediaTitleHeads[w.form] != nil, let c = mediaTitle(at: i) { out.append(c) }
            if w.isCapitalized, tables.companyNameWords.contains(w.form), let c = companyName(endingAt: i) { out.append(c) }
        }
        return out
    }

    private func headNoun(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard let headCase = tables.orgHeads[w.key] else { return nil }
        let capitalised = w.isCapitalized
        guard capitalised || headCase != .capitalised else { return nil }
        if !capitalised, !lowerCaseHeadOpensName(at: i, headCase) { return nil }
        var j = i + 1
        var last = i
        var lastCapital: Int?
        var steps = 0
        while j < words.count, steps < 20 {
            steps += 1
            let x = words[j]
            // ministère de l’Éducation nationale et de la Jeunesse, Conseil de paix et de sécurité
            if x.keyText == "et", let c = context.word(j + 1), Self.connectors.contains(c.key), last > i,
               !startsAnotherOrganisation(after: j + 1) {
                j += 1
                continue
            }
            // Réseau panafricain pour l’accès à l’eau: `à` after a noun that takes it.
            if capitalised, x.keyText == "à", Self.nounsTakingA.contains(words[last].key), last == j - 1 {
                var k = j + 1
                if let a = context.word(k), Self.articles.contains(a.key) { k += 1 }
                if let n = context.word(k), n.wordClass == .word, !n.isCapitalized, !n.sentenceStart, acceptsComplementWord(k) {
                    last = k; j = k + 1
                    continue
                }
            }
            // Direction de la recherche, des études, de l’évaluation et des statistiques.
            if capitalised, x.text == ",", last > i, complementList(from: j) {
                j += 1
                continue
            }
            if Self.stops.contains(x.key) || x.sentenceStart { break }
            if Self.connectors.contains(x.key) {
                if !capitalised && (x.keyText == "au" || x.keyText == "aux") { break }
                var k = j + 1
                if let a = context.word(k), Self.articles.contains(a.key) { k += 1 }
                guard let n = context.word(k), n.wordClass == .word, acceptsComplementWord(k) else { break }
                if n.isCapitalized { lastCapital = k }
                last = k; j = k + 1
                continue
            }
            // Lyon 2, Paris 8: a short number after a capitalised word.
            if x.isDigits, x.text.utf8.count <= 2, words[j - 1].isCapitalized, j - 1 > i {
                last = j; lastCapital = j; j += 1
                continue
            }
            // la Confédération Alain Berset: a whole name before a person's name ends there.
            if j == i + 1, isWholeName(i), startsPerson(at: j) { break }
            if x.wordClass == .word, acceptsComplementWord(j) {
                if x.isCapitalized {
                    // A capitalised word right after the head only when it is no sentence start of its own.
                    lastCapital = j
                } else if j - 1 > i && words[j - 1].isCapitalized {
                    // Grande instance, Haute autorité: an adjective-like capital before a noun.
                    if !context.isNounOrAdjective(x) { break }
                    // Le Groupe Mutuel estime que…: a verb that opens a clause ends the name.
                    if context.isVerbForm(x), !context.isAdjective(x), let n = context.word(j + 1),
                       Self.clauseOpeners.contains(n.key) || !(Self.connectors.contains(n.key) || n.keyText == "et" || n.isCapitalized) { break }
                } else if !context.isAdjective(x) { break }  // right after a noun, only an adjective: not `… tire la sonnette`
                // … pour l’accès à l’eau alerte l’ONU: a verb form before an article opens a clause.
                else if context.isVerbForm(x), let n = context.word(j + 1), Self.clauseOpeners.contains(n.key), n.keyText != "," { break }
                last = j; j += 1
                continue
            }
            break
        }
        // Conseil d’État vaudois: a demonym after the proper name is not part of it (Nations unies is).
        while last > i, !words[last].isCapitalized, words[last].wordClass == .word, words[last - 1].isCapitalized, last - 1 > i,
              context.isAdjective(words[last]), context.gazetteer.longestMatch(at: last - 1, in: words)?.length != 2 {
            last -= 1
        }
        if let lc = lastCapital, lc > last { lastCapital = last }
        // conseil scientifique de l’OCLE: a body of a named organisation is that organisation.
        if !capitalised, (i + 1...max(i + 1, last)).contains(where: { $0 < words.count && words[$0].isAllCaps && words[$0].text.count >= 2 }) { return nil }
        return headNounCandidate(at: i, last: last, lastCapital: lastCapital)
    }

    /// The candidate of a head noun at `i` whose complement runs to `last` (its last capitalised word at
    /// `lastCapital`): the whole name when the head is capitalised, up to the last proper name when it is not.
    private func headNounCandidate(at i: Int, last: Int, lastCapital: Int?) -> EntityCandidate? {
        let w = words[i]
        let end: Int
        if w.isCapitalized {
            guard last > i else { return nil }
            // At a sentence start the capital says nothing: `Programme de la journée` needs a proper name inside.
            if w.sentenceStart && lastCapital == nil { return nil }
            end = last + 1
        } else {
            guard let lastCapital else { return nil }
            // commission de la Défense de l’Assemblée nationale: a known name keeps its lower-case words.
            if let m = context.gazetteer.longestMatch(at: lastCapital, in: words), lastCapital + m.length - 1 <= last {
                end = lastCapital + m.length
            } else {
                end = lastCapital + 1
            }
            // le conseil de Cédric Jubillar: a body named after a person is that person's, not an organisation.
            if let firstName = (i + 1..<end).first(where: { words[$0].isCapitalized }), startsPerson(at: firstName) { return nil }
        }
        // Fonds pour l’eau potable: a programme (Programme alimentaire mondial, a known body, stays an organisation).
        if tables.programmeHeads.contains(w.key), context.gazetteer.longestMatch(at: i, in: words)?.entry.type != .organisation {
            return NonEntityRecognizer.nonEntity(i..<end, rule: .nonEntityProgramme)
        }
        return EntityCandidate(i..<end, .organisation, rule: .organisationHead, priority: EntityPriority.pattern)
    }

    /// True when a lower-case head may open a name here: `université Lumière Lyon 2` (before a name),
    /// `préfecture du Calvados` (a complement), not `l’association Greenpeace` nor `l’association nigérienne X`.
    private func lowerCaseHeadOpensName(at i: Int, _ headCase: EntityTables.HeadCase) -> Bool {
        guard let first = context.word(i + 1) else { return false }
        if headCase == .beforeName {
            // université Lumière Lyon 2, lycée Victor-Hugo
            guard first.isCapitalized, !first.isAllCaps || context.word(i + 2)?.isCapitalized == true else { return false }
        } else if first.isCapitalized {
            // `l’association Greenpeace`: a common noun before a name is not part of it.
            return false
        } else if first.wordClass == .word, context.isAdjective(first), !context.isVerbOnly(first),
                  let second = context.nextInSentence(i + 1), second.wordClass == .word, second.isCapitalized, !second.isAllCaps {
            // `l’association nigérienne Tatalli Ruwa`: nor are the noun and its adjective.
            return false
        }
        return true
    }

    /// True when the word at `i` is an organisation's whole name: an acronym or a known one-word name.
    private func isWholeName(_ i: Int) -> Bool {
        if words[i].isAllCaps { return true }
        guard let m = context.gazetteer.longestMatch(at: i, in: words) else { return false }
        return m.length == 1 && m.entry.type == .organisation
    }

    /// True when a person's name starts at `j`: a first name and a capitalised word (`Mathilde Panot`).
    private func startsPerson(at j: Int) -> Bool {
        guard let x = context.word(j), x.wordClass == .word, x.spaceAfter, context.isFirstName(x), !x.isAllCaps,
              let n = context.nextInSentence(j), n.wordClass == .word, n.isCapitalized, !n.isAllCaps || n.text.count > 2 else { return false }
        return context.gazetteer.longestMatch(at: j, in: words) == nil
    }

    /// Nouns whose complement starts with `à` inside a name (`pour l’accès à l’eau`).
    private static let nounsTakingA: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgNounsTakingA))
    /// Words that follow a verb opening a clause (`estime que`, `annonce la`).
    private static let clauseOpeners: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgClauseOpeners))

    /// True when the comma at `j` opens a list of complements that closes with `et des …` or is followed by an
    /// acronym in brackets: `, des études, de l’évaluation et des statistiques (Drees)`.
    private func complementList(from j: Int) -> Bool {
        var m = j
        var items = 0
        while items < 6, let comma = context.word(m), comma.text == ",", let c = context.word(m + 1), Self.deForms.contains(c.key) {
            var k = m + 2
            if let a = context.word(k), Self.articles.contains(a.key) { k += 1 }
            var nouns = 0
            while nouns < 3, let n = context.word(k), n.wordClass == .word, !n.isCapitalized || nouns == 0, !n.sentenceStart, acceptsComplementWord(k) {
                k += 1; nouns += 1
            }
            guard nouns > 0 else { return false }
            m = k; items += 1
        }
        guard items > 0, let after = context.word(m) else { return false }
        if after.keyText == "et", let c = context.word(m + 1), Self.deForms.contains(c.key) { return true }
        return after.text == "(" && context.word(m + 1)?.isCapitalized == true && context.word(m + 2)?.text == ")"
    }

    /// `… et du Centre national du livre`: the coordination starts a second organisation.
    private func startsAnotherOrganisation(after connector: Int) -> Bool {
        var k = connector + 1
        if let a = context.word(k), Self.articles.contains(a.key) { k += 1 }
        guard let w = context.word(k) else { return false }
        return w.isCapitalized && tables.orgHeads[w.key] != nil
    }

    private func acceptsComplementWord(_ k: Int) -> Bool {
        let x = words[k]
        guard x.wordClass == .word else { return false }
        if Self.stops.contains(x.key) { return false }
        if tables.months[x.key] != nil || tables.weekdays.contains(x.key) { return false }
        if x.isCapitalized { return !x.sentenceStart }
        return !context.isVerbOnly(x)
    }

    /// Amnesty International, Human Rights Watch, Médecins Sans Frontières.
    private func suffixName(endingAt i: Int) -> EntityCandidate? {
        var start = i
        var k = i - 1
        while k >= 0, i - k <= 5, let w = context.word(k), w.wordClass == .word || w.text == "&", w.spaceAfter {
            if w.isCapitalized && !(w.sentenceStart && context.isCommonLower(w) && k < i - 1) {
                start = k
                if w.sentenceStart { break }
                k -= 1
            } else if Self.nameInnerLinks.contains(w.key) && start == k + 1 {
                k -= 1
            } else {
                break
            }
        }
        guard start < i else { return nil }
        return EntityCandidate(start..<(i + 1), .organisation, rule: .organisationSuffix, priority: EntityPriority.pattern)
    }

    /// The New Times, The Guardian.
    private func englishTitle(at i: Int) -> EntityCandidate? {
        var j = i + 1
        while j < words.count, j - i <= 5, words[j - 1].spaceAfter, words[j].wordClass == .word, words[j].isCapitalized, !words[j].sentenceStart { j += 1 }
        guard j > i + 1 else { return nil }
        return EntityCandidate(i..<j, .organisation, rule: .organisationEnglishTitle, priority: EntityPriority.pattern)
    }

    /// le collectif "Le Chœur de l'Art Mais Rouge".
    private func quotedName(after i: Int) -> EntityCandidate? {
        guard let open = context.word(i + 1), open.wordClass == .quote, let first = context.word(i + 2), first.wordClass == .word, first.isCapitalized else { return nil }
        var j = i + 2
        while j < words.count, j - i <= 12 {
            if words[j].wordClass == .quote {
                let inner = words[(i + 2)..<j].filter { $0.wordClass == .word && !Self.lowerInTitles.contains($0.key) }
                guard inner.filter(\.isCapitalized).count * 2 > inner.count else { return nil }
                return j > i + 2 ? EntityCandidate((i + 2)..<j, .organisation, rule: .organisationQuoted, priority: EntityPriority.pattern) : nil
            }
            if words[j].wordClass == .punctuation && words[j].text != "'" && words[j].text != "-" { return nil }
            j += 1
        }
        return nil
    }

    /// The capitalised name after a group noun: `l’entreprise Meuse-Ourthe Bâtiment SRL`, `le groupe pharmaceutique
    /// Sanofi`, `la coopérative Agropur`, `les éditions Gallimard`. The noun is not part of the name.
    private func introducedName(after i: Int) -> EntityCandidate? {
        var k = i + 1
        // le groupe pharmaceutique Sanofi, le géant américain X: up to two adjectives.
        var adjectives = 0
        while adjectives < 2, let a = context.nextInSentence(k - 1), a.wordClass == .word, !a.isCapitalized,
              context.isAdjective(a), !context.isVerbOnly(a) {
            k += 1; adjectives += 1
        }
        guard let first = context.nextInSentence(k - 1), first.wordClass == .word, first.isCapitalized, context.isNameWord(k),
              !first.isInitial else { return nil }
        guard let end = capitalisedNameEnd(from: k, introduced: true) else { return nil }
        // A known place alone is not a company name: `la société Québec` is rare, `le groupe de Québec` common.
        if let m = context.gazetteer.longestMatch(at: k, in: words), m.entry.type == .location, m.length == end - k { return nil }
        return EntityCandidate(k..<end, .organisation, rule: .organisationIntroduced, priority: EntityPriority.pattern)
    }

    /// The end of a capitalised name from `k`: capitalised words, `&`, short numbers after a capital, `de`/`du`/`des`
    /// before a capital, a legal form (`SRL`, `inc.`); nil when none. After a group noun (`introduced`), a linking
    /// preposition and a lower-case noun that close the clause belong to the name (`le collectif Précaires en lutte a`).
    private func capitalisedNameEnd(from k: Int, introduced: Bool = false) -> Int? {
        var j = k
        var end: Int?
        while j < words.count, j - k < 7 {
            let x = words[j]
            if j > k && x.sentenceStart { break }
            // le groupe LFI Mathilde Panot: a person's name after an acronym or a known name is not part of it.
            if j == k + 1, isWholeName(k), startsPerson(at: j) { break }
            if x.wordClass == .word, x.isCapitalized, context.isNameWord(j) || tables.legalForms.contains(x.form) {
                end = j + 1; j += 1
                if !x.spaceAfter, let n = context.word(j), n.wordClass == .word && n.isCapitalized || n.text == "&" { continue }  // AT&T
                if !x.spaceAfter { break }
                continue
            }
            // Droit au Logement, Médecins pour la Paix; after a group noun also `Précaires en lutte`.
            if let end, end == j, tables.organisationNameLinks.contains(x.key), x.spaceAfter {
                var n = j + 1
                if let a = context.word(n), a.keyText == "la" || a.keyText == "l'" || a.keyText == "le" || a.keyText == "les" { n += 1 }
                if let c = context.word(n), c.wordClass == .word, c.isCapitalized, !c.sentenceStart, context.isNameWord(n), tables.months[c.key] == nil {
                    j = n; continue
                }
                if introduced, n == j + 1, let c = context.word(n), c.wordClass == .word, !c.isCapitalized, context.isNounOrAdjective(c), !context.isVerbOnly(c),
                   closesName(after: n) {
                    return n + 1
                }
            }
            if end != nil, x.wordClass == .word, tables.legalForms.contains(x.form) {
                end = j + 1
                if x.text.first?.isLowercase == true, !x.spaceAfter, let dot = context.word(j + 1), dot.text == "." { end = j + 2 }
                break
            }
            if end != nil, x.text == "&" || x.isDigits && x.text.utf8.count <= 3 && words[j - 1].isCapitalized
                || Self.englishLinks.contains(x.form) && context.nextInSentence(j)?.isCapitalized == true {
                if x.wordClass != .number { j += 1; continue }
                end = j + 1; j += 1; continue
            }
            // Les Amis de la Terre, Médecins du Monde.
            if end != nil, Self.deForms.contains(x.key) {
                var k = j + 1
                if x.keyText == "de", let a = context.word(k), a.keyText == "la" || a.keyText == "l'" { k += 1 }
                if let n = context.word(k), n.wordClass == .word, n.isCapitalized, !n.sentenceStart, context.isNameWord(k), tables.months[n.key] == nil {
                    j = k; continue
                }
            }
            break
        }
        return end
    }

    /// True when the name can end after word `n`: punctuation, the end of the sentence, or a verb or pronoun.
    private func closesName(after n: Int) -> Bool {
        guard let next = context.word(n + 1), !next.sentenceStart else { return true }
        if next.wordClass == .punctuation || next.wordClass == .quote { return true }
        return next.wordClass == .word && (Self.stops.contains(next.key) || context.isVerbOnly(next))
    }

    /// A capitalised plural common noun before an unknown name is a trade name: `Papiers Boréal-Nordique`,
    /// `Transports Dupuis`, `Laboratoires Servier`.
    private func pluralTradeName(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard let lexicon = context.lexicon, w.wordClass == .word, !w.isAllCaps, w.keyText.hasSuffix("s") || w.keyText.hasSuffix("x"),
              tables.orgHeads[w.key] == nil, !tables.placeNouns.contains(w.key), !tables.roles.contains(w.key),
              let next = context.nextInSentence(i), next.wordClass == .word, next.isCapitalized, !next.isAllCaps, w.spaceAfter,
              context.isNameWord(i + 1), !context.isCommonLower(next), !context.isFirstName(next), context.gazetteer.longestMatch(at: i + 1, in: words) == nil else { return nil }
        let a = lexicon.analyses(of: w.text.lowercased())
        // Short plurals (`Ales`) are more often first names; adjectives (`Humains`) qualify what precedes.
        guard !a.isEmpty, a.allSatisfy({ $0.isNoun && $0.number == .plural && !$0.isVerb && !$0.isAdjective && $0.lemma.count >= 5 }) else { return nil }
        if let p = context.word(i - 1), p.wordClass == .word, p.isCapitalized, !w.sentenceStart, !Self.articles.contains(p.key) { return nil }
        guard let end = capitalisedNameEnd(from: i + 1) else { return nil }
        return EntityCandidate(i..<end, .organisation, rule: .organisationPluralTradeName, priority: EntityPriority.pattern)
    }

    /// Words that name a part of a place, not a body: `Sud Liban`, `Nord Cameroun`.
    private static let cardinalPoints: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgCardinalPoints))

    /// A capitalised common noun before a known place is a public body or a company: `Investissement Québec`,
    /// `Santé Canada`, `Tourisme Montréal`, `Emploi Québec`.
    private func nounAndPlace(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard let lexicon = context.lexicon, w.wordClass == .word, w.spaceAfter, let next = context.word(i + 1), next.isCapitalized, !next.sentenceStart,
              let (place, n) = context.gazetteer.longestMatch(at: i + 1, in: words, where: { $0.kind == .country || $0.kind == .region || $0.kind == .city }),
              place.type == .location, !w.isAllCaps, !w.text.utf8.contains(0x2D),
              !Self.cardinalPoints.contains(w.key), tables.orgHeads[w.key] == nil, !tables.placeNouns.contains(w.key),
              !tables.roles.contains(w.key), context.isNameWord(i), context.gazetteer.longestMatch(at: i, in: words) == nil else { return nil }
        let a = lexicon.analyses(of: w.text.lowercased())
        guard !a.isEmpty, a.allSatisfy({ $0.isNoun && !$0.isVerb && !$0.isAdjective }) else { return nil }
        // la Santé Canada is not written; after an article the noun is a common noun: `le Tourisme Québec` is rare.
        if let p = context.word(i - 1), p.wordClass == .word, !p.isCapitalized, !Self.bodyLeads.contains(p.key) {
            return nil
        }
        return EntityCandidate(i..<(i + 1 + n), .organisation, rule: .organisationNounPlace, priority: EntityPriority.pattern)
    }

    /// A sports club: `FC Nantes`, `AS Monaco`, `HC Fribourg-Gottéron`, `RSC Anderlecht`.
    private func club(at i: Int) -> EntityCandidate? {
        guard words[i].spaceAfter, let n = context.nextInSentence(i), n.wordClass == .word, n.isCapitalized, !n.isAllCaps, context.isNameWord(i + 1),
              let end = capitalisedNameEnd(from: i + 1) else { return nil }
        return EntityCandidate(i..<end, .organisation, rule: .organisationClub, priority: EntityPriority.pattern)
    }

    /// A press title: a capitalised article, a title head and a place: `L’Écho de l’Audomarois`, `La Voix du Nord`,
    /// `Le Courrier de l’Ouest`; or a head that stands alone: `Le Progrès`, `Le Télégramme`.
    private func mediaTitle(at i: Int) -> EntityCandidate? {
        guard let article = context.word(i - 1), Self.articles.contains(article.key), article.isCapitalized,
              article.spaceAfter || article.wordClass == .elision, let alone = tables.mediaTitleHeads[words[i].form] else { return nil }
        if let de = context.nextInSentence(i), Self.titleConnectors.contains(de.key), words[i].spaceAfter {
            var k = i + 2
            if let a = context.word(k), Self.articles.contains(a.key) { k += 1 }
            var end = k
            while end < words.count, end - k < 3, words[end].wordClass == .word, words[end].isCapitalized, !words[end].sentenceStart, context.isNameWord(end) {
                end += 1
                if !words[end - 1].spaceAfter { break }
            }
            if end > k { return EntityCandidate((i - 1)..<end, .organisation, rule: .organisationMediaTitle, priority: EntityPriority.pattern + 2) }
        }
        guard alone, context.nextInSentence(i)?.isCapitalized != true else { return nil }
        return EntityCandidate((i - 1)..<(i + 1), .organisation, rule: .organisationMediaTitle, priority: EntityPriority.pattern)
    }

    private static let titleConnectors: FormSet = Self.deForms

    /// A coined capitalised word and a trade word: `Domivia Services`, `Arvalis Logistique`. The first word is
    /// unknown to the dictionary (no common word, first name or surname).
    private func companyName(endingAt i: Int) -> EntityCandidate? {
        guard let w = context.word(i - 1), w.wordClass == .word, w.spaceAfter, w.isCapitalized, !w.isAllCaps, context.isNameWord(i - 1),
              !context.isKnown(w), !w.text.contains("-") else { return nil }
        if let p = context.word(i - 2), p.wordClass == .word, p.isCapitalized, !p.sentenceStart, p.spaceAfter { return nil }
        return EntityCandidate((i - 1)..<(i + 1), .organisation, rule: .organisationCompanyWord, priority: EntityPriority.pattern)
    }

    /// A name before a legal form: `Meuse-Ourthe Bâtiment SRL`, `Boréalis inc.`, `Siemens AG`.
    private func legalFormName(endingAt i: Int) -> EntityCandidate? {
        var start = i
        var k = i - 1
        while k >= 0, i - k <= 5, let w = context.word(k), w.wordClass == .word, w.spaceAfter || w.text.hasSuffix("-") {
            if w.isCapitalized && context.isNameWord(k) && !tables.legalForms.contains(w.form) {
                // At a sentence start a common word is not part of the name: `Selon Boréalis inc.`
                if w.sentenceStart && context.isCommonLower(w) && k < i - 1 { break }
                start = k
                if w.sentenceStart { break }
                k -= 1
            } else if w.text == "&" || Self.deForms.contains(w.key) && start == k + 1 {
                k -= 1
            } else {
                break
            }
        }
        // Les Hortensias de Sarzeau SAS: a capitalised article inside a sentence belongs to the name.
        if start < i, Self.initialsSkipped.contains(words[start].key) {
            let article = Self.articles.contains(words[start].key) && words[start].isCapitalized
            if !(article && !words[start].sentenceStart && start + 1 < i) { start += 1 }
        }
        // Pierres bleues Halleux-Gossiaux SA: lower-case words of the name back to its capitalised first word.
        if start < i, let first = lowerCaseNameStart(before: start) { start = first }
        guard start < i, !Self.initialsSkipped.contains(words[start].key) || words[start].isCapitalized else { return nil }
        var end = i + 1
        if words[i].text.first?.isLowercase == true || ["Inc", "Corp", "Ltd", "Cie"].contains(words[i].text),
           !words[i].spaceAfter, let dot = context.word(i + 1), dot.text == "." { end = i + 2 }
        return EntityCandidate(start..<end, .organisation, rule: .organisationLegalForm, priority: EntityPriority.pattern + 2)
    }

    /// Words skipped when initials are matched against an acronym.
    /// The capitalised first word of a company name whose next words are in lower case, before the capitalised
    /// word at `start`: `Pierres bleues` + `Halleux-Gossiaux SA`, `Transports routiers` + `Dupuis SRL`. At most two
    /// lower-case nouns or adjectives, no function word and no verb; the first word is not a sentence's common opener.
    private func lowerCaseNameStart(before start: Int) -> Int? {
        var k = start - 1
        var lower = 0
        while k >= 0, lower < 3, let w = context.word(k), w.wordClass == .word, w.spaceAfter, !w.isCapitalized, !w.sentenceStart {
            guard !Self.initialsSkipped.contains(w.key), !Self.lowerInTitles.contains(w.key), context.isNounOrAdjective(w),
                  !context.isVerbOnly(w), !tables.orgIntroNouns.contains(w.key) else { return nil }
            lower += 1
            k -= 1
        }
        guard lower >= 1, lower <= 2, let first = context.word(k), first.wordClass == .word, first.spaceAfter, first.isCapitalized, !first.isAllCaps,
              context.isNameWord(k), !Self.initialsSkipped.contains(first.key), tables.orgHeads[first.key] == nil else { return nil }
        if first.sentenceStart { return nil }
        // Only after a word that ends a phrase: `exploitée par Pierres bleues …`, `, Pierres bleues …`.
        guard let before = context.word(k - 1), !before.isCapitalized || before.wordClass != .word else { return nil }
        return k
    }

    private static let initialsSkipped: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgInitialsSkipped))

    /// A name followed by its acronym in brackets, whose initials spell it: `Opérateur de Transport de Wallonie (OTW)`,
    /// `Alerte Littoral Bretagne (ALB)`. Both the name and the acronym are organisations.
    private func expandedAcronym(at i: Int) -> [EntityCandidate] {
        guard let a = context.word(i), a.text == "(" || a.text == "[", let acronym = context.word(i + 1), acronym.wordClass == .word,
              acronym.isAllCaps || acronym.isCapitalized && acronym.text.count <= 8,
              let close = context.word(i + 2), close.text == ")" || close.text == "]" else { return [] }
        // DREES, Drees: every letter; RéPAE: the capitals only.
        let folded = acronym.keyText.map { EntityTables.unaccentedInitial(String($0)) }.joined().uppercased()
        let all = Array(folded.unicodeScalars.filter { $0.properties.isAlphabetic }.map { Character($0) })
        let capitals = Array(acronym.text.unicodeScalars.filter { $0.properties.isUppercase }
            .map { Character(EntityTables.unaccentedInitial(String($0).lowercased()).uppercased()) })
        for letters in [all, capitals] where letters.count >= 2 && letters.count <= 8 {
            if let start = initialsStart(spelling: letters, before: i) {
                // Fonds pour l’eau potable et le traitement des eaux usées (FEPTEU): a programme and its acronym.
                if tables.programmeHeads.contains(words[start].key) {
                    return [NonEntityRecognizer.nonEntity(start..<i, rule: .nonEntityProgramme), NonEntityRecognizer.nonEntity((i + 1)..<(i + 2), rule: .nonEntityProgramme)]
                }
                return [EntityCandidate(start..<i, .organisation, rule: .organisationAcronymExpansion, priority: EntityPriority.pattern + 5),
                        EntityCandidate((i + 1)..<(i + 2), .organisation, rule: .organisationAcronymExpansion, priority: EntityPriority.pattern + 5)]
            }
            if acronym.isAllCaps { break }
        }
        return []
    }

    /// The first word of the name before `i` whose initials spell `letters`, or nil.
    private func initialsStart(spelling letters: [Character], before i: Int) -> Int? {
        var k = i - 1
        var matched = letters.count
        var start: Int?
        while k >= 0, matched > 0, i - k <= 16 {
            let w = words[k]
            if w.text == ",", k < i - 1 { k -= 1; continue }
            guard w.wordClass == .word || w.wordClass == .elision else { break }
            if Self.initialsSkipped.contains(w.key) { k -= 1; continue }
            guard let first = EntityTables.unaccentedInitial(w.keyText).first, Character(first.uppercased()) == letters[matched - 1] else { break }
            matched -= 1
            start = k
            if w.sentenceStart { break }
            k -= 1
        }
        guard matched == 0, let start, words[start].isCapitalized, !Self.initialsSkipped.contains(words[start].key) else { return nil }
        return start
    }

    /// Armed groups named after `groupe armé`, `mouvement rebelle`, `milice`: `le groupe armé M23`, `la milice CODECO`.
    private func armedGroup(at i: Int) -> EntityCandidate? {
        let w = words[i]
        var k: Int
        if w.keyText == "milice" || w.keyText == "milices" || w.keyText == "rébellion" { k = i + 1 }
        else if Self.armedGroupNouns.contains(w.key), let a = context.word(i + 1), Self.armedAdjectives.contains(a.key) { k = i + 2 }
        else { return nil }
        if let d = context.word(k), Self.armedGroupDeForms.contains(d.key) { k += 1 }
        guard let n = context.word(k), n.wordClass == .word, n.isCapitalized, !n.sentenceStart, !context.isCommonLower(n) || n.isAllCaps else { return nil }
        var end = k + 1
        while end < words.count, end - k < 4, words[end - 1].spaceAfter, words[end].wordClass == .word, words[end].isCapitalized, !words[end].sentenceStart { end += 1 }
        return EntityCandidate(k..<end, .organisation, rule: .organisationArmedGroup, priority: EntityPriority.pattern)
    }

    /// CCBN, FIACAT: capitals the dictionary does not know, outside all-capital headlines.
    private func acronym(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.isAllCaps, w.text.count >= 2, w.text.count <= 9, !w.text.hasPrefix("-"), !w.text.hasSuffix("-"),
              w.text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "&" || $0 == "-" }) else { return nil }
        // Louis XIV, article XXI, le XXe siècle: Roman numerals after a name or a numbered noun.
        if Self.romanNumeral(w.text), let prev = context.word(i - 1),
           prev.isCapitalized && !context.isCommonLower(prev) || Self.numberedNouns.contains(prev.key) || w.text.count <= 2 { return nil }
        if context.isCommonLower(w) || context.lexicon?.analyses(of: w.text).isEmpty == false { return nil }
        if tables.nonOrganisationAcronyms.contains(w.form) { return nil }
        for k in [i - 1, i + 1] {
            if let n = context.word(k), n.wordClass == .word, n.isAllCaps, context.isCommonLower(n) { return nil }
        }
        return EntityCandidate(i..<(i + 1), .organisation, rule: .organisationAcronym, priority: EntityPriority.context)
    }

    private static let numberedNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgNumberedNouns))

    private static func romanNumeral(_ s: String) -> Bool {
        s.allSatisfy { "IVXLCDM".contains($0) }
    }
}
