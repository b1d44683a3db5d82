/// Dates in the shapes web pages print in their bylines and timestamps, around French text:
/// - the month first, the year after a comma: `October 18, 2019`, `Nov. 5, 2019`, `novembre 26, 2022`;
/// - the day first, the year after a comma: `mercredi, 30 octobre, 2024`;
/// - an English month or a bare abbreviation after the day: `Mon, 7 Mar 2022`, an agency dateline `Matam, 31 jan (APS)`.
/// A French day and month written the French way (`18 octobre 2019`) is ``DateRecognizer``'s day-month pattern.
extension DateRecognizer {
    /// English month names and abbreviations, as lookup keys → month number.
    private static let englishMonths: FormMap<Int> = {
        var out = [FormID: Int]()
        for row in LexicalTables.rows(.entityDateEnglishMonths) where row.count >= 2 {
            if let n = Int(row[1]) { out[FormStore.shared.intern(LookupKey.make(row[0]))] = n }
        }
        return FormMap(out)
    }()

    /// A month name at `i` in any spelling these shapes use (French, English, abbreviated with or without its
    /// period): its number, the index after it and whether it was an English name or a bare abbreviation.
    private func looseMonth(at i: Int) -> (month: Int, after: Int, loose: Bool)? {
        if let (m, after) = month(at: i) { return (m, after, false) }
        guard let w = context.word(i), w.wordClass == .word, let m = Self.englishMonths[w.key] ?? tables.months[w.key] else { return nil }
        if let dot = context.word(i + 1), dot.text == ".", !w.spaceAfter { return (m, i + 2, true) }
        return (m, i + 1, true)
    }

    func commaYearDate(at i: Int) -> DateMatch? {
        // October 18, 2019
        if let (m, afterMonth, _) = looseMonth(at: i), let d = dayNumber(afterMonth), isComma(afterMonth + 1), let y = yearNumber(afterMonth + 2),
           DateNormalizer.iso(year: y, month: m, day: d) != nil {
            return DateMatch(range: i..<(afterMonth + 3), year: y, month: m, day: d, yearWritten: true, rule: .dateCommaYear)
        }
        // 30 octobre, 2024 · 7 Mar 2022 · 31 jan (APS)
        guard let d = dayNumber(i), let (m, afterMonth, loose) = looseMonth(at: i + 1) else { return nil }
        if isComma(afterMonth), let y = yearNumber(afterMonth + 1), DateNormalizer.iso(year: y, month: m, day: d) != nil {
            return DateMatch(range: i..<(afterMonth + 2), year: y, month: m, day: d, yearWritten: true, rule: .dateCommaYear)
        }
        guard loose else { return nil }
        if let y = yearNumber(afterMonth), DateNormalizer.iso(year: y, month: m, day: d) != nil {
            return DateMatch(range: i..<(afterMonth + 1), year: y, month: m, day: d, yearWritten: true, rule: .dateCommaYear)
        }
        if let open = context.word(afterMonth), open.text == "(", afterMonth == i + 2 {
            return DateMatch(range: i..<afterMonth, year: nil, month: m, day: d, yearWritten: false, rule: .dateCommaYear)
        }
        return nil
    }

    private func isComma(_ i: Int) -> Bool { context.word(i)?.text == "," }
}
