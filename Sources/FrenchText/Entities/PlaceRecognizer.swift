/// Finds places by their form (known countries, regions and cities come from ``KnownNameRecognizer``).
///
/// - a place noun and a proper name: `rue Saint-Pierre`, `place Bouchard`, `plaines d’Abraham`, `l’Eglise Saint-Pierre`
/// - an unknown capitalised word after `à`, `en`, `dans`, `vers`: `à Gomel`, `en Ituri`
struct PlaceRecognizer {
    /// Forms of `de` after an administrative noun (`canton de`, `département du`), as lookup keys.
    static let administrativeDe: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceAdministrativeDe))

    /// `de` and its elided form before a place (`de`, `d'`), as lookup keys.
    static let deElided: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceDeElided))

    /// Definite articles read before a name (`la`, `l'`), as lookup keys.
    static let placeArticles: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgArticles))

    /// Endings of ordinals after digits read by the place recognizer (`3e`, `1re`, `2ème`, `1er`), as written.
    static let ordinalEndings: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceOrdinalEndings))

    /// Dashes and commas closing a dateline after a place and its agency in brackets, as written.
    static let datelineMarks: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceDatelineMarks))

    /// Feminine definite articles inside a place name's complement (`la`, `l'`), as lookup keys.
    static let feminineArticles: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceFeminineArticles))

    /// Forms of `de` before a capitalised place name (`de`, `d'`, `du`), as lookup keys.
    static let deNameForms: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceDeNameForms))

    /// Words introducing a name's complement (`de`, `du`, `des`, `d'`), as lookup keys.
    static let deForms: FormSet = FormSet(forms: LexicalTables.lines(.entityDeForms))

    let context: EntityContext

    var words: [Word] { context.words }

    static let placePrepositions: FormSet = FormSet(forms: LexicalTables.lines(.entityPlacePrepositions))

    /// Words after which `de X` is a place: `près de Seraing`, `originaire de Couëron`, `en provenance de Lomé`.
    static let beforeDePlace: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceBeforeDe))

    /// Hyphenated inner words of compound place names: `Fos-sur-Mer`, `Saint-Jean-de-Luz`, `Châlons-en-Champagne`.
    static let compoundInner: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceCompoundInner))

    /// The place rules in the order they run at each word, one file each under `Rules/Place/`.
    static let rules: [EntityRule] = [
        .placeNumbered,
        .placeNoun,
        .placeAfterPreposition,
        .placeDateline,
        .placeCompound,
        .placeSaint,
        .placeGreaterArea,
        .placeRoad,
        .placeBeforeRegion,
        .placePart,
        .placeAdministrativeUnit,
        .placeStateName,
        .placeTownBuilding,
        .placeContractedArticle,
        .placeVenue,
    ]

    /// The rule `rule` at word `i`: a direct call (a closure per rule, read at every word, cost a retain, a release
    /// and a reabstraction thunk per word and rule). Nil when the rule finds nothing there (no array to release).
    func run(_ rule: EntityRule, at i: Int) -> [EntityCandidate]? {
        switch rule {
        case .placeNumbered: return numberedRule(at: i)
        case .placeNoun: return placeNounRule(at: i)
        case .placeAfterPreposition: return afterPrepositionRule(at: i)
        case .placeDateline: return datelineRule(at: i)
        case .placeCompound: return compoundRule(at: i)
        case .placeSaint: return saintRule(at: i)
        case .placeGreaterArea: return greaterAreaRule(at: i)
        case .placeRoad: return roadRule(at: i)
        case .placeBeforeRegion: return beforeRegionRule(at: i)
        case .placePart: return partRule(at: i)
        case .placeAdministrativeUnit: return administrativeUnitRule(at: i)
        case .placeStateName: return stateNameRule(at: i)
        case .placeTownBuilding: return townBuildingRule(at: i)
        case .placeContractedArticle: return contractedArticleRule(at: i)
        case .placeVenue: return venueRule(at: i)
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

    /// Endings of adjectives of place the dictionary may not know (`gaspésienne`, `valaisan`, `audomarois`).
    static let demonymEndings = LexicalTables.lines(.entityPlaceDemonymEndings)

    /// Place nouns whose `de` complement is the place's whole name: `le quartier de Recouvrance` → `Recouvrance`.
    static let nounsBeforeName: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceNounsBeforeName))

    /// Nouns of a named building or hamlet before a name with a capitalised article: `l’hôtel Les Mélèzes`,
    /// `le hameau de La Forclaz`, `au lieu-dit Le Bochet`.
    static let namedSiteNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceNamedSiteNouns))

    /// Elided first parts of place nouns split off by the word view: `presqu’` + `île`.
    static let elidedNounParts: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceElidedNounParts))

    /// Prefixes naming the upper or lower part of a region: `Haut-Valais`, `Basse-Normandie`.
    static let partPrefixes = EntityWordGroups.regionPartPrefix

    /// Administrative units named after their chief town: `province de Liège`, `canton de Fribourg`,
    /// `département du Nord`. The unit's noun is part of the name when the name alone is a town;
    /// `le canton de Vaud` keeps the region's name alone.
    static let administrativeNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceAdministrativeNouns))
}
