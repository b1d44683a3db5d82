/// The lexical tables the quote extractor reads, loaded once from the embedded resources
/// (`cue_verbs.txt`, `speaker_role_nouns.tsv`, `speaker_organisation_nouns.txt`,
/// `organisation_name_words.txt`, `person_titles.tsv`, `speaker_pronouns.tsv`).
///
/// Keys are lower-cased with ’ folded to ' (see ``QuoteLexicon/key(_:)``).
///
/// ```swift
/// QuoteLexicon.shared.cueLemmas.contains("déclarer")        // true
/// QuoteLexicon.shared.roleNouns["présidente"]?.gender        // .female
/// ```
struct QuoteLexicon: Sendable {
    struct RoleNoun: Sendable, Hashable {
        /// Lemma shared by the masculine and feminine forms (`président`).
        let lemma: String
        /// `.female`/`.male` from the form; nil when the determiner decides (epicene).
        let gender: SpeakerGender?
        /// True when the noun's gender says nothing about the person (`un membre`).
        let genderless: Bool
    }

    /// Lemmas of speech verbs, reflexive ones without their `se` (`indigner`).
    let cueLemmas: Set<String>
    /// Lemmas of verbs used reflexively only as cues (`indigner`, `féliciter`).
    let reflexiveCueLemmas: Set<String>
    let roleNouns: [String: RoleNoun]
    let organisationNouns: Set<String>
    /// Lower-cased words marking an organisation name (`international`, `watch`).
    let organisationNameWords: Set<String>
    /// Documents whose author speaks (`rapport`, `communiqué`).
    let documentNouns: Set<String>
    /// Lemmas of general descriptions (`magistrat`, `femme`) that can describe anyone named before.
    let generalPersonNouns: Set<String>
    /// Lower-cased titles without their period (`m`, `mme`, `dr`) → gender they state.
    let titles: [String: SpeakerGender]
    /// The keys of ``titles`` as form ids (``FormStore/shared``).
    let titleKeys: FormSet
    /// Subject pronouns → gender.
    let pronouns: [String: SpeakerGender]

    static let shared = QuoteLexicon()

    init() {
        var cues = Set<String>(), reflexive = Set<String>()
        for line in LexicalTables.lines(.cueVerbs) {
            let k = Self.key(line)
            if k.hasPrefix("se ") { let v = String(k.dropFirst(3)); cues.insert(v); reflexive.insert(v) }
            else if k.hasPrefix(QuoteFunctionWords.reflexiveApostropheWord) { let v = String(k.dropFirst(QuoteFunctionWords.reflexiveApostropheWord.count)); cues.insert(v); reflexive.insert(v) }
            else { cues.insert(k) }
        }
        cueLemmas = cues
        reflexiveCueLemmas = reflexive

        var roles = [String: RoleNoun]()
        for row in LexicalTables.rows(.speakerRoleNouns) where row.count >= 3 {
            let gender: SpeakerGender? = row[2] == "male" ? .male : row[2] == "female" ? .female : nil
            roles[Self.key(row[0])] = RoleNoun(lemma: Self.key(row[1]), gender: gender, genderless: row[2] == "unknown")
        }
        // (`l’ex-ministre`, `la co-présidente`: the role with a prefix, its lemma and gender)
        for prefix in LexicalTables.lines(.speakerRolePrefixes).map(Self.key) {
            for (form, role) in roles where !form.contains("-") && roles[prefix + form] == nil { roles[prefix + form] = role }
        }
        roleNouns = roles
        documentNouns = Set(LexicalTables.lines(.documentNouns).map(Self.key))
        generalPersonNouns = Set(LexicalTables.lines(.generalPersonNouns).map(Self.key))
        organisationNouns = Set(LexicalTables.lines(.speakerOrganisationNouns).map(Self.key))
        organisationNameWords = Set(LexicalTables.lines(.organisationNameWords).map(Self.key))

        var titles = [String: SpeakerGender]()
        for row in LexicalTables.rows(.personTitles) where row.count >= 2 {
            var k = Self.key(row[0])
            if k.hasSuffix(".") { k.removeLast() }
            titles[k] = SpeakerGender(rawValue: row[1]) ?? .unknown
        }
        self.titles = titles
        titleKeys = FormSet(ids: Set(titles.keys.map { FormStore.shared.intern($0) }))
        var pronouns = [String: SpeakerGender]()
        for row in LexicalTables.rows(.speakerPronouns) where row.count >= 2 {
            pronouns[Self.key(row[0])] = SpeakerGender(rawValue: row[1]) ?? .unknown
        }
        self.pronouns = pronouns
    }

    /// Lookup key (the shared ``LookupKey``).
    static func key<S: StringProtocol>(_ s: S) -> String { LookupKey.make(s) }
}
