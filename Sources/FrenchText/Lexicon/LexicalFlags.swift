/// What the lexicon and the resource tables know about one word form, as a bit set computed once per
/// interned form (``FormStore``): rules test bits instead of hashing strings.
///
/// Hunspell bits come from the form as written (`Anna` is a first name, `anna` is not) and, for the
/// parts of speech, from its lower-case form too; table bits come from the form's lookup key.
///
/// ```swift
/// FormStore.shared.lexeme(FormStore.shared.intern("Legault")).flags.contains(.surname)   // true
/// FormStore.shared.lexeme(FormStore.shared.intern("mars")).flags.contains(.month)        // true
/// ```
public struct LexicalFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    // Hunspell (Dicollecte `po:` tags)
    /// Hunspell knows the form as written or in lower case.
    public static let known = LexicalFlags(rawValue: 1 << 0)
    /// `po:prn`.
    public static let firstName = LexicalFlags(rawValue: 1 << 1)
    /// `po:patr`.
    public static let surname = LexicalFlags(rawValue: 1 << 2)
    /// `po:npr` (place, organisation, brand…).
    public static let properNoun = LexicalFlags(rawValue: 1 << 3)
    /// A common word (noun, verb, adjective, determiner…) as written or in lower case.
    public static let commonWord = LexicalFlags(rawValue: 1 << 4)
    public static let noun = LexicalFlags(rawValue: 1 << 5)
    public static let verb = LexicalFlags(rawValue: 1 << 6)
    public static let adjective = LexicalFlags(rawValue: 1 << 7)
    public static let pastParticiple = LexicalFlags(rawValue: 1 << 8)

    // Resource tables (by lookup key unless said otherwise)
    /// A city (`cities.txt`).
    public static let city = LexicalFlags(rawValue: 1 << 9)
    /// A country or a variant of one (`countries_variants.tsv`).
    public static let country = LexicalFlags(rawValue: 1 << 10)
    /// A region, province, département (`regions.txt`).
    public static let region = LexicalFlags(rawValue: 1 << 11)
    /// A river, sea, range (`geographic_features.txt`).
    public static let geographicFeature = LexicalFlags(rawValue: 1 << 12)
    /// The first word of a multi-word place (`Côte` of `Côte d'Ivoire`, `Abou` of `Abou Dhabi`).
    public static let placeStart = LexicalFlags(rawValue: 1 << 13)
    /// A noun heading a speaking organisation (`préfecture`, `ministère`).
    public static let organisationNoun = LexicalFlags(rawValue: 1 << 14)
    /// A noun heading an organisation's name (`org_head_nouns.tsv`).
    public static let organisationHead = LexicalFlags(rawValue: 1 << 15)
    /// A noun introducing an organisation's name (`l'entreprise Michelin`).
    public static let organisationIntro = LexicalFlags(rawValue: 1 << 16)
    /// A word marking an organisation name (`organisation_name_words.txt`, `org_suffixes.txt`).
    public static let organisationNameWord = LexicalFlags(rawValue: 1 << 17)
    /// A speech verb (`cue_verbs.txt`): the lemma itself, or with a lexicon any form of it (`déclarait`).
    public static let cueVerb = LexicalFlags(rawValue: 1 << 18)
    /// A title before a name (`M.`, `Mme`, `Dr`), period or not.
    public static let title = LexicalFlags(rawValue: 1 << 19)
    /// A role noun (`ministre`, `porte-parole`, `maire`), or the first word of one (`secrétaire`).
    public static let roleNoun = LexicalFlags(rawValue: 1 << 20)
    public static let determiner = LexicalFlags(rawValue: 1 << 21)
    public static let preposition = LexicalFlags(rawValue: 1 << 22)
    public static let pronoun = LexicalFlags(rawValue: 1 << 23)
    /// A subject pronoun (`il`, `elle`, `iel`).
    public static let subjectPronoun = LexicalFlags(rawValue: 1 << 24)
    /// A month name or abbreviation (`mars`, `sept`).
    public static let month = LexicalFlags(rawValue: 1 << 25)
    public static let weekday = LexicalFlags(rawValue: 1 << 26)
    public static let conjunction = LexicalFlags(rawValue: 1 << 27)
    /// A particle inside a name (`de`, `von`, `al`).
    public static let nameParticle = LexicalFlags(rawValue: 1 << 28)
    /// An elided word (`l'`, `qu'`, `jusqu'`), with or without its apostrophe.
    public static let elision = LexicalFlags(rawValue: 1 << 29)
    /// A document whose author speaks (`rapport`, `communiqué`).
    public static let documentNoun = LexicalFlags(rawValue: 1 << 30)
    /// A general noun for a person (`magistrat`, `manifestante`).
    public static let generalPersonNoun = LexicalFlags(rawValue: 1 << 31)
    /// A common noun heading a place name (`rue`, `place`).
    public static let placeNoun = LexicalFlags(rawValue: 1 << 32)
    /// A noun after which `de X` is a place (`le maire de Gomel`).
    public static let placeContextNoun = LexicalFlags(rawValue: 1 << 33)
    /// A word after which a four-digit number is a year (`en`, `depuis`).
    public static let yearPreposition = LexicalFlags(rawValue: 1 << 34)
    /// An abbreviation that keeps its period (`etc.`, `av.`), as written.
    public static let abbreviation = LexicalFlags(rawValue: 1 << 35)
    /// A company legal form, as written (`SA`, `GmbH`).
    public static let legalForm = LexicalFlags(rawValue: 1 << 36)
    /// A name standing for a ministry (`Bercy`, `Matignon`).
    public static let ministryMetonym = LexicalFlags(rawValue: 1 << 37)
    /// A noun after which a quoted name is an organisation (`le collectif "…"`).
    public static let organisationGroupNoun = LexicalFlags(rawValue: 1 << 38)
    /// A past participle of a speech verb after which a name is a person (`a déclaré X`).
    public static let speechCue = LexicalFlags(rawValue: 1 << 39)
    /// The first word of a well-known organisation's name or acronym (`organisations.tsv`).
    public static let organisationStart = LexicalFlags(rawValue: 1 << 40)
    /// A pronoun after a verb and a hyphen (`-t-il`, `-elle`), by key without the hyphens.
    public static let inversionPronoun = LexicalFlags(rawValue: 1 << 41)

    /// Bits that come from Hunspell alone.
    public static let morphology: LexicalFlags = [.known, .firstName, .surname, .properNoun, .commonWord, .noun, .verb,
                                                  .adjective, .pastParticiple]
    /// Any place bit.
    public static let place: LexicalFlags = [.city, .country, .region, .geographicFeature]
    /// First name, surname or proper noun.
    public static let properName: LexicalFlags = [.firstName, .surname, .properNoun]
}
