/// The four entity types FrenchText tags.
public enum EntityType: String, Hashable, Sendable, Codable, CaseIterable {
    /// People, without their titles.
    case person = "PER"
    /// Countries, cities, regions, places.
    case location = "LOC"
    /// Organisations, institutions, ministries, courts, media.
    case organisation = "ORG"
    /// Calendar expressions (not durations or clock times).
    case date = "DATE"
}

/// One mention of a named entity in a document.
///
/// ```swift
/// // "Le 1er septembre 2025, Anna Wright…"
/// mention.text    // "1er septembre 2025"
/// mention.type    // .date
/// mention.value   // "2025-09-01"
/// ```
public struct EntityMention: Hashable, Sendable {
    public let text: String
    public let type: EntityType
    public let span: TextSpan
    /// Canonical name of the entity this mention belongs to (`Wright` → `Anna Wright`).
    public let canonical: String
    /// ISO value for dates (`2025-09-01`, `2025-09`, `2025`), nil when unknown.
    public let value: String?
    /// Name of the rule that tagged it (for `frtext explain`).
    public let rule: String

    public init(text: String, type: EntityType, span: TextSpan, canonical: String, value: String? = nil, rule: String) {
        self.text = text
        self.type = type
        self.span = span
        self.canonical = canonical
        self.value = value
        self.rule = rule
    }
}

/// An entity of a document with all its mentions counted.
public struct Entity: Hashable, Sendable {
    public let canonical: String
    public let type: EntityType
    public let count: Int
    /// Distinct surface forms, in order of first appearance.
    public let forms: [String]

    public init(canonical: String, type: EntityType, count: Int, forms: [String]) {
        self.canonical = canonical
        self.type = type
        self.count = count
        self.forms = forms
    }

    /// Groups mentions by (canonical name, type), in order of first mention.
    public static func group(_ mentions: [EntityMention]) -> [Entity] {
        struct Key: Hashable { let canonical: String; let type: EntityType }
        var order = [Key]()
        var counts = [Key: Int]()
        var forms = [Key: [String]]()
        for m in mentions {
            let key = Key(canonical: m.canonical, type: m.type)
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
            if !(forms[key]?.contains(m.text) ?? false) { forms[key, default: []].append(m.text) }
        }
        return order.map { Entity(canonical: $0.canonical, type: $0.type, count: counts[$0]!, forms: forms[$0]!) }
    }
}
