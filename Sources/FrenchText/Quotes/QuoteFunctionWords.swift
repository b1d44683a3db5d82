/// Small closed classes of French function words the attribution sieves test, read once from
/// `quote_function_words.tsv` (`group<TAB>word`, keys as ``QuoteLexicon/key(_:)`` writes them).
///
/// ```swift
/// QuoteFunctionWords.definiteArticle.contains("l'")   // true
/// QuoteFunctionWords.demonstrative.contains("cette")  // true
/// ```
enum QuoteFunctionWords {
    /// The groups of the table, by their name in its first column.
    enum Group: String, CaseIterable {
        case adverbialPronoun = "adverbial-pronoun"
        case colonCopula = "colon-copula"
        case comparisonDe = "comparison-de"
        case contractedArticle = "contracted-article"
        case copulaForm = "copula-form"
        case deContracted = "de-contracted"
        case deElided = "de-elided"
        case definiteArticle = "definite-article"
        case demonstrative
        case finiteTag = "finite-tag"
        case lightAdverb = "light-adverb"
        case reflexiveOrNegation = "reflexive-or-negation"
        case sideNoun = "side-noun"
        case singularSubjectPronoun = "singular-subject-pronoun"
        case sourcePreposition = "source-preposition"
    }

    /// Every group's words.
    static let groups: [Group: Set<String>] = {
        var out = [Group: Set<String>]()
        for row in LexicalTables.rows(.quoteFunctionWords) where row.count >= 2 {
            if let group = Group(rawValue: row[0]) { out[group, default: []].insert(row[1]) }
        }
        return out
    }()

    static func words(_ group: Group) -> Set<String> { groups[group] ?? Set() }

    /// `en`, `y` (`« … », en a-t-il dit`).
    static let adverbialPronoun = words(.adverbialPronoun)
    /// Copulas after `du côté de X` that do not end the speaker phrase (`est`, `semble`).
    static let colonCopula = words(.colonCopula)
    /// `comme`, `de`, `d'` before a description (`comme le dit X`).
    static let comparisonDe = words(.comparisonDe)
    /// `au`, `du`.
    static let contractedArticle = words(.contractedArticle)
    /// `est`, `sera`, `était`, `fut`, `sont` opening a title-like fragment's predicate.
    static let copulaForm = words(.copulaForm)
    /// `de`, `du`, `des`.
    static let deContracted = words(.deContracted)
    /// `de`, `d'`.
    static let deElided = words(.deElided)
    /// `le`, `la`, `les`, `l'`.
    static let definiteArticle = words(.definiteArticle)
    /// `ce`, `cet`, `cette`.
    static let demonstrative = words(.demonstrative)
    /// Hunspell's tags of finite verb forms (`ipre`, `ifut`, `cond`…).
    static let finiteTag = words(.finiteTag)
    /// Adverbs between a light verb and its infinitive (`tient aussi à préciser`).
    static let lightAdverb = words(.lightAdverb)
    /// `s'`, `se`, `ne`, `n'`.
    static let reflexiveOrNegation = words(.reflexiveOrNegation)
    /// `part`, `côté` (`de son côté`, `pour sa part`).
    static let sideNoun = words(.sideNoun)
    /// `il`, `elle`, `iel`.
    static let singularSubjectPronoun = words(.singularSubjectPronoun)
    /// `pour`, `selon` (`selon X`, `pour X`).
    static let sourcePreposition = words(.sourcePreposition)
}
