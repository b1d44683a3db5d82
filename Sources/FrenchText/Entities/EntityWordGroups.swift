/// Small closed classes of French words the entity rules test, read once from `entity_word_groups.tsv`
/// (`group<TAB>word`): lookup keys, compared with ``Word/key``, except the few groups read as written
/// (prefixes and legal forms), compared with ``Word/form`` or with the written text.
///
/// ```swift
/// EntityWordGroups.coordinatingAnd.contains(string: "et")          // true
/// EntityWordGroups.capitalisedArticles.contains(string: "Les")     // true: made in code from `les`
/// EntityWordGroups.capitalisedArticlesOrElided.contains(string: "L’") // true: `’` made in code from `l'`
/// ```
enum EntityWordGroups {
    /// The groups of the table, by their name in its first column.
    enum Group: String, CaseIterable {
        case ageNoun = "age-noun"
        case armedGroupHead = "armed-group-head"
        case articleLe = "article-le"
        case coordinatingAnd = "coordinating-and"
        case deOrDu = "de-or-du"
        case deOrElided = "de-or-elided"
        case deWord = "de-word"
        case definiteAfterDe = "definite-after-de"
        case definiteArticle = "definite-article"
        case definiteElided = "definite-elided"
        case firstDayNumber = "first-day-number"
        case firstDayOrdinalEnding = "first-day-ordinal-ending"
        case firstDayWord = "first-day-word"
        case greaterAreaPrefix = "greater-area-prefix"
        case icuUnknownCity = "icu-unknown-city"
        case legalFormWithPeriod = "legal-form-with-period"
        case midMonthPrefix = "mid-month-prefix"
        case numberedLowerPlaceNoun = "numbered-lower-place-noun"
        case regionPartPrefix = "region-part-prefix"
        case relativeDatePrefix = "relative-date-prefix"
        case roadAdjective = "road-adjective"
        case roadCode = "road-code"
        case roadNoun = "road-noun"
        case saintPrefix = "saint-prefix"
        case yearNoun = "year-noun"
        case yearNounElided = "year-noun-elided"
    }

    /// Every group's entries, in the table's order.
    static let groups: [Group: [String]] = {
        var out = [Group: [String]]()
        for (name, words) in LexicalTables.groups(.entityWordGroups) { if let group = Group(rawValue: name) { out[group] = words } }
        return out
    }()

    /// The entries of `group` as written in the table.
    static func words(_ group: Group) -> [String] { groups[group] ?? [] }

    /// The entries of `group` interned as given (keys for the key groups, written forms for the others).
    static func set(_ group: Group) -> FormSet { FormSet(forms: words(group)) }

    /// Nouns of an armed group named right after them, without an adjective: `la milice Wazalendo`.
    static let armedGroupHead = set(.armedGroupHead)
    /// `ans` after a number in an age apposition (`Florence, 45 ans,`).
    static let ageNoun = set(.ageNoun)
    /// The article `le` before a day (`entre le 1er et le 15 février`, `Paris, le 12 mars`).
    static let articleLe = set(.articleLe)
    /// `et`, linking two dates, names or list items.
    static let coordinatingAnd = set(.coordinatingAnd)
    /// `de`, `du` before a place (`CHU de Brest`, `Saint-Jean-du-Gard`).
    static let deOrDu = set(.deOrDu)
    /// `de`, `d'` before a month or a place (`mois d’août`, `la ville d’Idleb`).
    static let deOrElided = set(.deOrElided)
    /// The preposition `de` alone (`la Commune de 1871`, `Médecins de la Paix`).
    static let deWord = set(.deWord)
    /// The articles read after `de` inside an organisation's name: `Amis de la Terre`, `Ligue de l’enseignement`.
    static let definiteAfterDe = set(.definiteAfterDe)
    /// The definite articles as keys: `le`, `la`, `les`, `l'`.
    static let definiteArticle = set(.definiteArticle)
    /// Hyphen, en dash and em dash as words (`Lorient - Rennes`, `Le Soir – `): one set for every rule that reads them.
    static let dashes: Set<String> = Set("-\u{2013}\u{2014}".map(String.init))
    /// The elided article `l'` (`l’an 2000` written in two words).
    static let definiteElided = set(.definiteElided)
    /// The first day written with its ordinal ending: `1er`, `1ᵉʳ`.
    static let firstDayNumber = set(.firstDayNumber)
    /// The ordinal ending split off the first day: `1 er juillet`.
    static let firstDayOrdinalEnding = set(.firstDayOrdinalEnding)
    /// The first day spelled out: `premier mai`.
    static let firstDayWord = set(.firstDayWord)
    /// What ICU writes in the French name of a time zone's unknown city.
    static let icuUnknownCity = words(.icuUnknownCity)
    /// Legal forms, as written, that may take an abbreviation's period: `Acme Inc.`, `Dupont et Cie.`
    static let legalFormWithPeriod = set(.legalFormWithPeriod)
    /// Prefixes of a month's middle: `mi-mars`.
    static let midMonthPrefix = words(.midMonthPrefix)
    /// Place nouns numbered in lower case: `13e arrondissement`.
    static let numberedLowerPlaceNoun = set(.numberedLowerPlaceNoun)
    /// Prefixes, as written, naming the upper or lower part of a region: `Haut-Valais`, `Basse-Normandie`.
    static let regionPartPrefix = words(.regionPartPrefix)
    /// Key prefixes of a relative date that may come in two words: `aujourd’` + `hui`.
    static let relativeDatePrefix = words(.relativeDatePrefix)
    /// Words, as written, naming a metropolitan area before its town: `Grand Genève`, `Grande Couronne`.
    static let greaterAreaPrefix = set(.greaterAreaPrefix)
    /// Nouns of a numbered road: `autoroute A9`, `route 170`.
    static let roadNoun = set(.roadNoun)
    /// Adjectives of a numbered road's network: `route départementale 123`, `la Nationale 15`.
    static let roadAdjective = set(.roadAdjective)
    /// Letters of a road's code before its number, as lookup keys: `A9`, `RD813`, `N7`.
    static let roadCode = set(.roadCode)
    /// First parts, as written, of a saint's town: `Saint-Nazaire`, `Sainte-Foy`, `St-Malo`.
    static let saintPrefix = set(.saintPrefix)
    /// `an` after `l'` before a year: `l’an 2000`.
    static let yearNoun = set(.yearNoun)
    /// `l'an` as one word before a year.
    static let yearNounElided = set(.yearNounElided)

    /// The capitalised definite articles, made in code from the keys: `Le`, `La`, `Les`.
    static let capitalisedArticles = FormSet(forms: words(.definiteArticle).filter { !$0.hasSuffix("'") }.map(capitalised))
    /// The same with the elided article, in both apostrophes: `Le`, `La`, `Les`, `L'`, `L’`.
    static let capitalisedArticlesOrElided = FormSet(forms: words(.definiteArticle).map(capitalised).flatMap(withTypographicApostrophe))

    /// `key` with its first letter in upper case: `les` → `Les`.
    static func capitalised(_ key: String) -> String { key.prefix(1).uppercased() + key.dropFirst() }

    /// `form` and, when it holds a `'`, the same with `’`.
    static func withTypographicApostrophe(_ form: String) -> [String] {
        form.contains("'") ? [form, String(form.map { $0 == "'" ? "\u{2019}" : $0 })] : [form]
    }
}
