/// A head noun and its complement: `Conseil des droits de l’homme`, `ministère de la Justice`, `préfecture du
/// Calvados`, `université Lumière Lyon 2` (lower-case heads need a proper name in the complement).
extension OrganisationRecognizer {
    /// The `organisation-head` rule at word `i`.
    func headNounRule(at i: Int) -> [EntityCandidate]? {
        guard words[i].wordClass == .word, let c = headNoun(at: i) else { return nil }
        return [c]
    }

    /// True when a new phrase starts at `j` (``startsNewPhrase(head:last:at:)``) or a title before a capitalised word
    /// opens a person after the name (`à l’issue du Conseil fédéral M. Durand`).
    func endsBeforePhrase(head i: Int, last: Int, at j: Int) -> Bool {
        if j > i + 1, tables.titles.contains(words[j].form), context.nextInSentence(j)?.isCapitalized == true { return true }
        return startsNewPhrase(head: i, last: last, at: j)
    }

    func headNoun(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard let headCase = tables.orgHeads[w.key] else { return nil }
        let capitalised = w.isCapitalized
        guard capitalised || headCase != .capitalised else { return nil }
        if !capitalised, !lowerCaseHeadOpensName(at: i, headCase) { return nil }
        // le bureau de vote de Ouagadougou: a kind of place or service is no organisation; the place stays a place.
        if opensCommonCompound(at: i) { return nil }
        var j = i + 1
        var last = i
        var lastCapital: Int?
        var steps = 0
        while j < words.count, steps < 20 {
            steps += 1
            let x = words[j]
            // ministère de l’Éducation nationale et de la Jeunesse, Conseil de paix et de sécurité
            if Self.nameCoordinators.contains(x.key), let c = context.word(j + 1), Self.connectors.contains(c.key), last > i,
               !startsAnotherOrganisation(after: j + 1), !isKnownOrganisation(i..<(last + 1)) {
                j += 1
                continue
            }
            // Réseau panafricain pour l’accès à l’eau: `à` after a noun that takes it.
            if capitalised, let k = complementAfterA(at: j, last: last) {
                last = k; j = k + 1
                continue
            }
            // Syndicat national des banques et assurances, Conseil des médecins, dentistes et pharmaciens.
            if capitalised, last > i, let k = coordinatedPluralEnd(at: j, last: last) { last = k; j = k + 1; continue }
            // Direction de la recherche, des études, de l’évaluation et des statistiques.
            if capitalised, x.text == ",", last > i, complementList(from: j) {
                j += 1
                continue
            }
            if Self.stops.contains(x.key) || x.sentenceStart || endsHeadlineName(head: i, at: j) || endsBeforePhrase(head: i, last: last, at: j) { break }
            if Self.connectors.contains(x.key) {
                guard let k = complementAfterConnector(at: j, head: i, capitalised: capitalised, afterName: lastCapital != nil) else { break }
                if words[k].isCapitalized { lastCapital = k }
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
            // Fédération de la santé affiliée à la CSN: a past participle before a preposition opens a clause.
            if x.wordClass == .word, !x.isCapitalized, j > i + 1, isParticipleBeforePreposition(j) { break }
            if x.wordClass == .word, acceptsComplementWord(j) {
                // Parti des peuples africains-Côte d’Ivoire: an adjective joined by a hyphen to a place's name.
                if !x.isCapitalized, isAdjectiveThenName(x) {
                    lastCapital = j; last = j; j += 1
                    continue
                }
                if x.isCapitalized {
                    // A capitalised word right after the head only when it is no sentence start of its own.
                    lastCapital = j
                } else if j - 1 > i && words[j - 1].isCapitalized {
                    // Grande instance, Haute autorité: an adjective-like capital before a noun.
                    if !context.isNounOrAdjective(x) { break }
                    // Laboratoire Provence Canada grâce au Fonds…: a known place is no such capital.
                    if context.gazetteer.longestMatch(at: j - 1, in: words)?.entry.type == .location, !Self.localBodyAdjectives.contains(x.key) { break }
                    // Le Groupe Mutuel estime que…: a verb that opens a clause ends the name.
                    if context.isVerbForm(x), !context.isAdjective(x), let n = context.word(j + 1),
                       Self.clauseOpeners.contains(n.key) || !(Self.connectors.contains(n.key) || Self.nameCoordinators.contains(n.key) || n.isCapitalized) { break }
                } else if !context.isAdjective(x) && !followsPrenominalAdjective(j) { break }  // right after a noun, only an adjective: not `… tire la sonnette`
                // … pour l’accès à l’eau alerte l’ONU: a verb form before an article opens a clause.
                else if context.isVerbForm(x), let n = context.word(j + 1), Self.clauseOpeners.contains(n.key), n.keyText != "," { break }
                last = j; j += 1
                continue
            }
            break
        }
        last = withoutDemonym(head: i, last: last)
        if let lc = lastCapital, lc > last { lastCapital = last }
        // conseil scientifique de l’OCLE: a body of a named organisation is that organisation.
        if !capitalised, (i + 1...max(i + 1, last)).contains(where: { $0 < words.count && words[$0].isAllCaps && words[$0].text.count >= 2 }) { return nil }
        return headNounCandidate(at: i, last: last, lastCapital: lastCapital)
    }

    /// The word after the connector at `j` (and its article) that continues the complement, or nil when the name ends
    /// at `j`. `afterName`: a proper name is already in the complement.
    private func complementAfterConnector(at j: Int, head: Int, capitalised: Bool, afterName: Bool) -> Int? {
        if !capitalised && Self.lowerHeadStops.contains(words[j].key) { return nil }
        var k = j + 1
        if let a = context.word(k), Self.articles.contains(a.key) { k += 1 }
        guard let n = context.word(k), n.wordClass == .word, acceptsComplementWord(k) else { return nil }
        if !n.isCapitalized, !Self.deForms.contains(words[j].key) {
            // Ville de Québec pour l’acquisition…, Conseil d’État au complet: after a proper name, only `de` opens a
            // lower-case complement; another preposition opens the sentence's own complement.
            if afterName { return nil }
            // Parti travailliste aux élections, Collège des médecins au sujet de…: `au`/`aux` belongs to the name
            // only right after its head or a noun that takes `à` (Haut-Commissariat aux droits de l’homme).
            if Self.aConnectors.contains(words[j].key), j - 1 != head, !Self.nounsTakingA.contains(words[j - 1].key) { return nil }
        }
        // Tribunal correctionnel de Genève pour avoir…: after a proper name, an infinitive right after the
        // preposition opens a clause of the sentence.
        if afterName, k == j + 1, !n.isCapitalized, isInfinitive(n) { return nil }
        return k
    }

    /// `… pour l’accès à l’eau`: the lower-case noun after `à` (and its article) at `j` when the word before takes
    /// `à`, or nil.
    private func complementAfterA(at j: Int, last: Int) -> Int? {
        if Self.fieldLinks.contains(words[j].key) { return fieldEnd(at: j, last: last) }
        guard words[j].keyText == "à", Self.nounsTakingA.contains(words[last].key), last == j - 1 else { return nil }
        var k = j + 1
        if let a = context.word(k), Self.articles.contains(a.key) { k += 1 }
        guard let n = context.word(k), n.wordClass == .word, !n.isCapitalized, !n.sentenceStart, acceptsComplementWord(k) else { return nil }
        return k
    }

    /// Adjectives of a local authority's level (`municipal`, `régionale`), as lookup keys.
    static let localBodyAdjectives: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgLocalBodyAdjectives))

    /// Prepositions opening an institution's field inside its name (`en`), as lookup keys.
    static let fieldLinks: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgFieldLinks))

    /// `Institut de recherche en sécurité publique`, `Centre de formation en soins infirmiers`: after a lower-case noun
    /// of the name, `en`, a noun and its adjective that close the name are its field; the adjective's index, or nil.
    /// A state in one noun (`en grève`, `en colère`) is no field.
    private func fieldEnd(at j: Int, last: Int) -> Int? {
        guard last == j - 1, !words[last].isCapitalized, words[j].spaceAfter, let n = context.word(j + 1), let a = context.word(j + 2),
              n.wordClass == .word, a.wordClass == .word, !n.isCapitalized, !a.isCapitalized, !n.sentenceStart, !a.sentenceStart,
              tables.months[n.key] == nil, n.text.count >= 3, context.isNounOrAdjective(n), !context.isVerbForm(n), context.isAdjective(a),
              !context.isVerbForm(a) else { return nil }
        guard let next = context.word(j + 3), !next.sentenceStart, next.wordClass == .word else { return j + 2 }
        return Self.stops.contains(next.key) || context.isVerbForm(next) ? j + 2 : nil
    }

    /// Endings of demonyms that close a lower-case complement (`lausannois`), not those of common adjectives (`humains`).
    private static let complementDemonymEndings = LexicalTables.lines(.entityOrgComplementDemonymEndings)

    /// Conseil d’État vaudois: a demonym after the proper name is not part of it (Nations unies is, and so is a local
    /// authority's level: `Conseil central du Montréal métropolitain`); nor after a lower-case complement of the
    /// name (`Office régional de placement lausannois`: the name's own adjective comes right after its head,
    /// `Région wallonne`); `last` without it.
    private func withoutDemonym(head i: Int, last: Int) -> Int {
        var last = last
        if last > i + 2, words[last].wordClass == .word, !words[last].isCapitalized, words[last - 1].wordClass == .word,
           !words[last - 1].isCapitalized, Self.connectors.contains(words[last - 2].key), context.isAdjective(words[last]),
           Self.complementDemonymEndings.contains(where: { words[last].keyText.hasSuffix($0) }), !Self.localBodyAdjectives.contains(words[last].key) {
            return last - 1
        }
        while last > i, !words[last].isCapitalized, words[last].wordClass == .word, words[last - 1].isCapitalized, last - 1 > i,
              context.isAdjective(words[last]), isDemonymAdjective(words[last]), !Self.localBodyAdjectives.contains(words[last].key),
              context.gazetteer.longestMatch(at: last - 1, in: words)?.length != 2, !Self.stateNameNouns.contains(words[last - 1].key) {
            last -= 1
        }
        return last
    }

    /// The candidate of a head noun at `i` whose complement runs to `last` (its last capitalised word at
    /// `lastCapital`): the whole name when the head is capitalised, up to the last proper name when it is not.
    func headNounCandidate(at i: Int, last: Int, lastCapital: Int?) -> EntityCandidate? {
        let w = words[i]
        var end: Int
        if w.isCapitalized {
            guard last > i else { return nil }
            // l’assemblée du Conseil municipal: a head and a local authority's level alone name every town's body.
            if last == i + 1, lastCapital == nil, Self.localBodyAdjectives.contains(words[last].key), context.knownName(at: i) == nil { return nil }
            // At a sentence start the capital says nothing: `Programme de la journée` needs a proper name inside.
            if w.sentenceStart && lastCapital == nil { return nil }
            end = last + 1
        } else {
            guard let lastCapital else { return portfolioName(at: i) ?? placeAdjectiveName(at: i) }
            // commission de la Défense de l’Assemblée nationale: a known name keeps its lower-case words.
            if let m = context.gazetteer.longestMatch(at: lastCapital, in: words), lastCapital + m.length - 1 <= last {
                end = lastCapital + m.length
            } else {
                end = lastCapital + 1
                // ministère de la Santé publique: an adjective right after the proper name, not one of origin, is kept.
                while end <= last, end - lastCapital <= 2, words[end].wordClass == .word, !words[end].isCapitalized, words[end - 1].spaceAfter,
                      context.isAdjective(words[end]), !context.isVerbOnly(words[end]), !isDemonymAdjective(words[end]) { end += 1 }
            }
            // le conseil de Cédric Jubillar: a body named after a person is that person's, not an organisation.
            if let firstName = (i + 1..<end).first(where: { words[$0].isCapitalized }), startsPerson(at: firstName) { return nil }
            if let first = (i + 1..<end).first(where: { words[$0].isCapitalized }), first > i + 1 {
                let before = words[first - 1]
                // comité exécutif de la Ville de Québec: a body of a named organisation is that organisation.
                if Self.connectors.contains(before.key) || Self.articles.contains(before.key) {
                    if tables.orgHeads[words[first].key] != nil { return nil }
                } else if first == i + 3, Self.deForms.contains(words[i + 1].key), before.wordClass == .word, !before.isCapitalized,
                          context.isNounOrAdjective(before), context.knownName(at: first)?.entry.type != .location, !words[first].text.contains("-") {
                    // agence de presse Belga, groupe de presse Norvexa: the name after the kind is the organisation
                    // (not a place's chamber: `chambre de commerce et d’industrie Aix-Marseille-Provence`).
                    return EntityCandidate(first..<end, .organisation, rule: .organisationHead, priority: EntityPriority.pattern)
                }
            }
        }
        // la Banque africaine de développement prête 10 millions: lower-case words after a known organisation's whole
        // name, with a verb form and no proper name among them, are no part of it (`Parlement fédéral` is).
        if let m = context.gazetteer.longestMatch(at: i, in: words), m.entry.type == .organisation, i + m.length < end,
           !(i + m.length..<end).contains(where: { words[$0].isCapitalized }),
           (i + m.length..<end).contains(where: { context.isVerbForm(words[$0]) }) { end = i + m.length }
        // Fonds pour l’eau potable: a programme (Programme alimentaire mondial, a known body, stays an organisation).
        // Coupe d’Afrique des nations de la CAF: the body that runs it, named last, is an organisation of its own.
        if tables.programmeHeads.contains(w.key), context.gazetteer.longestMatch(at: i, in: words)?.entry.type != .organisation {
            // Coupe de Belgique, Tour de France: a place named last is a place of its own (dev README conventions).
            let cut = organisationNamedLast(in: i..<end) ?? organisationNamedLast(in: i..<end, type: .location)
            return NonEntityRecognizer.nonEntity(i..<(cut ?? end), rule: .nonEntityProgramme)
        }
        // Ligue des champions de l’UEFA: a competition is no organisation (``NonEntityRecognizer``), its body is.
        if w.isCapitalized, NonEntityRecognizer.competitionEnd(at: i, in: words) != nil { return nil }
        return EntityCandidate(headStart(i)..<end, .organisation, rule: .organisationHead, priority: EntityPriority.pattern)
    }

    /// Capitalised adjectives before a capitalised head (`Haut`, `Grande`), as lookup keys.
    static let prenominalAdjectives: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgPrenominalAdjectives))

    /// The start of the name whose head is at `i`: a unit's head noun and `de` before a lower-case head (`brigade de
    /// gendarmerie de Provins`), a capitalised adjective before a capitalised head (`Haut Comité de secours`), else `i`.
    func headStart(_ i: Int) -> Int {
        let w = words[i]
        if !w.isCapitalized, let de = context.word(i - 1), EntityWordGroups.deWord.contains(de.key), de.spaceAfter, let unit = context.word(i - 2),
           unit.wordClass == .word, !unit.isCapitalized, unit.spaceAfter, tables.orgHeads[unit.key] != nil { return i - 2 }
        if w.isCapitalized, !w.sentenceStart, let a = context.word(i - 1), a.wordClass == .word, a.isCapitalized, a.spaceAfter,
           Self.prenominalAdjectives.contains(a.key) { return i - 1 }
        return i
    }

    /// `le parlement wallon fait sa rentrée`: a lower-case head flagged `place` and an adjective of place after it,
    /// or nil.
    func placeAdjectiveName(at i: Int) -> EntityCandidate? {
        guard tables.orgHeads[words[i].key] == .beforePlaceAdjective, let a = context.nextInSentence(i), a.wordClass == .word, !a.isCapitalized,
              words[i].spaceAfter, context.isAdjective(a), isDemonymAdjective(a) else { return nil }
        return EntityCandidate(i..<(i + 2), .organisation, rule: .organisationHead, priority: EntityPriority.pattern)
    }

    /// The index of the `de` before an organisation that ends `range` (`… de la CAF`, `… de l’UEFA`), or before a
    /// known place when `type` is `.location` (`Coupe de Belgique`), or nil.
    func organisationNamedLast(in range: Range<Int>, type: EntityType = .organisation) -> Int? {
        let last = range.upperBound - 1
        var start = last
        if !words[last].isAllCaps || type != .organisation {
            guard let m = (1...3).lazy.compactMap({ n in last - n + 1 > range.lowerBound ? self.context.knownName(at: last - n + 1).flatMap { $0.length == n && $0.entry.type == type ? n : nil } : nil }).first else { return nil }
            start = last - m + 1
        }
        var d = start - 1
        if d > range.lowerBound, Self.articles.contains(words[d].key) { d -= 1 }
        guard d > range.lowerBound, Self.deForms.contains(words[d].key) else { return nil }
        return d
    }

    /// True when a lower-case head may open a name here: `université Lumière Lyon 2` (before a name),
    /// `préfecture du Calvados` (a complement), not `l’association Greenpeace` nor `l’association nigérienne X`.
    func lowerCaseHeadOpensName(at i: Int, _ headCase: EntityTables.HeadCase) -> Bool {
        guard let first = context.word(i + 1) else { return false }
        // Vigie 44, association de défense des usagers: a lower-case head right after a comma, with no article,
        // describes the name before it.
        if i > 0, words[i - 1].form == OrganisationApposition.comma { return false }
        if headCase == .beforeName || headCase == .complementOrName && first.isCapitalized {
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

    /// Head nouns with their complements that name a kind of place or service (`bureau de vote`), as word keys.
    static let commonCompounds: [[FormID]] = LexicalTables.lines(.entityOrgCommonCompounds).map { line in
        EntityTables.wordKeys(line).map { FormStore.shared.intern($0) }
    }

    /// True when the words from `i` spell a head noun's common compound (`bureau de vote`, `bureau de poste`).
    func opensCommonCompound(at i: Int) -> Bool {
        Self.commonCompounds.contains { keys in
            i + keys.count <= words.count && keys.indices.allSatisfy { words[i + $0].key == keys[$0] }
        }
    }

    /// True for a lower-case adjective joined by a hyphen to a capitalised name (`africains-Côte`).
    func isAdjectiveThenName(_ w: Word) -> Bool {
        guard let dash = w.text.firstIndex(of: "-"), let first = w.text[w.text.index(after: dash)...].first, first.isUppercase,
              let lexicon = context.lexicon else { return false }
        return lexicon.analyses(of: String(w.text[..<dash])).contains { $0.isAdjective }
    }

    /// True when the word is a verb's infinitive (the lemma of its verb reading is the word itself: `avoir`, `payer`).
    func isInfinitive(_ w: Word) -> Bool {
        context.lexicon?.analyses(of: w.text).contains { $0.isVerb && $0.lemma == w.text } ?? false
    }

    /// Capitalised nouns naming a state with an adjective of origin, which then stays in the name (`Parlement de la
    /// Communauté française`, `présidence de la République tunisienne`), as lookup keys.
    static let stateNameNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgStateNameNouns))

    /// True for an adjective of origin (`vaudois`, `malienne`): after a proper name it says where the body is, while
    /// other adjectives belong to the name (`ministère de la Santé publique`).
    func isDemonymAdjective(_ w: Word) -> Bool {
        if Self.demonymAdjectives.contains(w.key) { return true }
        // vaudoise, parisienne: the masculine singular lemma carries the ending.
        let forms = [w.keyText] + (context.lexicon?.analyses(of: w.text).map(\.lemma) ?? [])
        return forms.contains { f in f.count >= 5 && tables.demonymSuffixes.contains { f.hasSuffix($0) } }
    }

    /// True when the word before `j` is an adjective right after `de` or an article: `tribunal de grande instance`,
    /// where the noun after the adjective belongs to the complement.
    func followsPrenominalAdjective(_ j: Int) -> Bool {
        guard j >= 2, let a = context.word(j - 1), a.wordClass == .word, !a.isCapitalized, context.isAdjective(a),
              let c = context.word(j - 2), Self.connectors.contains(c.key) || Self.articles.contains(c.key),
              let x = context.word(j), context.isNounOrAdjective(x), !context.isVerbOnly(x) else { return false }
        return true
    }

    /// True when the word at `j` opens a phrase of its own after the name from head `i` to `last`:
    /// - a person's name after a name that already has its complement or is a known organisation
    ///   (`le ministère de la Santé Jean Dupont`, `la Police nationale Marc Trévidic`), not a name's own person
    ///   (`Fondation Jean Jaurès`, `Association des amis de Jean Moulin`);
    /// - `au`/`aux` before a known place or organisation (`la Banque mondiale aux Comores`, `la Cour suprême au
    ///   Canada`), or after a known organisation's whole name (`l’Académie française aux Éditions Gallimard`),
    ///   not a portfolio's complement (`Secrétariat d’État aux Anciens combattants`).
    func startsNewPhrase(head i: Int, last: Int, at j: Int) -> Bool {
        let x = words[j]
        guard x.wordClass == .word, last > i, last == j - 1 else { return false }
        if x.isCapitalized {
            let before = words[last]
            guard before.wordClass == .word, !Self.connectors.contains(before.key), !Self.articles.contains(before.key), startsPerson(at: j) else { return false }
            return (i + 1..<j).contains { Self.connectors.contains(words[$0].key) } || isKnownOrganisation(i..<j)
        }
        guard Self.lowerHeadStops.contains(x.key), let n = context.nextInSentence(j), n.wordClass == .word, n.isCapitalized else { return false }
        if let m = context.knownName(at: j + 1), m.entry.type == .location || m.entry.type == .organisation { return true }
        return isKnownOrganisation(i..<j)
    }

    /// True when the word at `j` is a verb in a line in capitals whose head is at `i`: `LE SYNDICAT SUD SANTÉ DÉNONCE
    /// LA FERMETURE` ends before `DÉNONCE`.
    func endsHeadlineName(head i: Int, at j: Int) -> Bool {
        words[i].isAllCaps && words[j].isAllCaps && j > i + 1 && isVerbInCapitals(words[j])
    }

    /// True when a word in capitals reads, in lower case, as a verb and not as a noun or adjective (`DÉNONCE`).
    func isVerbInCapitals(_ x: Word) -> Bool {
        guard x.wordClass == .word, let lexicon = context.lexicon else { return false }
        let a = lexicon.analyses(of: x.text.lowercased())
        return a.contains { $0.isVerb && !$0.isPastParticiple } && !a.contains { $0.isNoun || $0.isAdjective }
    }

    /// Common nouns heading a body (`gouvernement`, `préfecture`), as lookup keys.
    static let bodyNouns: FormSet = FormSet(forms: LexicalTables.lines(.speakerOrganisationNouns))

    /// The conjunction joining two complements inside one name (`ministère de l’Économie et des Finances`), as lookup keys.
    static let nameCoordinators: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgNameCoordinators))

    /// Contracted `à` forms that end a lower-case head's complement (`l’usine au Havre`), as lookup keys.
    static let lowerHeadStops: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgLowerHeadStops))

    /// Nouns whose complement starts with `à` inside a name (`pour l’accès à l’eau`).
    static let nounsTakingA: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgNounsTakingA))
    /// The connectors contracting `à` (`au`, `aux`), as lookup keys.
    static let aConnectors: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgAConnectors))

    /// Words that follow a verb opening a clause (`estime que`, `annonce la`).
    static let clauseOpeners: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgClauseOpeners))

    /// True when the comma at `j` opens a list of complements that closes with `et des …` or is followed by an
    /// acronym in brackets: `, des études, de l’évaluation et des statistiques (Drees)`.
    func complementList(from j: Int) -> Bool {
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
        if Self.nameCoordinators.contains(after.key), let c = context.word(m + 1), Self.deForms.contains(c.key) { return true }
        return after.text == "(" && context.word(m + 1)?.isCapitalized == true && context.word(m + 2)?.text == ")"
    }

    /// `des banques et assurances`, `des médecins, dentistes et pharmaciens`: bare plural nouns coordinated with the
    /// plural noun of the complement at `last` (`et` at `j`, or a comma list closed by `et`); the last noun, or nil.
    /// A noun after an article or a capital opens another phrase (`des ministres et le gouvernement`).
    func coordinatedPluralEnd(at j: Int, last: Int) -> Int? {
        guard Self.nameCoordinators.contains(words[j].key) || words[j].text == ",", !words[last].isCapitalized, isBarePlural(last) else { return nil }
        var m = j
        var items = 0
        while items < 4, let sep = context.word(m), sep.text == ",", isBarePlural(m + 1) {
            m += 2; items += 1
        }
        guard let and = context.word(m), Self.nameCoordinators.contains(and.key), isBarePlural(m + 1) else { return nil }
        return m + 1
    }

    /// True for a lower-case plural common noun at `k` in the sentence, not a verb form alone (`assurances`, `banques`).
    private func isBarePlural(_ k: Int) -> Bool {
        guard let n = context.word(k), n.wordClass == .word, !n.isCapitalized, !n.sentenceStart, !Self.stops.contains(n.key),
              n.keyText.hasSuffix("s") || n.keyText.hasSuffix("x") else { return false }
        return context.lexicon?.analyses(of: n.text).contains(where: \.isNoun) ?? false
    }

    /// `… et du Centre national du livre`: the coordination starts a second organisation; `… et de vice-président de
    /// l’Association`: a role opens another phrase.
    func startsAnotherOrganisation(after connector: Int) -> Bool {
        var k = connector + 1
        if let a = context.word(k), Self.articles.contains(a.key) { k += 1 }
        guard let w = context.word(k) else { return false }
        if !w.isCapitalized, OrganisationOfficerRole.roles.contains(w.key) || tables.roles.contains(w.key) { return true }
        if w.isCapitalized, context.knownName(at: k)?.entry.type == .organisation { return true }
        // le Parlement fédéral et du gouvernement fédéral: a second body's head noun, in any case, starts its own name.
        return tables.orgHeads[w.key] != nil || !w.isCapitalized && Self.bodyNouns.contains(w.key)
    }

    /// True when words `range` spell a known organisation: a name does not run past it across `et` (`la Banque
    /// mondiale et des Nations unies`, `le Conseil de l’Europe et de la Francophonie`).
    func isKnownOrganisation(_ range: Range<Int>) -> Bool {
        guard let m = context.knownName(at: range.lowerBound) else { return false }
        return m.entry.type == .organisation && m.length == range.count
    }

    /// True when the lower-case word at `j` is a past participle right before a preposition (`affiliée à`, `basée
    /// en`): it opens a clause about the name, not a part of it.
    func isParticipleBeforePreposition(_ j: Int) -> Bool {
        guard let n = context.nextInSentence(j), n.wordClass == .word || n.wordClass == .elision,
              PlaceRecognizer.placePrepositions.contains(n.key), let lexicon = context.lexicon else { return false }
        // (right after a noun or adjective: `des élus à …` is a complement of its own)
        if let p = context.word(j - 1), p.isCapitalized || Self.connectors.contains(p.key) || Self.articles.contains(p.key) { return false }
        return lexicon.analyses(of: words[j].text).contains(where: \.isPastParticiple)
    }
}
