/// Finds people's names. Titles are not part of the name.
///
/// - after an honorific: `M. Volker Türk` → `Volker Türk`, `Mme Delisle` → `Delisle`
/// - after a role: `le maire Labeaume`, `le président bélarussien Alexandre Loukachenko`
/// - after a speech verb: `a déclaré Daniel Bekele`
/// - after a speech verb inverted after a quote: `», déplore Chérif Camara`
/// - a first name from the lexicon and a capitalised word: `Anna Wright`, `Jean-Luc Mélenchon`
/// - initials: `J.-L. Mélenchon`
/// - two capitalised words the dictionary does not know: `Mikalai Statkevich`
/// - names with particles: `Ursula von der Leyen`, `Bachar al-Assad`
/// - a name before an apposition: `Kalemba, secrétaire général de …`
/// - a first name alone: `sa mère, Sophie, …`
/// - a surname from the lexicon where a person is expected: `Macron`
struct PersonRecognizer {
    /// Auxiliaries after a capitalised pair that make it a person's name (`X Y a`, `X Y est`), as lookup keys.
    static let pairVerbs: FormSet = FormSet(forms: LexicalTables.lines(.entityPersonPairVerbs))
    /// Articles before a capitalised pair that is not a person's name (`le`, `des`, `une`), as lookup keys.
    static let pairArticles: FormSet = FormSet(forms: LexicalTables.lines(.entityPersonPairArticles))
    /// Determiners before a role noun (`le maire`, `son ex-`), as lookup keys.
    static let roleDeterminers: FormSet = FormSet(forms: LexicalTables.lines(.entityPersonRoleDeterminers))
    /// Words before a surname that is also a common word where a person is expected (`selon Petit`), as lookup keys.
    static let surnameLeads: FormSet = FormSet(forms: LexicalTables.lines(.entityPersonSurnameLeads))
    /// Auxiliaries before a speech cue's past participle (`a déclaré X`), as lookup keys.
    static let cueAuxiliaries: FormSet = FormSet(forms: LexicalTables.lines(.entityPersonCueAuxiliaries))
    /// Grammatical words that never continue a person's name, capitalised when they open a sentence whose period is
    /// lost (`M. Durand Comme …`, `Ali Barry Pour …`), as lookup keys.
    static let nameStops: FormSet = FormSet(forms: LexicalTables.lines(.entityPersonNameStops))

    /// True when `word` (`Comme`, `Pour`) is one of ``nameStops``: a grammatical word that never ends a person's name.
    static func isNameStop(_ word: String) -> Bool { nameStops.contains(string: LookupKey.make(word)) }
    let context: EntityContext

    var words: [Word] { context.words }
    var tables: EntityTables { context.tables }

    /// The person rules in the order they run at each word, one file each under `Rules/Person/`. After an
    /// exclusive rule found a name at a word, the later rules do not run there.
    static let rules: [(rule: EntityRule, exclusive: Bool)] = [
        (.personTitle, true),
        (.personRole, false),
        (.personSpeechCue, false),
        (.personInvertedSpeechCue, false),
        (.personInitials, true),
        (.personFirstName, true),
        (.personUnknownPair, true),
        (.personThreePart, true),
        (.personParticle, true),
        (.personApposition, true),
        (.personEponym, true),
        (.personFirstNameAlone, true),
        (.personFirstNameHomonym, true),
        (.personSurname, true),
    ]

    /// The rule `rule` at word `i`: a direct call (a closure per rule, read at every word, cost a retain, a release
    /// and a reabstraction thunk per word and rule). Nil when the rule finds nothing there (no array to release).
    func run(_ rule: EntityRule, at i: Int) -> [EntityCandidate]? {
        switch rule {
        case .personTitle: return titleRule(at: i)
        case .personRole: return roleRule(at: i)
        case .personSpeechCue: return speechCueRule(at: i)
        case .personInvertedSpeechCue: return invertedSpeechCueRule(at: i)
        case .personInitials: return initialsRule(at: i)
        case .personFirstName: return firstNameRule(at: i)
        case .personUnknownPair: return unknownPairRule(at: i)
        case .personThreePart: return threePartRule(at: i)
        case .personParticle: return particleRule(at: i)
        case .personApposition: return appositionRule(at: i)
        case .personEponym: return eponymRule(at: i)
        case .personFirstNameAlone: return firstNameAloneRule(at: i)
        case .personFirstNameHomonym: return firstNameHomonymRule(at: i)
        case .personSurname: return surnameRule(at: i)
        default: return nil
        }
    }

    func candidates() -> [EntityCandidate] {
        var out = [EntityCandidate]()
        let rules = Self.rules
        for i in words.indices {
            for rule in rules {
                // (most rules find nothing: nil, where an empty array cost a release per word and rule)
                guard let found = run(rule.rule, at: i), !found.isEmpty else { continue }
                out += found
                if rule.exclusive { break }
            }
        }
        return out
    }

    /// True when the rules that read a capitalised word's own form may run at `i`: a capitalised word that
    /// does not start a known place or organisation.
    func isNameCandidate(_ i: Int) -> Bool {
        let w = words[i]
        return w.wordClass == .word && w.isCapitalized && !isKnownNameStart(i) && !isLabelOrCompound(i)
    }

    /// True for a label in capitals (`RSE`, `DRH`: `la directrice RSE de Danone`) or a word joined by `&` (`B&B
    /// Hotels`, `S&P`): no part of a person's name.
    func isLabelOrCompound(_ i: Int) -> Bool {
        let w = words[i]
        if w.isAllCaps, tables.nonOrganisationAcronyms.contains(w.form) { return true }
        if let p = context.word(i - 1), p.form == Self.ampersand, !p.spaceAfter { return true }
        if let n = context.word(i + 1), n.form == Self.ampersand, !w.spaceAfter { return true }
        return false
    }

    /// The form `&` (a word's text is `&` exactly when its form is this one).
    static let ampersand = FormStore.shared.intern("&")

    /// The end of a role noun at `i` introduced by a determiner (`le maire`, `la secrétaire générale`), or nil.
    func roleEnd(at i: Int, needsDeterminer: Bool = true) -> Int? {
        guard let w = context.word(i), w.wordClass == .word, tables.roleFirstWords.contains(w.key) else { return nil }
        if needsDeterminer {
            guard let d = context.word(i - 1), Self.roleDeterminers.contains(d.key) else { return nil }
        }
        if let w2 = context.word(i + 1), tables.roles.contains(string: w.keyText + " " + w2.keyText) { return i + 2 }
        return tables.roles.contains(w.key) ? i + 1 : nil
    }

    /// True when a known place or organisation starts at `i`.
    func isKnownNameStart(_ i: Int) -> Bool {
        guard let m = context.gazetteer.longestMatch(at: i, in: words) else { return false }
        // A one-word place that is also a first name (Florence, Maurice) yields to a following surname.
        if m.length == 1 && context.isFirstName(words[i]) { return false }
        return true
    }

    /// A capitalised word that the lexicon does not know as a common word (or knows as a name).
    func isUnknownName(_ i: Int) -> Bool {
        guard context.isNameWord(i) else { return false }
        let w = words[i]
        if context.isCommonLower(w) { return false }
        if w.isInitial { return false }
        return true
    }

    func isParticle(_ j: Int) -> Bool {
        guard let w = context.word(j), w.wordClass == .word || w.wordClass == .elision, !w.isCapitalized else { return false }
        return tables.particles.contains(w.key)
    }

    /// A capitalised common word that still starts a name when the next word is unknown to the lexicon and a
    /// person context follows (`qu’Ales Bialiatski, lauréat…`, `Ales Bialiatski doit…`), but not after an
    /// article (`la Coupe Davis`, `le Musée Grévin`).
    func relaxedPairStart(_ i: Int) -> Bool {
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
    func commonFirstNameStart(_ i: Int) -> Int {
        guard !words[i].sentenceStart, let p = context.word(i - 1), p.wordClass == .word, p.isCapitalized, p.spaceAfter, context.isNameWord(i - 1),
              isNounOnly(p), !isKnownNameStart(i - 1), !isDemonymLike(p),
              !(tables.placeNouns.contains(p.key) || tables.orgHeads[p.key] != nil || tables.roles.contains(p.key)) else { return i }
        // Seule Marie Curie avait…: at a sentence start a word that is also an adjective qualifies the name.
        if p.sentenceStart { return context.isAdjective(p) ? i : i - 1 }
        guard let q = context.word(i - 2) else { return i - 1 }
        if q.wordClass == .word, !q.isCapitalized, !EntityContext.functionWords.contains(q.key), context.isNounOrAdjective(q) { return i - 1 }
        if q.wordClass == .punctuation, q.text == "," { return i - 1 }
        return i
    }

    /// True for a capitalised inhabitant's noun (`Toulousain`, `Lyonnais`): `le manager Toulousain Ugo Mola` names
    /// where the manager works, not a first name.
    func isDemonymLike(_ w: Word) -> Bool {
        w.keyText.count >= 6 && tables.demonymSuffixes.contains { w.keyText.hasSuffix($0) }
    }

    /// True when a lower-case noun or adjective precedes `i` (`prix Nobel …`): the name may be a title's complement.
    func afterCommonNoun(_ i: Int) -> Bool {
        guard let prev = context.word(i - 1), prev.wordClass == .word, !prev.isCapitalized, !words[i].sentenceStart else { return false }
        return !EntityContext.functionWords.contains(prev.key) && context.isNounOrAdjective(prev)
    }

    /// True when every dictionary reading of the word in lower case is a noun (`Alpha`, `Mélodie`), not a
    /// preposition, adverb or verb (`Selon`, `Hier`).
    func isNounOnly(_ w: Word) -> Bool {
        guard let lexicon = context.lexicon else { return false }
        let a = lexicon.analyses(of: w.text.lowercased())
        // Papiers, Transports: a plural is a company's head word, not a first name.
        return !a.isEmpty && a.allSatisfy { $0.isNoun && !$0.isVerb && $0.number != .plural }
    }

    /// True for a word with a capital right after a lower-case letter (`SenePlus`, `BeIN`; not `Lestrange-Moury`).
    static func hasInnerCapital(_ w: Word) -> Bool {
        var previousLower = false
        for s in w.text.unicodeScalars {
            if previousLower && s.isUppercaseProperty { return true }
            previousLower = s.isLowercaseProperty
        }
        return false
    }

    /// A capitalised word the lexicon does not know in any form (`Bialiatski`).
    func isUnknownToLexicon(_ i: Int) -> Bool {
        guard context.isNameWord(i), let w = context.word(i), !w.isAllCaps else { return false }
        return context.lexicon != nil && !context.isKnown(w)
    }

    /// The end of a name starting at `k`: capitalised words, particles and initials. `strong` (after an
    /// honorific) accepts any capitalised word; otherwise common words are refused unless `allowCommon`.
    func nameEnd(from k: Int, strong: Bool, allowCommon: Bool = false, afterName: Bool = false) -> Int? {
        var j = k
        var lastName: Int? = afterName ? k - 1 : nil
        var count = 0
        while j < words.count, count < 5 {
            let w = words[j]
            if j > k && w.sentenceStart { break }
            if w.wordClass == .word, w.isCapitalized, context.isNameWord(j) || w.isInitial {
                if isLabelOrCompound(j) { break }
                // a lancé M. Durand Comme chaque année…: a capitalised grammatical word opens a sentence whose period is lost.
                if j > k, Self.nameStops.contains(w.key) { break }
                // FRANÇOIS HOLLANDE RÉPOND: in a line in capitals, a common word ends the name.
                if j > k, w.isAllCaps, context.isCommonLower(w), !context.isFirstName(w), !context.isSurname(w) { break }
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
                // Ibrahima Diallo de SenePlus, Marc Durand de RFI: a name in capitals or with an inner capital is a
                // medium or an organisation, not a particle's surname.
                if let next = context.word(n), next.isCapitalized, context.isNameWord(n), context.gazetteer.longestMatch(at: n, in: words) == nil,
                   !next.isAllCaps, !Self.hasInnerCapital(next) {
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
