/// A document's publication date, as precise as its source knows it: a year (`2024`), a month (`2024-03`) or a
/// day (`2024-03-12`). A newsroom's CMS often knows only the month.
///
/// Dates without a year in the text (`le 14 juillet`) take its year; `12 mars dernier` the year that puts it
/// before the document's date (needs the month); relative dates (`hier`) need the day.
///
/// ```swift
/// try DocumentDate(iso: "2024-03")      // year 2024, month 3, day nil
/// try DocumentDate(iso: "2024-02-30")   // throws FrenchTextError.invalidDate (February 2024 has 29 days)
/// ```
public struct DocumentDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Checks the parts: a year of four digits (1000–2999), a month 1–12, a day that the month has.
    public init(year: Int, month: Int? = nil, day: Int? = nil) throws {
        let text = [String(year)] + [month, day].compactMap { $0.map(String.init) }
        try self.init(checking: year, month, day, text: text.joined(separator: "-"))
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; throws ``FrenchTextError/invalidDate(text:reason:)`` with the reason.
    public init(iso text: String) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count),
              zip(parts, widths).allSatisfy({ $0.count == $1 && $0.utf8.allSatisfy { (48...57).contains($0) } }) else {
            throw FrenchTextError.invalidDate(text: text, reason: "not YYYY, YYYY-MM or YYYY-MM-DD")
        }
        let numbers = parts.map { Int($0)! }
        try self.init(checking: numbers[0], numbers.count > 1 ? numbers[1] : nil, numbers.count > 2 ? numbers[2] : nil, text: text)
    }

    private init(checking year: Int, _ month: Int?, _ day: Int?, text: String) throws {
        guard (1000...2999).contains(year) else { throw FrenchTextError.invalidDate(text: text, reason: "year out of range 1000–2999") }
        if let month, !(1...12).contains(month) {
            throw FrenchTextError.invalidDate(text: text, reason: "there is no month \(month)")
        }
        if let day {
            guard let month else { throw FrenchTextError.invalidDate(text: text, reason: "a day needs a month") }
            let days = DateNormalizer.daysIn(month: month, year: year)
            guard (1...days).contains(day) else {
                throw FrenchTextError.invalidDate(text: text, reason: "month \(month) of \(year) has \(days) days")
            }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date as ISO 8601 at its precision: `2024`, `2024-03`, `2024-03-12`.
    public var iso: String { DateNormalizer.iso(year: year, month: month, day: day) ?? String(year) }

    public var description: String { iso }

    /// The precision the source gave.
    public var granularity: DateGranularity { day != nil ? .day : month != nil ? .month : .year }

    /// Earlier first; a less precise date sorts before the more precise ones it contains.
    public static func < (a: DocumentDate, b: DocumentDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }
}
