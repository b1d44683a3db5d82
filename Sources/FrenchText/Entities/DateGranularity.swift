/// How precise a date's ISO value is.
///
/// ```swift
/// DateGranularity(isoValue: "2025-09-01")   // .day
/// DateGranularity(isoValue: "2014-07")      // .month
/// DateGranularity(isoValue: "2014-W22")     // .week (la semaine dernière)
/// DateGranularity(isoValue: "1994")         // .year
/// ```
public enum DateGranularity: String, Hashable, Sendable, Codable {
    case day, week, month, year

    public init?(isoValue value: String) {
        if value.contains("-W") { self = .week; return }
        switch value.split(separator: "-").count {
        case 3: self = .day
        case 2: self = .month
        case 1 where value.count == 4: self = .year
        default: return nil
        }
    }
}

extension EntityMention {
    /// The precision of a date's value (`2014-07` → `.month`), nil for other types or unknown values.
    public var granularity: DateGranularity? {
        guard type == .date, let value else { return nil }
        return DateGranularity(isoValue: value)
    }
}
