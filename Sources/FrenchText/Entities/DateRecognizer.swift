/// Finds dates and gives them ISO values.
///
/// - `le 1er septembre 2025` → `1er septembre 2025` = 2025-09-01; `mardi 3 avril 2018`, `3. Avril 2018`
/// - `30/06/2011`, `2011-06-30` → 2011-06-30
/// - `en juillet 2014` → `juillet 2014` = 2014-07; `en 2019`, `depuis 2018`, `de 1994` → the year
/// - `14 juillet` → the year of the document's date (nil when unknown)
/// - ranges: `22 septembre – 30 septembre 2012`: the first date takes the shared year; `du 15 au 21 septembre 2012`
///   (a lone first day) is one date `15 au 21 septembre 2012` valued at its start
/// - coordinated days `les 7, 8 et 9 septembre 2025`, `samedi 3 et dimanche 4 août` are one date valued at the first
///   day; so are two years `2010 et 2011`, `de 2010 à 2015` (see ``mergeYearPairs(_:)``)
/// - `12 mars dernier`, `fin avril`, `mois d’août`, `la fin de 2009`, `fin du mois de novembre`: the qualifier,
///   boundary or noun is part of the date (see ``extendBoundaryOf(_:)``)
/// - bylines as pages print them: `October 18, 2019`, `30 octobre, 2024`, `7 Mar 2022` (see ``commaYearDate(at:)``)
/// - a year after a capitalised name is the event's (`Mondial 2018`), no date (see ``followsEventName(_:)``)
/// - `dimanche 7`: a weekday and a day; the month around the document's date in which that day is that weekday
/// - `mardi 12 mars` without any date given or found: the year the text mentions that fits the weekday
/// - `hier`, `aujourd’hui`, `la semaine dernière`: only when asked for and the document's date is known
///
/// Durations (`trois ans`), clock times (`11h`) and bare numbers (`2 000 personnes`) are not dates.
struct DateRecognizer {
    /// Words before two linked day numbers (`du 3 au 5`, `les 3 et 4`), as lookup keys.
    private static let dayListLeads: FormSet = FormSet(forms: LexicalTables.lines(.entityDateDayListLeads))
    /// Words opening a date span (`entre`, `du`, `de`), as lookup keys.
    static let spanOpeners: FormSet = FormSet(forms: LexicalTables.lines(.entityDateSpanOpeners))
    /// Words joining the two ends of a date span (`du 3 mars au 5 avril`), as lookup keys.
    static let spanLinks: FormSet = FormSet(forms: LexicalTables.lines(.entityDateSpanLinks))
    /// Words before a year earlier than 1900 that is still a date (`en 1789`, `depuis 1848`), as lookup keys.
    private static let oldYearLeads: FormSet = FormSet(forms: LexicalTables.lines(.entityDateOldYearLeads))
    /// Words and dashes between the two years of a span (`entre 2015 et 2020`, `2015–2020`), as lookup keys.
    private static let yearSpanLinks: FormSet = FormSet(forms: LexicalTables.lines(.entityDateYearSpanLinks))
    let context: EntityContext
    /// Tag `hier`, `la semaine dernière`… (see ``EntityTagger/relativeDates``).
    var relativeDates = false

    var tables: EntityTables { context.tables }
    var words: [Word] { context.words }

    /// All date expressions in document order.
    func matches() -> [DateMatch] {
        var out = [DateMatch]()
        var i = 0
        while i < words.count {
            if let m = match(at: i) {
                out.append(m)
                i = m.range.upperBound
            } else {
                i += 1
            }
        }
        settleRanges(&out)
        mergeMonthSpans(&out)
        mergeYearPairs(&out)
        extendBoundaryOf(&out)
        return out
    }

    /// `d’octobre à décembre`, `de janvier à mars 2021`, `de mi-novembre à décembre`: two months alone linked by `à`
    /// after `de` are one date (valued at its first month, in the year the second gives); `entre mars et mai` stays two.
    private func mergeMonthSpans(_ matches: inout [DateMatch]) {
        var k = 0
        while k + 1 < matches.count {
            let a = matches[k], b = matches[k + 1]
            guard a.rule == .dateMonth || a.rule == .dateMidMonth && !a.yearWritten, a.day == nil, a.month != nil, b.day == nil, b.month != nil, b.rule == .dateMonth || b.rule == .dateMonthYear,
                  b.range.lowerBound == a.range.upperBound + 1, let link = context.word(a.range.upperBound),
                  tables.isDateWord(link.key, .range), let opener = context.word(a.range.lowerBound - 1),
                  Self.spanOpeners.contains(opener.key) else { k += 1; continue }
            var merged = a
            merged.range = a.range.lowerBound..<b.range.upperBound
            merged.rule = .dateRange
            if b.yearWritten { merged.year = b.year; merged.yearWritten = true }
            matches[k] = merged
            matches.remove(at: k + 1)
            k += 1
        }
    }

    /// The first pattern that matches at `i`, the most specific first.
    private func match(at i: Int) -> DateMatch? {
        if let m = numeric(at: i) ?? numericDayMonth(at: i) ?? commaYearDate(at: i) ?? dayMonth(at: i) ?? seasonOrDecade(at: i) { return m }
        if let m = midMonth(at: i) ?? yearSpan(at: i) ?? monthYear(at: i) ?? year(at: i) ?? monthAlone(at: i) ?? weekdayDay(at: i) ?? holiday(at: i) { return m }
        return relativeDates ? relative(at: i) : nil
    }

    /// The document's date as the text gives it: a full date in its first 80 words (a dateline such as
    /// `(New York, le 2 juin 2014)` or `Paris, le 12 mars 2025 –`), else the latest full date it mentions
    /// (`la loi du 9 décembre 1905` does not date a 2023 article).
    func documentDate(in matches: [DateMatch]) -> DocumentDate? {
        var latest: DocumentDate?
        for m in matches where m.isFullDate {
            guard let year = m.year, let v = try? DocumentDate(year: year, month: m.month, day: m.day) else { continue }
            if m.range.lowerBound < 80 { return v }
            if latest == nil || v > latest! { latest = v }
        }
        return latest
    }

    /// Candidates with values; yearless dates take the year of `documentDate`, else the year of the first
    /// month written with its year (`novembre 2024`), or the written year that fits their weekday.
    func candidates(_ matches: [DateMatch], documentDate: DocumentDate?) -> [EntityCandidate] {
        var anchor = documentDate
        if anchor == nil, let y = matches.filter({ $0.yearWritten && $0.month != nil }).compactMap(\.year).max() {
            anchor = try? DocumentDate(year: y)
        }
        let writtenYears = documentDate == nil ? Set(matches.filter(\.yearWritten).compactMap(\.year)).sorted() : []
        var out = [EntityCandidate]()
        for m in matches {
            var value: String?
            if let rel = m.relative {
                guard let documentDate, documentDate.day != nil, let v = DateNormalizer.shift(documentDate.iso, unit: rel.unit, by: rel.amount) else { continue }
                value = v
            } else if !m.noValue {
                value = self.value(of: m, anchor: anchor, writtenYears: writtenYears)
            }
            out.append(EntityCandidate(m.range, .date, rule: m.rule, priority: EntityPriority.date, value: value))
        }
        return out
    }

    /// The ISO value of a calendar match, its missing year (and month) taken from `anchor`.
    private func value(of m: DateMatch, anchor: DocumentDate?, writtenYears: [Int]) -> String? {
        guard m.year == nil else { return DateNormalizer.iso(year: m.year, month: m.month, day: m.day) }
        if let weekday = m.weekday, let day = m.day {
            // mardi 12 mars with no date given: the year the text mentions in which 12 March is a Tuesday.
            if let month = m.month, let y = writtenYears.first(where: { DateNormalizer.iso(year: $0, month: month, day: day) != nil && DateNormalizer.weekday(year: $0, month: month, day: day) == weekday }) {
                return DateNormalizer.iso(year: y, month: month, day: day)
            }
            // dimanche 7: the month of the document's date, or the one before or after, whose 7th is a Sunday.
            if m.month == nil {
                guard let anchor, let anchorMonth = anchor.month else { return nil }
                for shift in [0, -1, 1] {
                    let total = anchor.year * 12 + anchorMonth - 1 + shift
                    let (y, mo) = (total / 12, total % 12 + 1)
                    if DateNormalizer.iso(year: y, month: mo, day: day) != nil, DateNormalizer.weekday(year: y, month: mo, day: day) == weekday {
                        return DateNormalizer.iso(year: y, month: mo, day: day)
                    }
                }
                return nil
            }
        }
        guard let anchor else { return nil }
        var year = anchor.year
        // `le 3 juin dernier`, `le 3 février prochain`: the previous or next such date.
        let last = context.word(m.range.upperBound - 1)
        let qualifier = last.flatMap { isQualifier($0.key) ? $0 : nil } ?? context.word(m.range.upperBound)
        if let after = qualifier, let month = m.month, let anchorMonth = anchor.month {
            let anchorDay = anchor.day ?? 15
            let later = month * 100 + (m.day ?? 0) > anchorMonth * 100 + (m.day == nil ? 0 : anchorDay)
            let earlier = month * 100 + (m.day ?? 99) < anchorMonth * 100 + (m.day == nil ? 99 : anchorDay)
            if tables.isDateWord(after.key, .past), later { year = anchor.year - 1 }
            if tables.isDateWord(after.key, .future), earlier { year = anchor.year + 1 }
        }
        return DateNormalizer.iso(year: year, month: m.month, day: m.day)
    }

    func isQualifier(_ key: FormID) -> Bool {
        tables.isDateWord(key, .past) || tables.isDateWord(key, .future)
    }

    // MARK: - Patterns

    /// `30/06/2011`, `30.06.2011`, `30-06-2011`, `2011-06-30`; after a date's lead word also a two-digit year
    /// (`l’article du 27.12.16` → 2016-12-27; up to 50 in this century, after it in the last).
    private func numeric(at i: Int) -> DateMatch? {
        let w = words[i]
        guard w.wordClass == .number || w.wordClass == .word, w.text.utf8.count >= 6, w.text.utf8.count <= 10 else { return nil }
        // (a byte other than a digit or a separator is in some part, which is then no number: most words stop here)
        guard Self.onlyDigitsAnd(w.text, [0x2F, 0x2E, 0x2D]) else { return nil }
        let parts = w.text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let a = Int(parts[0])!, b = Int(parts[1])!, c = Int(parts[2])!
        var y = 0, m = 0, d = 0
        if parts[0].count == 4 { y = a; m = b; d = c } else if parts[2].count == 4 { d = a; m = b; y = c } else if parts[2].count == 2, parts[1].count == 2, parts[0].count <= 2,
            let prev = context.word(i - 1), Self.numericDayMonthLeads.contains(prev.key) { d = a; m = b; y = c + (c <= 50 ? 2000 : 1900) } else { return nil }
        guard DateNormalizer.iso(year: y, month: m, day: d) != nil else { return nil }
        return DateMatch(range: i..<(i + 1), year: y, month: m, day: d, yearWritten: true, rule: .dateNumeric)
    }

    private static let numericDayMonthLeads: FormSet = FormSet(forms: LexicalTables.lines(.entityDateNumericLeads))
    /// Words after which a day and month is a score or a fraction (`3/10 des ménages`), as lookup keys.
    static let deForms: FormSet = FormSet(forms: LexicalTables.lines(.entityDeForms))

    /// `30/06`, `1/07`: a day and a two-digit month without a year, which the document's year completes.
    private func numericDayMonth(at i: Int) -> DateMatch? {
        let w = words[i]
        guard w.wordClass == .number, w.text.utf8.count >= 4, w.text.utf8.count <= 5 else { return nil }
        let parts = w.text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, (1...2).contains(parts[0].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let d = Int(parts[0]), let m = Int(parts[1]), (1...31).contains(d), (1...12).contains(m) else { return nil }
        // 24/24, scores and fractions (`3/10 des ménages`) are not dates: a date follows `le`, `du`, `au`, `dès`…
        guard let prev = context.word(i - 1), Self.numericDayMonthLeads.contains(prev.key) || tables.weekdays.contains(prev.key) else { return nil }
        if let next = context.word(i + 1), next.wordClass == .other || next.text == "%" || Self.deForms.contains(next.key) { return nil }
        return DateMatch(range: i..<(i + 1), year: nil, month: m, day: d, yearWritten: false, rule: .dateNumericDayMonth)
    }

    /// True when word `i` exists and its key is in `set`.
    func isWord(_ i: Int, in set: FormSet) -> Bool {
        context.word(i).map { set.contains($0.key) } ?? false
    }

    /// The day number of `words[i]` (`14`, `1er`, `1ᵉʳ`), or nil.
    func dayNumber(_ i: Int) -> Int? {
        guard let w = context.word(i) else { return nil }
        if w.isDigits, w.text.utf8.count <= 2, let n = w.intValue, (1...31).contains(n) { return n }
        if EntityWordGroups.firstDayNumber.contains(w.key) || EntityWordGroups.firstDayWord.contains(w.key) && w.wordClass == .ordinal { return 1 }
        return nil
    }

    /// The month number of `words[i]` and the index after it (an abbreviation may take its period).
    func month(at i: Int) -> (Int, Int)? {
        // `sept.` read as one abbreviation token (its period inside): the month its letters abbreviate.
        if let w = context.word(i), w.kind == .abbreviation, w.keyText.hasSuffix("."),
           let id = FormStore.shared.existingID(String(w.keyText.dropLast())), tables.monthAbbreviations.contains(id), let m = tables.months[id] {
            return (m, i + 1)
        }
        guard let w = context.word(i), w.wordClass == .word, let m = tables.months[w.key] else { return nil }
        if tables.monthAbbreviations.contains(w.key) {
            // Abbreviations only with their period: `janv.`, `sept.`
            guard let next = context.word(i + 1), next.text == ".", !w.spaceAfter else { return nil }
            return (m, i + 2)
        }
        return (m, i + 1)
    }

    /// A plausible year at `i` (1000–2999, four digits).
    func yearNumber(_ i: Int) -> Int? {
        guard let w = context.word(i), w.isDigits, w.text.utf8.count == 4, let n = w.intValue, (1000...2999).contains(n) else { return nil }
        return n
    }

    /// `[mardi] 3 [.] avril [2018]`.
    private func dayMonth(at i: Int) -> DateMatch? {
        let start = i
        var j = i
        let weekday = context.word(i).flatMap { tables.weekdayNumbers[$0.key] }
        if weekday != nil { j += 1 }
        // `premier mai` spelled out; `1 er juillet` with the ordinal ending split off.
        guard let day = dayNumber(j) ?? (isWord(j, in: EntityWordGroups.firstDayWord) ? 1 : nil) else { return nil }
        var k = j + 1
        if let dot = context.word(k), dot.text == ".", !words[j].spaceAfter { k += 1 }
        if day == 1, words[j].isDigits, let er = context.word(k), EntityWordGroups.firstDayOrdinalEnding.contains(er.key) { k += 1 }
        guard let (month, afterMonth) = month(at: k) else { return nil }
        var end = afterMonth
        var year: Int?
        if let y = yearNumber(afterMonth) {
            year = y
            end = afterMonth + 1
        } else if context.word(afterMonth)?.text == ",", let y = yearNumber(afterMonth + 1), DateNormalizer.iso(year: y, month: month, day: day) != nil {
            year = y  // dimanche 5 juillet, 2020 (the comma-year shape of commaYearDate, after a weekday)
            end = afterMonth + 2
        } else if let q = context.word(afterMonth), q.wordClass == .word, isQualifier(q.key) {
            end += 1  // 3 octobre dernier
        }
        var m = DateMatch(range: start..<end, year: year, month: month, day: day, yearWritten: year != nil, rule: .dateDayMonth)
        m.weekday = weekday
        return m
    }

    /// `juillet 2014`; `fin juillet 2021`, `au début de mars 2020`: a boundary before the month, and its `de`, are
    /// part of the date (as before a month alone, `fin avril`).
    private func monthYear(at i: Int) -> DateMatch? {
        guard let (month, after) = month(at: i), let y = yearNumber(after) else { return nil }
        var start = i
        if let prev = context.word(i - 1), prev.wordClass == .word, tables.isDateWord(prev.key, .boundary) {
            start = i - 1
        } else if let prev = context.word(i - 1), EntityWordGroups.deOrElided.contains(prev.key), let b = context.word(i - 2), b.wordClass == .word,
                  tables.isDateWord(b.key, .boundary) {
            start = i - 2
        }
        return DateMatch(range: start..<(after + 1), year: y, month: month, day: nil, yearWritten: true, rule: .dateMonthYear)
    }


    /// A year: after `en`, `depuis`, `de`… (1900–2100), or any plausible recent year (1950–2100) that does not
    /// count something (`de 2000 personnes`, `2050 euros`) or follow a quantity word.
    private func year(at i: Int) -> DateMatch? {
        guard let y = yearNumber(i), y <= 2100 else { return nil }
        let prev = context.word(i - 1)
        let afterYear = prev.map { Self.yearSpanLinks.contains($0.key) } == true && yearNumber(i - 2) != nil  // entre 2015 et 2020
        let inContext = prev.map { tables.yearPrepositions.contains($0.key) || EntityWordGroups.yearNounElided.contains($0.key)
            || (EntityWordGroups.yearNoun.contains($0.key) && isWord(i - 2, in: EntityWordGroups.definiteElided)) } == true
        // `fondé en 1884`, `depuis 1848`: an older year only after a year preposition.
        // la Révolution de 1789, la Commune de 1871: `de` after a capitalised name of an event also leads.
        let afterEventName = isWord(i - 1, in: EntityWordGroups.deWord) && context.word(i - 2).map { $0.wordClass == .word && $0.isCapitalized && !$0.isAllCaps } == true
        if y < 1900, !(prev.map { Self.oldYearLeads.contains($0.key) } ?? false), !afterEventName { return nil }
        if !(inContext || afterYear) {
            guard y >= 1950, !followsEventName(i) else { return nil }
            if let prev, tables.isDateWord(prev.key, .quantity) || prev.wordClass == .number || prev.wordClass == .other { return nil }
            if let prev, EntityWordGroups.deWord.contains(prev.key), let pp = context.word(i - 2), tables.isDateWord(pp.key, .quantity) { return nil }
        }
        if let next = context.word(i + 1), next.wordClass == .other || ["%", "$", "€", "£", "°"].contains(next.text) { return nil }
        if let next = context.word(i + 1), next.wordClass == .word, !next.isCapitalized,
           let analyses = context.lexicon?.analyses(of: next.text), analyses.contains(where: \.isNoun), !analyses.contains(where: \.isVerb) {
            return nil
        }
        // début 2024, fin 2019: a boundary before a year is part of the date, as before a month (`fin avril`).
        let start = prev.map { $0.wordClass == .word && tables.isDateWord($0.key, .boundary) } == true ? i - 1 : i
        return DateMatch(range: start..<(i + 1), year: y, month: nil, day: nil, yearWritten: true, rule: .dateYear)
    }


    /// `été 2025` → 2025; `années 1980` → a decade, valued at its first year (1980) as a range is at its start.
    private func seasonOrDecade(at i: Int) -> DateMatch? {
        guard let w = context.word(i), w.wordClass == .word, let y = yearNumber(i + 1) else { return nil }
        if tables.isDateWord(w.key, .season) {
            return DateMatch(range: i..<(i + 2), year: y, month: nil, day: nil, yearWritten: true, rule: .dateSeason)
        }
        if tables.isDateWord(w.key, .decade), y % 10 == 0 {
            return DateMatch(range: i..<(i + 2), year: y, month: nil, day: nil, yearWritten: true, rule: .dateDecade)
        }
        return nil
    }

    /// `mi-mars` → the month.
    private func midMonth(at i: Int) -> DateMatch? {
        guard let w = context.word(i), let m = midMonthNumber(w) else { return nil }
        var end = i + 1
        var year: Int?
        if let y = yearNumber(i + 1) { year = y; end += 1 }
        return DateMatch(range: i..<end, year: year, month: m, day: nil, yearWritten: year != nil, rule: .dateMidMonth)
    }

    /// The month of a `mi-` form (`mi-mars` → 3), or nil.
    private func midMonthNumber(_ w: Word) -> Int? {
        guard w.wordClass == .word, let prefix = EntityWordGroups.midMonthPrefix.first(where: { w.keyText.hasPrefix($0) }) else { return nil }
        return FormStore.shared.existingID(String(w.keyText.dropFirst(prefix.count))).flatMap { tables.months[$0] }
    }

    /// `2023-2024`, `2022-2027`, fiscal and school years `2023/2024`, `2019-20`: a span of years, no single ISO value.
    private func yearSpan(at i: Int) -> DateMatch? {
        guard let w = context.word(i) else { return nil }
        // 2023/2024 written as three tokens: a year, a slash and a year, without spaces.
        if let a = yearNumber(i), !w.spaceAfter, let slash = context.word(i + 1), slash.text == "/", !slash.spaceAfter,
           let b = context.word(i + 2), b.isDigits, Self.isSecondYear(b.text, after: a) {
            return DateMatch(range: i..<(i + 3), year: nil, month: nil, day: nil, yearWritten: false, rule: .dateYearSpan, noValue: true)
        }
        guard w.text.utf8.count == 9 || w.text.utf8.count == 7, Self.onlyDigitsAnd(w.text, [0x2D, 0x2F]) else { return nil }
        let parts = w.text.split(whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 2, parts[0].count == 4, let a = Int(parts[0]), (1900...2100).contains(a), parts[1].allSatisfy(\.isASCII),
              Self.isSecondYear(String(parts[1]), after: a) else { return nil }
        return DateMatch(range: i..<(i + 1), year: nil, month: nil, day: nil, yearWritten: false, rule: .dateYearSpan, noValue: true)
    }

    /// True when every byte of `text` is an ASCII digit or one of `separators` (`2023-2024`, `18.10.2022`).
    private static func onlyDigitsAnd(_ text: String, _ separators: [UInt8]) -> Bool {
        text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || separators.contains($0) }
    }

    /// True when `text` is the later year of a span starting in `first`: four digits (`2024` after 2023, within
    /// 2100) or the two last digits of the next year (`20` after 2019).
    private static func isSecondYear(_ text: String, after first: Int) -> Bool {
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let b = Int(text) else { return false }
        if text.count == 4 { return b > first && b <= 2100 }
        return text.count == 2 && b == (first + 1) % 100
    }

    /// `en juin`, `fin juillet`, `mois d’août` → the month in the document's year; a boundary (`fin`, `début`) or
    /// the noun `mois` is part of the date, a preposition (`en`, `depuis`) is not.
    private func monthAlone(at i: Int) -> DateMatch? {
        guard let w = context.word(i), !w.isCapitalized || !w.sentenceStart, let (month, after) = month(at: i), after == i + 1 || words[i].keyText.count <= 4,
              let prev = context.word(i - 1) else { return nil }
        // en juin, fin juillet; le mois de septembre, la fin de septembre
        // la votation de février, le mois d’avril
        let afterDe = EntityWordGroups.deOrElided.contains(prev.key)
        // entre mars et mai, de janvier à avril, de mi-novembre à décembre: the second month of a span.
        let secondOfSpan = Self.spanLinks.contains(prev.key) && context.word(i - 2).map { tables.months[$0.key] != nil || midMonthNumber($0) != nil } == true
            && context.word(i - 3).map { Self.spanOpeners.contains($0.key) } == true
        let boundary = tables.isDateWord(prev.key, .boundary) && prev.wordClass == .word
        // prévue pour avril prochain: a month with its qualifier is a date after any word.
        let qualified = context.word(after).map { $0.wordClass == .word && isQualifier($0.key) } ?? false
        guard tables.isDateWord(prev.key, .lead) || boundary || afterDe || secondOfSpan || qualified else { return nil }
        // `Mars` capitalised inside a sentence is the planet or a brand.
        if w.isCapitalized { return nil }
        var start = i
        if boundary { start = i - 1 }
        if afterDe, let noun = context.word(i - 2), tables.isDateWord(noun.key, .monthNoun) { start = i - 2 }
        // la fin de décembre, au début de mai: the boundary and its `de` are part of the date.
        if afterDe, let b = context.word(i - 2), b.wordClass == .word, tables.isDateWord(b.key, .boundary) { start = i - 2 }
        // `en mars dernier`, `en juin prochain`: the qualifier belongs to a month alone.
        var end = after
        if let q = context.word(after), q.wordClass == .word, isQualifier(q.key) { end += 1 }
        return DateMatch(range: start..<end, year: nil, month: month, day: nil, yearWritten: false, rule: .dateMonth)
    }

    /// `dimanche 7`, `lundi 16`: a weekday and a day number with no month after them (not `mardi 12 h`).
    private func weekdayDay(at i: Int) -> DateMatch? {
        guard let w = context.word(i), w.wordClass == .word, let weekday = tables.weekdayNumbers[w.key], w.spaceAfter, let day = dayNumber(i + 1) else { return nil }
        if let next = context.word(i + 2), context.words[i + 1].spaceAfter || next.wordClass == .word {
            if month(at: i + 2) != nil || tables.isDateWord(next.key, .durationUnit) || next.wordClass == .number { return nil }
            if next.wordClass == .word, !next.isCapitalized, !EntityContext.functionWords.contains(next.key),
               let a = context.lexicon?.analyses(of: next.text), a.contains(where: \.isNoun) { return nil }
        }
        if let next = context.word(i + 2), next.text == ":" || next.text == "h" { return nil }
        var m = DateMatch(range: i..<(i + 2), year: nil, month: nil, day: day, yearWritten: false, rule: .dateWeekdayDay)
        m.weekday = weekday
        return m
    }

    /// Holidays on a fixed day (`Noël` → 12-25, `Toussaint` → 11-01), as lookup keys → (month, day).
    private static let holidays: FormMap<(month: Int, day: Int)> = {
        var out = [FormID: (month: Int, day: Int)]()
        for row in LexicalTables.rows(.entityDateHolidays) where row.count >= 3 {
            if let m = Int(row[1]), let d = Int(row[2]) { out[FormStore.shared.intern(LookupKey.make(row[0]))] = (m, d) }
        }
        return FormMap(out)
    }()

    /// `avant Noël`, `à la Toussaint`, `depuis la Saint-Sylvestre`: a fixed-day holiday after a date lead or `à`, in the
    /// document's year; not a first name (`Noël Mamère`) nor inside a name (`Père Noël`).
    private func holiday(at i: Int) -> DateMatch? {
        let w = words[i]
        guard w.wordClass == .word, w.isCapitalized, !w.isAllCaps, let (month, day) = Self.holidays[w.key] else { return nil }
        var k = i - 1
        if let a = context.word(k), PlaceRecognizer.feminineArticles.contains(a.key) { k -= 1 }
        guard let lead = context.word(k), lead.wordClass == .word, tables.isDateWord(lead.key, .lead) || tables.isDateWord(lead.key, .range) else { return nil }
        if let next = context.nextInSentence(i), next.wordClass == .word, next.isCapitalized, w.spaceAfter { return nil }
        return DateMatch(range: i..<(i + 1), year: nil, month: month, day: day, yearWritten: false, rule: .dateHoliday)
    }

    /// `hier`, `aujourd’hui`, `la semaine dernière`.
    private func relative(at i: Int) -> DateMatch? {
        guard tables.relativeDateStarts.contains(words[i].key) || EntityWordGroups.relativeDatePrefix.contains(where: { words[i].keyText.hasPrefix($0) }) else { return nil }
        for length in stride(from: 3, through: 1, by: -1) where i + length <= words.count {
            var keys = [String]()
            for k in i..<(i + length) { keys.append(words[k].keyText) }
            // `aujourd’hui` may come as one word or as `aujourd’` + `hui`.
            if let rel = tables.relativeDates[keys] ?? tables.relativeDates[[keys.joined()]] {
                return DateMatch(range: i..<(i + length), year: nil, month: nil, day: nil, yearWritten: false, relative: rel, rule: .dateRelative)
            }
        }
        return nil
    }

    // MARK: - Ranges

    private static let rangeMarks: FormSet = FormSet(forms: LexicalTables.lines(.entityDateRangeMarks))

    /// `du 15 au 21 septembre 2012` and `les 20 et 21 février` are one date from their first day;
    /// `22 septembre – 30 septembre 2012` two, the first taking the year it lacks from the second;
    /// `entre le 1er et le 15 février` two.
    private func settleRanges(_ matches: inout [DateMatch]) {
        var covered = Set<Int>()
        for m in matches { covered.formUnion(m.range) }
        var added = [DateMatch]()
        var dropped = Set<Int>()
        for n in matches.indices where matches[n].day != nil && matches[n].month != nil {
            let m = matches[n]
            var link = m.range.lowerBound - 1
            if isWord(link, in: EntityWordGroups.articleLe) { link -= 1 }  // entre le 1er et le 15 février
            guard link >= 2, let l = context.word(link), isRangeLink(l) else { continue }
            // du lundi 16 au samedi 21 avril: the weekday and day before the link are already a match.
            // samedi 3 et dimanche 4 août: two weekdays with their days coordinated are one date too.
            let and = EntityWordGroups.coordinatingAnd.contains(l.key)
            if n > 0, matches[n - 1].range.upperBound == link, matches[n - 1].month == nil, matches[n - 1].day != nil,
               !and || (matches[n - 1].weekday != nil && m.weekday != nil) {
                matches[n].range = matches[n - 1].range.lowerBound..<m.range.upperBound
                matches[n].day = matches[n - 1].day
                matches[n].weekday = matches[n - 1].weekday
                matches[n].rule = and ? .dateCoordinatedDays : .dateRange
                dropped.insert(n - 1)
                continue
            }
            guard let day = dayNumber(link - 1), !covered.contains(link - 1) else { continue }
            var start = link - 1
            var weekday: Int?
            if let wd = context.word(start - 1), let number = tables.weekdayNumbers[wd.key] { start -= 1; weekday = number }
            // les 3, 4 et 5 mars: the days listed with commas before `et` take the month too.
            var listed = [(at: start, day: day)]
            while EntityWordGroups.coordinatingAnd.contains(l.key), weekday == nil, let comma = context.word(listed[listed.count - 1].at - 1), comma.text == ",",
                  let d = dayNumber(listed[listed.count - 1].at - 2), !covered.contains(listed[listed.count - 1].at - 2) {
                listed.append((listed[listed.count - 1].at - 2, d))
            }
            guard let before = context.word(listed[listed.count - 1].at - 1), Self.dayListLeads.contains(before.key) else { continue }
            // (`entre le 1er et le 15 février`: an article before the last day, or `entre`, keeps two dates.)
            if let first = listed.last, and, link == m.range.lowerBound - 1, !Self.spanOpeners.contains(before.key) {
                // les 2 et 3 janvier, les 7, 8 et 9 septembre: one date valued at its first day.
                matches[n].range = first.at..<m.range.upperBound
                matches[n].day = first.day
                matches[n].weekday = weekday
                matches[n].rule = .dateCoordinatedDays
            } else if and {
                for (k, d) in listed.enumerated() {
                    let r = k == 0 ? start..<link : d.at..<(d.at + 1)
                    added.append(DateMatch(range: r, year: m.year, month: m.month, day: d.day, yearWritten: m.yearWritten, rule: .dateRangeDay))
                }
            } else {
                matches[n].range = start..<m.range.upperBound
                matches[n].day = day
                matches[n].weekday = weekday
                matches[n].rule = .dateRange
            }
        }
        if !dropped.isEmpty { matches = matches.indices.filter { !dropped.contains($0) }.map { matches[$0] } }
        if !added.isEmpty {
            matches.append(contentsOf: added)
            matches.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        for k in matches.indices.dropLast() where matches[k].year == nil && matches[k].relative == nil && !matches[k].noValue {
            let next = matches[k + 1]
            let gap = next.range.lowerBound - matches[k].range.upperBound
            guard gap == 1, let l = context.word(matches[k].range.upperBound), isRangeLink(l), next.yearWritten else { continue }
            matches[k].year = next.year
            if matches[k].month == nil { matches[k].month = next.month }
        }
    }

    private func isRangeLink(_ w: Word) -> Bool {
        Self.rangeMarks.contains(w.form) || EntityWordGroups.coordinatingAnd.contains(w.key) || tables.isDateWord(w.key, .range)
    }
}
