/// Finds organisations by their form.
///
/// - a head noun and its complement: `Conseil des droits de l’homme`, `Organisation mondiale contre la torture`,
///   `ministère de la Justice`, `préfecture du Calvados` (lower-case heads need a proper name in the complement)
/// - a last word that marks an organisation: `Amnesty International`, `Human Rights Watch`, `Frontline Defenders`
/// - an English title: `The New Times`
/// - a quoted name after `le collectif`, `le journal`…: `le collectif "Le Chœur de l’Art"`
/// - an acronym the dictionary does not know: `CCBN`, `FIACAT`
/// - a website's bare address: `www.lefigaro.fr`
/// - a radio station named by its frequency: `98,5 FM`
/// - a quoted name after a speech verb and an article: `rapporte le «Tagblatt»`
struct OrganisationRecognizer {
    /// English link words inside an organisation's name (`Bank of America`), as written.
    static let englishLinks: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgEnglishLinks))

    /// Lower-case words kept inside a capitalised organisation name (`Médecins sans frontières`, `Bank of America`), as lookup keys.
    static let nameInnerLinks: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgNameInnerLinks))

    /// Words before a capitalised common noun and a place that is a body (`de Santé Canada`), as lookup keys.
    static let bodyLeads: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgBodyLeads))

    /// Words introducing a name's complement (`de`, `du`, `des`, `d'`), as lookup keys.
    static let deForms: FormSet = FormSet(forms: LexicalTables.lines(.entityDeForms))

    let context: EntityContext

    var words: [Word] { context.words }

    var tables: EntityTables { context.tables }

    /// Words that end an organisation's complement.
    static let stops: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgComplementStops))

    static let connectors: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgConnectors))

    static let articles: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgArticles))

    /// Words left in lower case inside titles.
    static let lowerInTitles: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgTitleLowerWords))

    /// The organisation rules in the order they run at each word, one file each under `Rules/Organisation/`.
    static let rules: [EntityRule] = [
        .organisationAcronymExpansion,
        .organisationHead,
        .organisationSuffix,
        .organisationEnglishTitle,
        .organisationQuoted,
        .organisationAcronym,
        .organisationIntroduced,
        .organisationLegalForm,
        .organisationPluralTradeName,
        .organisationNounPlace,
        .organisationClub,
        .organisationArmedGroup,
        .organisationMediaTitle,
        .organisationCompanyWord,
        .organisationState,
        .organisationWebsite,
        .organisationRadioFrequency,
        .organisationQuotedMedium,
    ]

    /// The rule `rule` at word `i`: a direct call (a closure per rule, read at every word, cost a retain, a release
    /// and a reabstraction thunk per word and rule). Nil when the rule finds nothing there (no array to release).
    func run(_ rule: EntityRule, at i: Int) -> [EntityCandidate]? {
        switch rule {
        case .organisationAcronymExpansion: return expandedAcronymRule(at: i)
        case .organisationHead: return headNounRule(at: i)
        case .organisationSuffix: return suffixRule(at: i)
        case .organisationEnglishTitle: return englishTitleRule(at: i)
        case .organisationQuoted: return quotedRule(at: i)
        case .organisationAcronym: return acronymRule(at: i)
        case .organisationIntroduced: return introducedRule(at: i)
        case .organisationLegalForm: return legalFormRule(at: i)
        case .organisationPluralTradeName: return pluralTradeNameRule(at: i)
        case .organisationNounPlace: return nounPlaceRule(at: i)
        case .organisationClub: return clubRule(at: i)
        case .organisationArmedGroup: return armedGroupRule(at: i)
        case .organisationMediaTitle: return mediaTitleRule(at: i)
        case .organisationCompanyWord: return companyWordRule(at: i)
        case .organisationState: return stateRule(at: i)
        case .organisationWebsite: return websiteRule(at: i)
        case .organisationRadioFrequency: return radioFrequencyRule(at: i)
        case .organisationQuotedMedium: return quotedMediumRule(at: i)
        default: return nil
        }
    }

    func candidates() -> [EntityCandidate] {
        var out = [EntityCandidate]()
        let rules = Self.rules
        for i in words.indices {
            for rule in rules {
                // (most rules find nothing: nil, where an empty array cost a release per word and rule)
                if let found = run(rule, at: i), !found.isEmpty { out += found }
            }
        }
        return out
    }

    /// True when the word at `i` is an organisation's whole name: an acronym or a known one-word name.
    func isWholeName(_ i: Int) -> Bool {
        if words[i].isAllCaps { return true }
        guard let m = context.gazetteer.longestMatch(at: i, in: words) else { return false }
        return m.length == 1 && m.entry.type == .organisation
    }

    /// True when a person's name starts at `j`: a first name and a capitalised word (`Mathilde Panot`).
    func startsPerson(at j: Int) -> Bool {
        guard let x = context.word(j), x.wordClass == .word, x.spaceAfter, context.isFirstName(x), !x.isAllCaps,
              let n = context.nextInSentence(j), n.wordClass == .word, n.isCapitalized, !n.isAllCaps || n.text.count > 2 else { return false }
        return context.gazetteer.longestMatch(at: j, in: words) == nil
    }

    func acceptsComplementWord(_ k: Int) -> Bool {
        let x = words[k]
        guard x.wordClass == .word else { return false }
        if Self.stops.contains(x.key) { return false }
        if tables.months[x.key] != nil || tables.weekdays.contains(x.key) { return false }
        if x.isCapitalized { return !x.sentenceStart }
        return !context.isVerbOnly(x)
    }

    /// The end of a capitalised name from `k`: capitalised words, `&`, short numbers after a capital, `de`/`du`/`des`
    /// before a capital, a legal form (`SRL`, `inc.`); nil when none. After a group noun (`introduced`), a linking
    /// preposition and a lower-case noun that close the clause belong to the name (`le collectif Précaires en lutte a`).
    func capitalisedNameEnd(from k: Int, introduced: Bool = false) -> Int? {
        var j = k
        var end: Int?
        while j < words.count, j - k < 7 {
            let x = words[j]
            if j > k && x.sentenceStart { break }
            // SUD SANTÉ DÉNONCE LA FERMETURE: in a line in capitals, a verb ends the name.
            if j > k, x.isAllCaps, isVerbInCapitals(x) { break }
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
                if let a = context.word(n), EntityWordGroups.definiteArticle.contains(a.key) { n += 1 }
                // Amnesty International à Paris, l’Université Laval à Québec: a known place after `à` is where the
                // organisation is, not part of its name.
                let place = context.knownName(at: n).map { $0.entry.type == .location } ?? false
                if let c = context.word(n), c.wordClass == .word, c.isCapitalized, !c.sentenceStart, context.isNameWord(n), tables.months[c.key] == nil, !place {
                    j = n; continue
                }
                // …but not a date: `sa filiale Norlac en mai`.
                if introduced, n == j + 1, let c = context.word(n), c.wordClass == .word, !c.isCapitalized, context.isNounOrAdjective(c), !context.isVerbOnly(c),
                   tables.months[c.key] == nil, !tables.weekdays.contains(c.key),
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
                if EntityWordGroups.deWord.contains(x.key), let a = context.word(k), EntityWordGroups.definiteAfterDe.contains(a.key) { k += 1 }
                if let n = context.word(k), n.wordClass == .word, n.isCapitalized, !n.sentenceStart, context.isNameWord(k), tables.months[n.key] == nil {
                    j = k; continue
                }
            }
            break
        }
        return end
    }

    /// True when the name can end after word `n`: punctuation, the end of the sentence, or a verb or pronoun.
    func closesName(after n: Int) -> Bool {
        guard let next = context.word(n + 1), !next.sentenceStart else { return true }
        if next.wordClass == .punctuation || next.wordClass == .quote { return true }
        return next.wordClass == .word && (Self.stops.contains(next.key) || context.isVerbOnly(next))
    }

    static let initialsSkipped: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgInitialsSkipped))
}
