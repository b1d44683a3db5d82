/// A possible mention found by one recognizer, over words `range` of the tagger's word view.
struct EntityCandidate: Sendable {
    var range: Range<Int>
    var type: EntityType
    /// Canonical name when the recognizer knows it (gazetteer names, acronyms).
    var canonical: String?
    /// ISO value for dates.
    var value: String?
    var rule: EntityRule
    /// Breaks ties between candidates of the same length: known names beat guesses.
    var priority: Int
    /// True for a span that is no entity (a programme, a platform): it takes its words from other candidates and
    /// is then dropped.
    var isNonEntity = false
    /// The resolver passes that changed the candidate after its rule made it (type, canonical name).
    var passes: [EntityResolverPass] = []

    init(_ range: Range<Int>, _ type: EntityType, rule: EntityRule, priority: Int, canonical: String? = nil, value: String? = nil) {
        self.range = range
        self.type = type
        self.canonical = canonical
        self.value = value
        self.rule = rule
        self.priority = priority
    }
}

/// The resolver's passes that change a chosen candidate, as `frtext explain --entities` names them.
enum EntityResolverPass: String, Sendable {
    /// An acronym in brackets after a name joins it (`(CCBN)`).
    case linkAcronyms = "link-acronyms"
    /// One type per name through the document.
    case unifyTypes = "unify-types"
    /// Capitalised words the dictionary does not know before a first name open the name (`Houssamoudine Abdallah`).
    case extendGivenName = "extend-given-name"
    /// A surname alone joins the full name (`Türk` → `Volker Türk`).
    case linkSurnames = "link-surnames"
    /// A region, canton or state in brackets after a place is a place (`Carouge (GE)`).
    case bracketedRegion = "bracketed-region"
    /// Capitals spelling the initials of a person named in the document are that person (`PKP`).
    case initialsOfPerson = "initials-of-person"
}
