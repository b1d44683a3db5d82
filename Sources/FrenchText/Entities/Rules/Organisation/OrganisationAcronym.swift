/// Capitals the dictionary does not know, outside all-capital headlines: `CCBN`, `FIACAT`, `MPCR-BF` (not `XIV`, `CEO`,
/// `TVA-UE`).
extension OrganisationRecognizer {
    /// The `organisation-acronym` rule at word `i`.
    func acronymRule(at i: Int) -> [EntityCandidate]? {
        guard words[i].wordClass == .word, let c = ampersandName(at: i) ?? acronym(at: i) ?? mixedHyphenAcronym(at: i) else { return nil }
        return [c]
    }

    /// `B&B Hotels`, `S&P Global`, `AT&T`: capitals joined by `&` without spaces, and the capitalised words
    /// right after them, are one organisation.
    func ampersandName(at i: Int) -> EntityCandidate? {
        let w = words[i]
        let capitals = { (x: Word) in x.wordClass == .word && x.text.unicodeScalars.allSatisfy { $0.isUppercaseProperty } }
        guard !w.spaceAfter, capitals(w), let amp = context.nextInSentence(i), amp.text == "&", !amp.spaceAfter,
              let b = context.nextInSentence(i + 1), capitals(b) else { return nil }
        if let p = context.word(i - 1), p.text == "&", !p.spaceAfter { return nil }
        var end = i + 3
        while end - i < 5, words[end - 1].spaceAfter, let n = context.nextInSentence(end - 1), n.wordClass == .word, n.isCapitalized,
              context.isNameWord(end), context.knownName(at: end) == nil { end += 1 }
        return EntityCandidate(i..<end, .organisation, rule: .organisationAcronym, priority: EntityPriority.pattern)
    }

    /// `FDSEA Finistère`, `UDAF Gironde`: a known region, country or town written right after an acronym is its
    /// local section, one name with it (as `ARS Bretagne` for a known acronym); so is a known town after `de`
    /// (`l’ORP de Lausanne`, `le CCAS de Brest`: a local office).
    func sectionEnd(after end: Int) -> Int {
        if let de = context.nextInSentence(end - 1), EntityWordGroups.deOrElided.contains(de.key), let w = context.nextInSentence(end),
           w.wordClass == .word, w.isCapitalized, !w.isAllCaps,
           let (town, n) = context.gazetteer.longestMatch(at: end + 1, in: words, where: { $0.kind == .city }), town.type == .location {
            return end + 1 + n
        }
        guard words[end - 1].spaceAfter, let w = context.nextInSentence(end - 1), w.wordClass == .word, w.isCapitalized, !w.isAllCaps,
              let (place, n) = context.gazetteer.longestMatch(at: end, in: words, where: { $0.kind == .country || $0.kind == .region || $0.kind == .city }),
              place.type == .location else { return end }
        return end + n
    }

    /// `SDIS 29`, `CPAM 13`: a département number written right after an acronym belongs to it, unless it counts
    /// something (`la CGT 200 militants`).
    func departmentNumberEnd(after i: Int) -> Int {
        guard words[i].spaceAfter, let n = context.nextInSentence(i), n.isDigits, (1...3).contains(n.text.utf8.count),
              let v = n.intValue, (1...976).contains(v) else { return i + 1 }
        if let after = context.nextInSentence(i + 1), after.wordClass == .word, !after.isCapitalized,
           context.isNounOrAdjective(after) && !context.isVerbForm(after) { return i + 1 }
        if let after = context.nextInSentence(i + 1), after.wordClass == .number || after.text == "%" { return i + 1 }
        return i + 2
    }

    /// CCBN, FIACAT: capitals the dictionary does not know, outside all-capital headlines.
    func acronym(at i: Int) -> EntityCandidate? {
        let w = words[i]
        // (a word in capitals, or one alone in brackets, as both bracket rules ask: most words stop here, on ids)
        guard w.isAllCaps || context.word(i - 1)?.form == Self.openingBracket && context.word(i + 1)?.form == Self.closingBracket else { return nil }
        // C-14: one capital and digits are capitals enough in a group's brackets (``namesGroupInBrackets(_:)``).
        let capitals = w.isAllCaps || w.text.unicodeScalars.first?.isUppercaseProperty == true
            && !w.text.unicodeScalars.contains(where: { $0.isLowercaseProperty }) && namesGroupInBrackets(i)
            || isTitleCaseAcronymInBrackets(i)
        // UCCOSACCCSN: a longer run of capitals is an acronym when few of its letters are vowels (not `CHAMPAGNOLE`).
        guard capitals, w.text.count >= 2, w.text.count <= 9 || w.text.count <= 14 && Self.fewVowels(w.text), !w.text.hasPrefix("-"), !w.text.hasSuffix("-"),
              w.text.unicodeScalars.allSatisfy({ $0.isAlphabeticProperty || $0 == "&" || $0 == "-" || $0.properties.numericType != nil }) else { return nil }
        // C2D, AS2C: digits inside capitals, not a code or a model (`A320`, `G7`, `COP28`): two letters or more, no
        // more digits than letters, no programme or label before them.
        let letters = w.text.unicodeScalars.filter { $0.isUppercaseProperty }
        let digits = w.text.unicodeScalars.filter { $0.properties.numericType != nil }
        if !digits.isEmpty, !namesGroupInBrackets(i) {
            guard letters.count >= 2, digits.count < letters.count, w.text.unicodeScalars.first?.isUppercaseProperty == true,
                  !tables.nonOrganisationAcronyms.contains(FormStore.shared.intern(String(String.UnicodeScalarView(letters)))) else { return nil }
        }
        // Louis XIV, article XXI, le XXe siècle: Roman numerals after a name or a numbered noun.
        if Self.romanNumeral(w.text), let prev = context.word(i - 1),
           prev.isCapitalized && !context.isCommonLower(prev) || Self.numberedNouns.contains(prev.key) || w.text.count <= 2 { return nil }
        if context.isCommonLower(w) || context.lexicon?.analyses(of: w.text).isEmpty == false || isAccentlessCommonWord(w) { return nil }
        if tables.nonOrganisationAcronyms.contains(w.form) { return nil }
        // PPA-CI, MPCR-BF are parties; TVA-UE, RER-B, SG-ONU are not: a hyphenated part that is a label, a lone
        // letter (a line, a grade) or a role names no organisation.
        if w.text.contains("-"), w.text.split(separator: "-").contains(where: { $0.count == 1 || tables.nonOrganisationAcronyms.contains(FormStore.shared.intern(String($0))) }),
           !namesGroupInBrackets(i) {
            return nil
        }
        for k in [i - 1, i + 1] {
            if let n = context.word(k), n.wordClass == .word, n.isAllCaps, context.isCommonLower(n) { return nil }
        }
        return EntityCandidate(i..<sectionEnd(after: departmentNumberEnd(after: i)), .organisation, rule: .organisationAcronym, priority: EntityPriority.context)
    }

    /// `la coalition des 14 partis de l’opposition (C-14)`: an acronym alone in brackets after a phrase headed by an
    /// organisation noun (within eight words, in the sentence) names that group.
    func namesGroupInBrackets(_ i: Int) -> Bool {
        guard context.word(i - 1)?.text == "(", context.word(i + 1)?.text == ")", !words[i - 1].sentenceStart || i - 1 == 0 else { return false }
        var k = i - 2
        while k >= 0, k >= i - 10 {
            let x = words[k]
            if x.wordClass == .word, !x.isCapitalized, tables.orgHeads[x.key] != nil || tables.orgIntroNouns.contains(x.key) { return true }
            if x.sentenceStart || x.text == ")" { return false }
            k -= 1
        }
        return false
    }

    /// The forms `(` and `)` (a word's text is one of them exactly when its form is).
    static let openingBracket = FormStore.shared.intern("("), closingBracket = FormStore.shared.intern(")")

    static let numberedNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgNumberedNouns))

    /// True when under a third of the letters of `s` are vowels (`UCCOSACCCSN`), as in strings of initials.
    static func fewVowels(_ s: String) -> Bool {
        let letters = s.unicodeScalars.filter { $0.isAlphabeticProperty }
        let vowels = letters.filter { "AEIOUYÀÂÉÈÊËÎÏÔÛÙÜ".unicodeScalars.contains($0) }
        return vowels.count * 3 < letters.count
    }

    static func romanNumeral(_ s: String) -> Bool {
        s.allSatisfy { "IVXLCDM".contains($0) }
    }
}
