/// One known name: a country, city, region or organisation, with its canonical form.
struct GazetteerEntry: Sendable {
    enum Kind: Sendable { case organisation, acronym, metonym, country, region, city }

    /// The name's words as written in the data (`Côte`, `d'`, `Ivoire`).
    let words: [String]
    /// Their lookup keys.
    let keys: [String]
    let kind: Kind
    /// The canonical name, with the typographic apostrophe of French print (`Côte d’Ivoire`).
    let canonical: String
    /// True for public bodies with local branches (`CHU de Brest`, `Crous de Lyon`); companies, clubs, media and
    /// parties have none (`l’usine Lubrizol de Rouen` is the company in a town).
    var hasBranches = true

    var type: EntityType {
        switch kind {
        case .organisation, .acronym, .metonym: return .organisation
        case .country, .region, .city: return .location
        }
    }

    init(_ name: String, kind: Kind, canonical: String, hasBranches: Bool = true) {
        self.hasBranches = hasBranches
        words = EntityTables.words(name)
        keys = words.map(LookupKey.make)
        self.kind = kind
        self.canonical = canonical.replacingOccurrences(of: "'", with: "\u{2019}")
    }
}
