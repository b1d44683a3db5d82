/// `headline-repeat` with one word retyped: a heading of five words or more whose words open a body quote but for one
/// (`« Il n’y a pas une théorie de danger » ¶ … « Il n’y a pas une théorie du danger. On disputait… », a dit X`; an
/// article or a preposition changed when the heading was written) repeats it all the same.
///
/// ```swift
/// HeadlineRepeatSieve.nearlyOpens("il n y a pas une theorie du danger on disputait", "il n y a pas une theorie de danger")   // true
/// ```
extension HeadlineRepeatSieve {
    /// Fewest words a heading needs for a near repeat.
    static let nearRepeatWords = 5

    /// `text` (normalized) opens with the words of `own` (normalized) but for exactly one of them, not the first.
    static func nearlyOpens(_ text: String, _ own: String) -> Bool {
        let a = own.split(separator: " "), b = text.split(separator: " ")
        guard a.count >= nearRepeatWords, b.count >= a.count, a[0] == b[0] else { return false }
        return zip(a, b).filter { $0 != $1 }.count == 1
    }
}
