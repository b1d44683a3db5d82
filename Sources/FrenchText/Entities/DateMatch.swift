/// A calendar expression found in the text, before its year is settled.
struct DateMatch: Sendable {
    var range: Range<Int>
    var year: Int?
    var month: Int?
    var day: Int?
    /// True when the year is written in the expression itself.
    var yearWritten: Bool
    /// For `hier`, `la semaine dernière`…: unit and amount from the document's date.
    var relative: (unit: String, amount: Int)?
    var rule: EntityRule
    /// Decades and spans of years (`années 2000`, `2023-2024`): dates without a single ISO value.
    var noValue = false
    /// The weekday written with the date (ISO number, 1 = lundi): `mardi 12 mars`, `dimanche 7`.
    var weekday: Int?

    /// A full calendar date written out (day, month and year).
    var isFullDate: Bool { yearWritten && month != nil && day != nil }

    init(range: Range<Int>, year: Int?, month: Int?, day: Int?, yearWritten: Bool, relative: (unit: String, amount: Int)? = nil,
         rule: EntityRule, noValue: Bool = false) {
        self.range = range
        self.year = year
        self.month = month
        self.day = day
        self.yearWritten = yearWritten
        self.relative = relative
        self.rule = rule
        self.noValue = noValue
    }
}
