/// The tables the participant model and the speaker sieves read: the quote tables (titles, role nouns,
/// pronouns, general person nouns) plus `demonyms.tsv` and the singular determiners of `determiners.tsv`. Loaded once.
///
/// ```swift
/// ParticipantLexicon.shared.demonyms["française"]?.lemma   // "français"
/// ParticipantLexicon.shared.determiners["la"]?.gender      // .female
/// ```
struct ParticipantLexicon: Sendable {
    struct Demonym: Sendable, Hashable {
        let lemma: String
        let gender: SpeakerGender
    }

    struct Determiner: Sendable, Hashable {
        enum Kind: String, Sendable { case definite, indefinite, possessive, demonstrative }
        let gender: SpeakerGender
        let kind: Kind
    }

    let quotes: QuoteLexicon
    /// Lookup key of a demonym (`française`) → its masculine lemma and gender.
    let demonyms: [String: Demonym]
    /// Lookup key of a singular determiner (`la`, `l'`, `son`) → gender and kind.
    let determiners: [String: Determiner]
    /// The same keyed by the interned key (``Word/key``): the participant model asks at every token.
    let determinerIDs: FormMap<Determiner>

    static let shared = ParticipantLexicon()

    init(quotes: QuoteLexicon = .shared) {
        self.quotes = quotes
        var demonyms = [String: Demonym]()
        for row in LexicalTables.rows(.demonyms) where row.count >= 3 {
            let gender: SpeakerGender = row[2] == "male" ? .male : row[2] == "female" ? .female : .unknown
            demonyms[LookupKey.make(row[0])] = Demonym(lemma: LookupKey.make(row[1]), gender: gender)
        }
        self.demonyms = demonyms
        var determiners = [String: Determiner]()
        // (determiner, kind, gender, number): the singular ones that can open a description of one person
        for row in LexicalTables.rows(.determiners) where row.count >= 4 && row[3] == "singular" {
            guard let kind = Determiner.Kind(rawValue: row[1]) else { continue }
            let gender: SpeakerGender = row[2] == "feminine" ? .female : row[2] == "masculine" ? .male : .unknown
            determiners[LookupKey.make(row[0])] = Determiner(gender: gender, kind: kind)
        }
        self.determiners = determiners
        let store = FormStore.shared
        determinerIDs = FormMap(Dictionary(uniqueKeysWithValues: determiners.map { (store.intern($0.key), $0.value) }))
    }

    /// The gender a title states (`Mme` → female), the period optional; nil when `key` is no title.
    func titleGender(_ key: String) -> SpeakerGender? {
        quotes.titles[key.hasSuffix(".") ? String(key.dropLast()) : key]
    }

    /// The role noun's lemma and gender (`présidente` → `président`, female), also for a person noun
    /// of `general_person_nouns.txt` (`homme`, `magistrat`).
    func roleNoun(_ key: String) -> (lemma: String, gender: SpeakerGender?)? {
        if let r = quotes.roleNouns[key] { return (r.lemma, r.genderless ? nil : r.gender) }
        if quotes.generalPersonNouns.contains(key) { return (key, nil) }
        return nil
    }
}
