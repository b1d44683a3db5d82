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
    var rule: String

    /// A full calendar date written out (day, month and year).
    var isFullDate: Bool { yearWritten && month != nil && day != nil }
}
