/// The resource tables folded into one map from a lookup key to its ``LexicalFlags`` (and one for
/// the tables read as written), built once, the first time a form is interned.
///
/// ```swift
/// LexicalIndex.shared.flags(form: "Mme", key: "mme").contains(.title)      // true
/// LexicalIndex.shared.flags(form: "lundi", key: "lundi").contains(.weekday) // true
/// ```
struct LexicalIndex: Sendable {
    static let shared = LexicalIndex()

    /// Flags by lookup key.
    private(set) var byKey: [String: LexicalFlags] = [:]
    /// Flags of the tables matched as written (titles, abbreviations, legal forms).
    private(set) var byForm: [String: LexicalFlags] = [:]
    /// Lemmas of speech verbs, reflexive ones without their `se` (`indigner`).
    let cueLemmas: Set<String>

    init() {
        // Reflexive cue verbs are listed with their pronoun (`se féliciter`, `s'indigner`).
        let reflexives = LexicalTables.rows(.pronouns).filter { $0.count > 1 && $0[1] == "reflexive" }.map { LookupKey.make($0[0]) }
        var cues = Set<String>()
        for line in LexicalTables.lines(.cueVerbs) {
            let k = LookupKey.make(line)
            let pronoun = reflexives.first { k.hasPrefix($0.hasSuffix("'") ? $0 : $0 + " ") }
            cues.insert(pronoun.map { String(k.dropFirst($0.hasSuffix("'") ? $0.count : $0.count + 1)) } ?? k)
        }
        cueLemmas = cues
        for c in cues { byKey[c, default: []].insert(.cueVerb) }

        let keyed: [(LexicalTable, LexicalFlags)] = [
            (.cities, .city), (.regions, .region), (.geographicFeatures, .geographicFeature),
            (.speakerOrganisationNouns, .organisationNoun), (.orgHeadNouns, .organisationHead),
            (.orgIntroNouns, .organisationIntro), (.organisationNameWords, .organisationNameWord),
            (.orgSuffixes, .organisationNameWord), (.speakerRoleNouns, .roleNoun), (.personRoles, .roleNoun),
            (.determiners, .determiner), (.prepositions, .preposition), (.pronouns, .pronoun),
            (.speakerPronouns, .subjectPronoun), (.months, .month), (.weekdays, .weekday),
            (.conjunctions, .conjunction), (.nameParticles, .nameParticle), (.documentNouns, .documentNoun),
            (.generalPersonNouns, .generalPersonNoun), (.placeNouns, .placeNoun),
            (.placeContextNouns, .placeContextNoun), (.yearPrepositions, .yearPreposition),
            (.ministryMetonyms, .ministryMetonym), (.orgGroupNouns, .organisationGroupNoun),
            (.entitySpeechCues, .speechCue), (.inversionPronouns, .inversionPronoun),
        ]
        for (table, flag) in keyed {
            for row in LexicalTables.rows(table) { if let first = row.first { addName(first, flag) } }
        }
        for row in LexicalTables.rows(.pronouns) where row.count > 1 && row[1] == "subject" {
            byKey[LookupKey.make(row[0]), default: []].insert(.subjectPronoun)
        }
        for row in LexicalTables.rows(.countriesVariants) { for cell in row.prefix(2) { addName(cell, .country) } }
        for row in LexicalTables.rows(.organisations) {
            for cell in row.prefix(2) where !cell.isEmpty {
                if let first = cell.split(separator: " ").first { byKey[LookupKey.make(first), default: []].insert(.organisationStart) }
            }
        }
        for elided in LexicalTables.lines(.elisions) {
            byKey[elided + "'", default: []].insert(.elision)
        }
        for title in LexicalTables.entries(.personTitles) {
            let bare = title.hasSuffix(".") ? String(title.dropLast()) : title
            byForm[bare, default: []].insert(.title)
            byForm[bare + ".", default: []].insert(.title)
        }
        for abbreviation in LexicalTables.lines(.abbreviations) where abbreviation.hasSuffix(".") {
            byForm[abbreviation, default: []].insert(.abbreviation)
            byForm[FrenchTables.capitalized(abbreviation), default: []].insert(.abbreviation)
        }
        for form in LexicalTables.lines(.legalForms) { byForm[form, default: []].insert(.legalForm) }
    }

    /// A one-word name sets `flag` on its key; a longer one sets the matching start bit on its first word.
    private mutating func addName(_ name: String, _ flag: LexicalFlags) {
        guard !name.isEmpty else { return }
        if !name.containsByte(0x20) {
            byKey[LookupKey.make(name), default: []].insert(flag)
            return
        }
        let words = name.split(separator: " ")
        if words.count == 1 {
            byKey[LookupKey.make(name), default: []].insert(flag)
            return
        }
        let start: LexicalFlags = LexicalFlags.place.contains(flag) ? .placeStart : flag == .roleNoun ? .roleNoun : []
        if !start.isEmpty { byKey[LookupKey.make(words[0]), default: []].insert(start) }
    }

    /// The table bits of a form: by its lookup key, by the key of an inverted pronoun without its
    /// hyphens (`-t-il` → `il`), and by the form as written.
    func flags(form: String, key: String) -> LexicalFlags {
        var flags = byKey[key] ?? []
        if let f = byForm[form] { flags.formUnion(f) }
        if key.hasPrefix("-") {
            let bare = key.hasPrefix("-t-") ? key.dropFirst(3) : key.dropFirst()
            if let f = byKey[String(bare)] { flags.formUnion(f.intersection([.inversionPronoun, .pronoun, .subjectPronoun])) }
        }
        return flags
    }
}
