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

    init(_ range: Range<Int>, _ type: EntityType, rule: EntityRule, priority: Int, canonical: String? = nil, value: String? = nil) {
        self.range = range
        self.type = type
        self.canonical = canonical
        self.value = value
        self.rule = rule
        self.priority = priority
    }
}
