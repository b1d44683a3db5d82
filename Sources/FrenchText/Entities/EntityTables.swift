/// The entity tagger's lexical tables, read once from the package's resource files.
final class EntityTables: Sendable {
    static let shared = EntityTables()

    /// Honorifics as written (`M.`, `Mme`, `Dr`).
    let titles: FormSet
    /// Role nouns as keys, one or two words (`maire`, `secrétaire général`).
    let roles: FormSet
    /// The same, as strings, for the two-word roles a rule builds (`secrétaire général`).
    let roleStrings: Set<String>
    /// First words of the roles (`secrétaire` for `secrétaire général`).
    let roleFirstWords: FormSet
    let particles: FormSet
    /// Month keys (`septembre`, `sept`) → number.
    let months: FormMap<Int>
    /// Month abbreviations (`sept`, `janv`), which are dates only with their period: each is the start of a longer
    /// key of the same month in `months.tsv` (`mai`, `août` are whole names).
    let monthAbbreviations: FormSet
    let weekdays: FormSet
    /// Weekday keys → ISO number (1 = lundi … 7 = dimanche).
    let weekdayNumbers: FormMap<Int>
    /// Relative expressions as word-key sequences → (unit, amount).
    let relativeDates: [[String]: (unit: String, amount: Int)]
    /// First word keys of the relative expressions.
    let relativeDateStarts: FormSet
    let yearPrepositions: FormSet
    /// Words read around dates, by role (`date_words.tsv`): `fin` → boundary, `dernier` → past…
    let dateWords: [DateWordRole: FormSet]
    let placeNouns: FormSet
    /// Nouns after which `de X` is a place (`le maire de Gomel`).
    let placeContextNouns: FormSet
    /// How an organisation head noun may be written.
    enum HeadCase: Sendable {
        /// `Conseil des droits de l’homme`: capitalised only.
        case capitalised
        /// `préfecture du Calvados`: also in lower case when the complement holds a proper name.
        case anyCase
        /// `université Lumière Lyon 2`: also in lower case right before a proper name.
        case beforeName
        /// `université de Genève` and `université Laval`: also in lower case, before a complement holding a proper
        /// name or right before a proper name.
        case complementOrName
        /// `parlement wallon`, `parlement européen`: also in lower case right before an adjective of place.
        case beforePlaceAdjective
    }

    /// Organisation head nouns (key) and how they may be written.
    let orgHeads: FormMap<HeadCase>
    let orgSuffixes: FormSet
    let orgGroupNouns: FormSet
    let speechCues: FormSet
    /// Nouns after which a capitalised name is an organisation (`l’entreprise Michelin`), as keys.
    let orgIntroNouns: FormSet
    /// Company legal forms as written (`SRL`, `GmbH`, `inc`).
    let legalForms: FormSet
    /// Place-name extensions as words, longest first (`romande`, `de l'Est`).
    let placeQualifiers: [[String]]
    /// Sports club abbreviations written before the town (`FC`, `AS`, `HC`).
    let clubPrefixes: FormSet
    /// Press title heads as written (`Écho`, `Voix`) → true when the title may stand alone (`Progrès`).
    let mediaTitleHeads: FormMap<Bool>
    /// Words ending a trade name after a coined word, as written (`Services`, `Logistique`).
    let companyNameWords: FormSet
    /// Capitalised words opening a club name before a demonym (`Stade`, `Olympique`).
    let clubNameHeads: FormSet
    /// Endings of demonym adjectives (`ais`, `ois`, `ain`).
    let demonymSuffixes: [String]
    /// Past participles of business verbs, as keys (`racheté`, `licencié`).
    let businessVerbs: FormSet
    /// Prepositions linking the words of an organisation's name, as keys (`au` in `Droit au Logement`).
    let organisationNameLinks: FormSet
    /// Heads of programme, fund, award, competition and storm names, as keys (`fonds`, `prix`, `tempête`).
    let programmeHeads: FormSet
    /// Online platforms, as written (`TikTok`): not organisations.
    let platforms: FormSet
    /// Capitals that name a job, label or unit, as written (`CEO`, `LGBT`, `RSE`): not organisations.
    let nonOrganisationAcronyms: FormSet

    private init() {
        titles = FormSet(forms: Set(LexicalTables.rows(.personTitles).filter { $0.count > 2 && $0[2] == "honorific" }.map { $0[0] }))
        roleStrings = EntityTables.withUnaccentedInitials(Set(LexicalTables.lines(.personRoles).map(LookupKey.make)))
        roles = FormSet(forms: roleStrings)
        roleFirstWords = FormSet(forms: Set(roleStrings.compactMap { $0.split(separator: " ").first.map(String.init) }))
        particles = FormSet(forms: Set(LexicalTables.lines(.nameParticles).map(LookupKey.make)))
        var months = [String: Int]()
        for row in LexicalTables.rows(.months) where row.count >= 2 {
            if let n = Int(row[1]) { months[LookupKey.make(row[0])] = n }
        }
        self.months = FormMap(Dictionary(uniqueKeysWithValues: months.map { (FormStore.shared.intern($0.key), $0.value) }))
        monthAbbreviations = FormSet(forms: months.keys.filter { k in months.contains { $0.value == months[k] && $0.key.count > k.count && $0.key.hasPrefix(k) } })
        var weekdayNumbers = [String: Int]()
        for row in LexicalTables.rows(.weekdays) where row.count >= 2 {
            if let n = Int(row[1]) { weekdayNumbers[LookupKey.make(row[0])] = n }
        }
        self.weekdayNumbers = FormMap(Dictionary(uniqueKeysWithValues: weekdayNumbers.map { (FormStore.shared.intern($0.key), $0.value) }))
        weekdays = FormSet(forms: weekdayNumbers.keys)
        var relative = [[String]: (unit: String, amount: Int)]()
        for row in LexicalTables.rows(.relativeDates) where row.count >= 3 {
            if let n = Int(row[2]) { relative[EntityTables.wordKeys(row[0])] = (row[1], n) }
        }
        relativeDates = relative
        relativeDateStarts = FormSet(forms: Set(relative.keys.compactMap(\.first)))
        var dateWords = [DateWordRole: Set<String>]()
        for row in LexicalTables.rows(.dateWords) where row.count >= 2 {
            if let role = DateWordRole(rawValue: row[1]) { dateWords[role, default: []].insert(LookupKey.make(row[0])) }
        }
        self.dateWords = dateWords.mapValues { FormSet(forms: $0) }
        yearPrepositions = FormSet(forms: Set(LexicalTables.lines(.yearPrepositions).map(LookupKey.make)))
        placeContextNouns = FormSet(forms: Set(LexicalTables.lines(.placeContextNouns).map(LookupKey.make)))
        placeNouns = FormSet(forms: EntityTables.withUnaccentedInitials(Set(LexicalTables.lines(.placeNouns).map(LookupKey.make))))
        var heads = [String: HeadCase]()
        for row in LexicalTables.rows(.orgHeadNouns) where !row.isEmpty {
            heads[LookupKey.make(row[0])] = row.count < 2 ? .capitalised : row[1] == "any" ? .anyCase : row[1] == "name" ? .beforeName : row[1] == "both" ? .complementOrName : row[1] == "demonym" ? .beforePlaceAdjective : .capitalised
        }
        let programmeHeadKeys = Set(LexicalTables.lines(.programmeNouns).map(LookupKey.make))
        programmeHeads = FormSet(forms: programmeHeadKeys)
        // Programme names are read like organisation names, then set aside (``NonEntityRecognizer``).
        for head in programmeHeadKeys where heads[head] == nil { heads[head] = .capitalised }
        for (k, v) in heads { heads[EntityTables.unaccentedInitial(k)] = v }
        orgHeads = FormMap(Dictionary(uniqueKeysWithValues: heads.map { (FormStore.shared.intern($0.key), $0.value) }))
        orgSuffixes = FormSet(forms: Set(LexicalTables.lines(.orgSuffixes).map(LookupKey.make)))
        orgGroupNouns = FormSet(forms: Set(LexicalTables.lines(.orgGroupNouns).map(LookupKey.make)))
        speechCues = FormSet(forms: Set(LexicalTables.lines(.entitySpeechCues).map(LookupKey.make)))
        orgIntroNouns = FormSet(forms: Set(LexicalTables.lines(.orgIntroNouns).map(LookupKey.make)))
        legalForms = FormSet(forms: Set(LexicalTables.lines(.legalForms)))
        clubPrefixes = FormSet(forms: Set(LexicalTables.lines(.clubPrefixes)))
        var media = [String: Bool]()
        for row in LexicalTables.rows(.mediaTitleHeads) where !row.isEmpty { media[row[0]] = row.count > 1 && row[1] == "alone" }
        mediaTitleHeads = FormMap(Dictionary(uniqueKeysWithValues: media.map { (FormStore.shared.intern($0.key), $0.value) }))
        companyNameWords = FormSet(forms: Set(LexicalTables.lines(.companyNameWords)))
        clubNameHeads = FormSet(forms: Set(LexicalTables.lines(.clubNameHeads)))
        demonymSuffixes = LexicalTables.lines(.demonymSuffixes)
        businessVerbs = FormSet(forms: Set(LexicalTables.lines(.businessVerbs).map(LookupKey.make)))
        organisationNameLinks = FormSet(forms: Set(LexicalTables.lines(.organisationNameLinks).map(LookupKey.make)))
        platforms = FormSet(forms: Set(LexicalTables.lines(.platforms)))
        nonOrganisationAcronyms = FormSet(forms: Set(LexicalTables.lines(.nonOrganisationAcronyms)))
        placeQualifiers = LexicalTables.lines(.placeQualifiers).map(EntityTables.words).sorted { $0.count > $1.count }
    }

    /// Splits a name into the tagger's word keys, elided articles apart: `Côte d’Ivoire` → [`côte`, `d'`, `ivoire`].
    static func wordKeys(_ name: String) -> [String] {
        words(name).map(LookupKey.make)
    }

    /// Splits a name into words as the tagger sees them, elided articles apart.
    static func words(_ name: String) -> [String] {
        var out = [String]()
        for part in name.splitScalars(separator: " ") {
            let p = String(part)
            if let n = EntityTables.elisionPrefixLength(p) {
                let utf8 = Array(p.utf8)
                out.append(String(decoding: utf8[0..<n], as: UTF8.self))
                out.append(String(decoding: utf8[n...], as: UTF8.self))
            } else {
                out.append(p)
            }
        }
        return out
    }
}

/// What a word does around a date (the second column of `date_words.tsv`).
enum DateWordRole: String, Sendable, CaseIterable {
    /// Before a month alone, kept in the date: `fin avril`, `début mars`.
    case boundary
    /// Before a month alone, not kept: `en juin`, `depuis mars`.
    case lead
    /// After a date, kept; the date is before the document's: `12 mars dernier`.
    case past
    /// After a date, kept; the date is after the document's: `5 janvier prochain`.
    case future
    /// Before `de` and a month, kept: `mois d’août`.
    case monthNoun = "month-noun"
    /// Between the two ends of a range: `du 5 au 9 mai`.
    case range
    /// Before a yearless numeric date: `le 30/06`.
    case numericLead = "numeric-lead"
    /// Before a number that counts rather than dates: `plus de 2000`.
    case quantity
    /// Before a year: `été 2025`.
    case season
    /// Before a round year: `années 2000`.
    case decade
    /// After a day number, a clock time or a count: `mardi 12 h`.
    case durationUnit = "duration-unit"
    /// A noun numbered in Roman numerals: `article XXI`.
    case numbered
}

extension EntityTables {
    /// True when `key` plays `role` around dates.
    func isDateWord(_ key: FormID, _ role: DateWordRole) -> Bool {
        dateWords[role]?.contains(key) ?? false
    }
}


extension EntityTables {
    /// The key with its first letter unaccented: capitals often lose their accent (`Eglise` for `Église`).
    static func unaccentedInitial(_ key: String) -> String {
        guard let first = key.first, let plain = unaccented[first] else { return key }
        return String(plain) + key.dropFirst()
    }

    /// The keys that `key` may stand for when its capital lost its accent (`etat` → `état`, `ètat`, `êtat`, `ëtat`).
    static func accentedInitialVariants(_ key: String) -> [String] {
        guard let first = key.first else { return [] }
        return unaccented.filter { $0.value == first }.map { String($0.key) + key.dropFirst() }
    }

    /// `set` plus the unaccented-initial form of each key.
    static func withUnaccentedInitials(_ set: Set<String>) -> Set<String> {
        set.union(set.map(unaccentedInitial))
    }

    private static let unaccented: [Character: Character] = [
        "é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a", "î": "i", "ï": "i", "ô": "o", "û": "u", "ù": "u", "ç": "c",
    ]

    /// The UTF-8 length of the elided prefix of a table entry's word (`d’Ivoire` → 4), or nil: the prefix up
    /// to its apostrophe when the word view flags it an elision (``LexicalFlags/elision``).
    static func elisionPrefixLength(_ text: String) -> Int? {
        // Most words hold no apostrophe (' or ’, E2 80 99 in UTF-8): nothing to walk.
        guard hasApostrophe(text) else { return nil }
        var prefix = ""
        var bytes = 0
        for scalar in text.unicodeScalars {
            bytes += String(scalar).utf8.count
            if scalar == "'" || scalar == "\u{2019}" {
                prefix.append("'")
                let store = FormStore.shared
                guard bytes < text.utf8.count, store.lexeme(store.intern(prefix.lowercased())).tableFlags.contains(.elision) else { return nil }
                return bytes
            }
            guard scalar.isAlphabeticProperty, prefix.count < 7 else { return nil }
            prefix.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// True when `text` holds `'` or `’` (a scan of its UTF-8 bytes).
    private static func hasApostrophe(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let b = utf8.next() {
            if b == 0x27 || (b == 0x99 && previous == (0xE2, 0x80)) { return true }
            previous = (previous.1, b)
        }
        return false
    }
}
