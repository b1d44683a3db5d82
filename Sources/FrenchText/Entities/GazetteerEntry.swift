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

    /// True for an organisation's other spelling in one word (`Cockerill` for John Cockerill, `Lindt`), not its
    /// name: after a place noun it is the person the street or site is named after (`rue Cockerill`).
    var isOneWordOtherSpelling: Bool {
        kind == .organisation && keys.count == 1 && EntityTables.words(canonical).map(LookupKey.make) != keys
    }

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
        self.canonical = EntityTagger.typographic(canonical)
    }
}

/// What a gazetteer word asks of the word of the text it matches: capitalised data words must be capitalised
/// in the text (`Côte`), acronyms written in capitals (`OMCT`); lower-case data words match any case (`d'`).
enum CaseRule: Sendable {
    case any, capitalised, noLowercase

    init(_ dataWord: String) {
        guard let first = dataWord.unicodeScalars.first, first.isUppercaseProperty else { self = .any; return }
        if dataWord.count >= 2 && dataWord.unicodeScalars.allSatisfy({ !$0.isLowercaseProperty }) {
            self = .noLowercase
        } else {
            self = .capitalised
        }
    }

    /// True when `text` (capitalised or not) satisfies the rule.
    func matches(_ text: String, capitalised: Bool) -> Bool {
        switch self {
        case .any: return true
        case .capitalised: return capitalised
        case .noLowercase: return Self.hasNoLowercase(text)
        }
    }

    static func hasNoLowercase(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { !$0.isLowercaseProperty }
    }
}
