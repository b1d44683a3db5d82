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
        case adverbTag = "adverb-tag"
        case pronounTag = "pronoun-tag"
        case agentPreposition = "agent-preposition"
        case aupresWord = "aupres-word"
        case chezWord = "chez-word"
        case contractedDePlural = "contracted-de-plural"
        case disjunctiveMasculine = "disjunctive-masculine"
        case feminineSubject = "feminine-subject"
        case masculineSubject = "masculine-subject"
        case pourWord = "pour-word"
        case voiceNoun = "voice-noun"
        case adverbialPronoun = "adverbial-pronoun"
        case afterWord = "after-word"
        case articleTakingPreposition = "article-taking-preposition"
        case cleftPronoun = "cleft-pronoun"
        case colonCopula = "colon-copula"
        case comparisonDe = "comparison-de"
        case complementizer
        case complementizerFull = "complementizer-full"
        case contractedArticle = "contracted-article"
        case coordinatingAnd = "coordinating-and"
        case copulaForm = "copula-form"
        case deApostrophe = "de-apostrophe"
        case deContracted = "de-contracted"
        case deElided = "de-elided"
        case deLocutionHead = "de-locution-head"
        case definiteApostrophe = "definite-apostrophe"
        case definiteArticle = "definite-article"
        case demonstrative
        case demonstrativeCeCette = "demonstrative-ce-cette"
        case demonstrativePronounCi = "demonstrative-pronoun-ci"
        case duArticle = "du-article"
        case feminineDefinite = "feminine-definite"
        case feminineDeterminer = "feminine-determiner"
        case finiteTag = "finite-tag"
        case grammaticalWordTag = "grammatical-word-tag"
        case indefiniteSubject = "indefinite-subject"
        case institutionPreposition = "institution-preposition"
        case lightAdverb = "light-adverb"
        case lightVerbTakingA = "light-verb-taking-a"
        case lightVerbTakingDe = "light-verb-taking-de"
        case lightVerbTakingEn = "light-verb-taking-en"
        case prepositionEn = "preposition-en"
        case managementKind = "management-kind"
        case masculineDefinite = "masculine-definite"
        case masculineDeterminer = "masculine-determiner"
        case pastParticipleTag = "past-participle-tag"
        case pluralGroupDeterminer = "plural-group-determiner"
        case presentParticipleTag = "present-participle-tag"
        case reflexiveApostrophe = "reflexive-apostrophe"
        case reflexiveOrNegation = "reflexive-or-negation"
        case reflexivePronoun = "reflexive-pronoun"
        case releaseNoun = "release-noun"
        case selonWord = "selon-word"
        case sideNoun = "side-noun"
        case sideOfNoun = "side-of-noun"
        case singularSubjectPronoun = "singular-subject-pronoun"
        case sourcePreposition = "source-preposition"
    }

    /// Every group's words.
    static let groups: [Group: Set<String>] = {
        var out = [Group: Set<String>]()
        for (name, words) in LexicalTables.groups(.quoteFunctionWords) { if let group = Group(rawValue: name) { out[group] = Set(words) } }
        return out
    }()

    static func words(_ group: Group) -> Set<String> { groups[group] ?? Set() }

    /// `en`, `y` (`« … », en a-t-il dit`).
    static let adverbialPronoun = words(.adverbialPronoun)
    /// Copulas after `du côté de X` that do not end the speaker phrase (`est`, `semble`).
    static let colonCopula = words(.colonCopula)
    /// `c'`, `ce` opening a cleft (`C’est le ministre, X, qui a…`).
    static let cleftPronoun = words(.cleftPronoun)
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
    /// Hunspell's adverb tag (`adv`).
    static let adverbTag = words(.adverbTag)
    /// Hunspell's demonstrative pronoun tag (`prodem`: `cela`, `ceci`, never the verb `celer`).
    static let pronounTag = words(.pronounTag)
    /// `après` of `d’après X`.
    static let afterWord = words(.afterWord)
    /// `à`, `pour`: before an institution only with an article (`éleveur à Redon` is a place).
    static let articleTakingPreposition = words(.articleTakingPreposition)
    /// `que`, `qu'` opening reported speech (`a affirmé que …`).
    static let complementizer = words(.complementizer)
    /// `que` itself (not `qu'`).
    static let complementizerFull = words(.complementizerFull)
    /// `et` coordinating two complements (`des ports et docks`).
    static let coordinatingAnd = words(.coordinatingAnd)
    /// `d'`, the elided `de` (`d’après`, `Giscard d’Estaing`).
    static let deApostrophe = words(.deApostrophe)
    /// Heads of prepositional locutions followed by `de` (`auprès de`, `lors de`, `face à`).
    static let deLocutionHead = words(.deLocutionHead)
    /// `l'`, the elided definite article.
    static let definiteApostrophe = words(.definiteApostrophe)
    /// `ce`, `cette` (not `cet`) before a noun phrase.
    static let demonstrativeCeCette = words(.demonstrativeCeCette)
    /// `celui-ci`, `celle-ci`: the person named last.
    static let demonstrativePronounCi = words(.demonstrativePronounCi)
    /// `du` (`du côté de X`).
    static let duArticle = words(.duArticle)
    /// `la`: a feminine definite article.
    static let feminineDefinite = words(.feminineDefinite)
    /// `la`, `une`, `sa`, `cette`: determiners that state the feminine.
    static let feminineDeterminer = words(.feminineDeterminer)
    /// Hunspell's tag of grammatical words (`mg`: `le`, `selon`, `nous`).
    static let grammaticalWordTag = words(.grammaticalWordTag)
    /// `on`, the indefinite subject pronoun.
    static let indefiniteSubject = words(.indefiniteSubject)
    /// `chez`, `au`: before an institution (`chez Airbus`, `au ministère`).
    static let institutionPreposition = words(.institutionPreposition)
    /// Light verbs whose infinitive follows `à` (`tient à préciser`).
    static let lightVerbTakingA = words(.lightVerbTakingA)
    /// Light verbs whose infinitive follows `de` (`tentait de leur expliquer`).
    static let lightVerbTakingDe = words(.lightVerbTakingDe)
    /// Light verbs whose word of speech follows `en` (`a-t-il mis en garde`).
    static let lightVerbTakingEn = words(.lightVerbTakingEn)
    /// `en`, before the word of speech of a light verb taking it.
    static let enWord = words(.prepositionEn)
    /// The organisation kind `direction`, which names no organisation of its own.
    static let managementKind = words(.managementKind)
    /// `le`: a masculine definite article.
    static let masculineDefinite = words(.masculineDefinite)
    /// `le`, `un`, `ce`: determiners that state the masculine.
    static let masculineDeterminer = words(.masculineDeterminer)
    /// Hunspell's past participle tag (`ppas`).
    static let pastParticipleTag = words(.pastParticipleTag)
    /// `les`, `leurs`, `ses`: a group, never one named person (`les syndicats`).
    static let pluralGroupDeterminer = words(.pluralGroupDeterminer)
    /// Hunspell's present participle tag (`ppre`).
    static let presentParticipleTag = words(.presentParticipleTag)
    /// `s'`, the elided reflexive pronoun (`s’intitule`).
    static let reflexiveApostrophe = words(.reflexiveApostrophe)
    /// `s'`, `se` (`s’est-il adressé`, `se dit-elle`).
    static let reflexivePronoun = words(.reflexivePronoun)
    /// `communiqué`: a written release, whose issuer may speak from farther away.
    static let releaseNoun = words(.releaseNoun)
    /// `selon` (`selon X`).
    static let selonWord = words(.selonWord)
    /// `côté` of `du côté de X`.
    static let sideOfNoun = words(.sideOfNoun)

    /// The one word of a single-word group (`de-apostrophe` → `d'`), for prefix tests and concatenation.
    static func word(_ group: Group) -> String { words(group).first ?? "" }
    /// `d'`.
    static let deApostropheWord = word(.deApostrophe)
    /// `l'`.
    static let definiteApostropheWord = word(.definiteApostrophe)
    /// `s'`.
    static let reflexiveApostropheWord = word(.reflexiveApostrophe)
    /// `chez`.
    static let chezWord = word(.chezWord)
    /// `côté`.
    static let sideOfWord = word(.sideOfNoun)
    /// `du`.
    static let duWord = word(.duArticle)
    /// `selon`.
    static let selonWordKey = word(.selonWord)
    /// `après`.
    static let afterWordKey = word(.afterWord)
    /// `pour`.
    static let pourWord = word(.pourWord)
    /// `on`.
    static let onWord = word(.indefiniteSubject)
    /// `par` (`salué par X`, `par la voix de X`).
    static let agentPrepositionWord = word(.agentPreposition)
    /// `la`.
    static let feminineDefiniteWord = word(.feminineDefinite)
    /// `voix` (`par la voix de X`).
    static let voiceNounWord = word(.voiceNoun)
    /// `auprès` (`auprès du ministère`).
    static let aupresWord = word(.aupresWord)
    /// `du`, `des`: `de` with the article inside.
    static let contractedDePlural = words(.contractedDePlural)
    /// `selon lui` → `il`, `selon elle` → `elle`: a disjunctive pronoun after `selon` and the subject it stands for.
    static let disjunctiveSubject: [String: String] = [word(.disjunctiveMasculine): word(.masculineSubject),
                                                       word(.feminineSubject): word(.feminineSubject)]
}
