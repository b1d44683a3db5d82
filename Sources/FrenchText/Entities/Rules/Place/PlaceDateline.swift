/// A dateline's place: `GOMEL, 3 mars (Reuters) –`, `Lévis (Québec), le 2 juin 2014 –`, `Landerneau. La…`.
extension PlaceRecognizer {
    /// The `place-dateline` rule at word `i`.
    func datelineRule(at i: Int) -> [EntityCandidate]? {
        guard words[i].wordClass == .word, let c = dateline(at: i) else { return nil }
        return [c]
    }

    /// A dateline's place: `GOMEL, 3 mars (Reuters) –`, `Lévis (Québec), le 2 juin 2014 –`, `GENÈVE (Reuters) -`.
    /// A name before a bare dash is a place only when the gazetteer knows it (`LYON – La mairie…`, not `MEMORIAL –
    /// Le centre…`) or, written in lower case, when the dictionary has it as a proper noun (`Plouzané – La commune…`).
    func dateline(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.sentenceStart, w.isCapitalized, context.isNameWord(i) else { return nil }
        var end = i + 1
        while end < words.count, end - i < 3, words[end].wordClass == .word, words[end].isCapitalized, words[end - 1].spaceAfter, !words[end].sentenceStart { end += 1 }
        // An all-capital dateline place may spell a common word (PARIS, NICE) when the dateline is explicit.
        if w.isAllCaps, Self.isDatelinePlace(i, end: end, context: context),
           (i..<end).contains(where: { !context.isCommonLower(words[$0]) }) || context.gazetteer.longestMatch(at: i, in: words).map({ $0.entry.type == .location }) == true {
            return EntityCandidate(i..<end, .location, rule: .placeDateline, priority: EntityPriority.context + 10)
        }
        // Regional press: `Landerneau. La communauté…`, `Rimouski – Le centre…`, `Vevey (VD) – Le groupe…`.
        if w.paragraphStart, !context.isCommonLower(w), !context.isFirstName(w) || context.isProperNoun(w),
           let mark = context.word(end), let after = context.word(end + 1), after.wordClass == .word, after.isCapitalized, !after.paragraphStart,
           mark.text == "." && !w.isAllCaps && end == i + 1 || ["–", "—"].contains(mark.text) && (isKnownPlace(i, end: end) || !w.isAllCaps && context.isProperNoun(w))
            || Self.isDatelinePlace(i, end: end, context: context) {
            return EntityCandidate(i..<end, .location, rule: .placeDateline, priority: EntityPriority.context + 10)
        }
        guard !context.isCommonLower(w) || w.isAllCaps && !context.isKnown(w) else { return nil }
        var k = end
        if let open = context.word(k), open.text == "(" {
            while k < words.count, k - end < 5, words[k].text != ")" { k += 1 }
            k += 1
        }
        guard let comma = context.word(k), comma.text == "," else { return nil }
        var d = k + 1
        if let le = context.word(d), EntityWordGroups.articleLe.contains(le.key) { d += 1 }
        if let wd = context.word(d), context.tables.weekdays.contains(wd.key) { d += 1 }
        guard let day = context.word(d), day.isDigits || day.keyText == "1er", let month = context.word(d + 1), context.tables.months[month.key] != nil else { return nil }
        return EntityCandidate(i..<end, .location, rule: .placeDateline, priority: EntityPriority.context + 10)
    }

    /// True when words `i..<end` are exactly a place of the gazetteer: `LYON –` opens a dateline, `MEMORIAL –`
    /// (a heading word in capitals before a dash) does not.
    func isKnownPlace(_ i: Int, end: Int) -> Bool {
        guard let m = context.gazetteer.longestMatch(at: i, in: words) else { return false }
        return m.entry.type == .location && m.length == end - i
    }

    /// True when words `i..<end`, at a paragraph's or sentence's start, are followed by a dateline: a comma and a date
    /// (`PARIS, 12 mars 2025`), or a bracketed agency and a dash (`GENÈVE (Reuters) -`).
    static func isDatelinePlace(_ i: Int, end: Int, context: EntityContext) -> Bool {
        guard let w = context.word(i), w.sentenceStart else { return false }
        if let next = context.word(end), next.isAllCaps, next.wordClass == .word { return false }
        // VALAIS – Mardi 3 mars 2026: a dash before the date as well.
        if let comma = context.word(end), comma.text == "," || ["–", "—"].contains(comma.text) {
            var d = end + 1
            if let le = context.word(d), EntityWordGroups.articleLe.contains(le.key) { d += 1 }
            if let wd = context.word(d), context.tables.weekdays.contains(wd.key) { d += 1 }
            if let day = context.word(d), day.isDigits || day.keyText == "1er", let month = context.word(d + 1), context.tables.months[month.key] != nil { return true }
            return false
        }
        if let open = context.word(end), open.text == "(", let agency = context.word(end + 1), agency.wordClass == .word, agency.isCapitalized,
           let close = context.word(end + 2), close.text == ")", let dash = context.word(end + 3), Self.datelineMarks.contains(dash.form) {
            return true
        }
        return false
    }
}
