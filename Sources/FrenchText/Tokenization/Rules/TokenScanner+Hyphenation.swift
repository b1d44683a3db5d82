/// Hyphenated words. ICU splits at every hyphen; FrenchText joins `word-word` runs written
/// without spaces, then splits off the pronoun of an inversion:
/// `a-t-il` → `a` + `-t-il`, `dit-elle` → `dit` + `-elle`, `allez-vous-en` → `allez` + `-vous` + `-en`.
/// Everything else stays one compound token: `Saint-Étienne`, `Jean-Luc`, `peut-être`,
/// `États-Unis`, `porte-parole`, `lui-même`, `rendez-vous` (the lexicon knows it as one word).
extension TokenScanner {
    mutating func scanHyphenated(at pos: Int, firstEnd: Int) -> Int {
        // Parts: runs of word characters (with inner apostrophes: main-d’œuvre) joined by single hyphens.
        var parts = [(start: pos, end: firstEnd)]
        var end = firstEnd
        while CharacterClass.isHyphen(unit(end)), isWordPart(unit(end + 1)), parts.count < 12 {
            let start = end + 1
            var partEnd = wordPartEnd(from: start, limit: n)
            while CharacterClass.isApostrophe(unit(partEnd)), isLetterOrMark(unit(partEnd + 1)) {
                partEnd = wordPartEnd(from: partEnd + 1, limit: n)
            }
            parts.append((start, partEnd))
            end = partEnd
        }
        let lastIndex = parts.count - 1
        let lastKey = FrenchTables.asciiKey(u, parts[lastIndex].start, parts[lastIndex].end)

        // a-t-il, estime-t-on, ajoute-t-iel
        if parts.count >= 3, let lastKey, parts[lastIndex - 1].end - parts[lastIndex - 1].start == 1, u[parts[lastIndex - 1].start] == 0x74,
           euphonicPronounKeys.contains(lastKey) {
            emitVerb(pos, parts[lastIndex - 2].end)
            emitPronoun(parts[lastIndex - 1].start - 1, end, pronoun: lowercased(parts[lastIndex]))
            return end
        }
        // dit-elle, donne-le-moi, vas-y
        var firstPronoun = parts.count
        while firstPronoun > 1, let key = FrenchTables.asciiKey(u, parts[firstPronoun - 1].start, parts[firstPronoun - 1].end),
              inversionPronounKeys.contains(key) { firstPronoun -= 1 }
        if firstPronoun < parts.count, isInversion(pos, end, verb: parts[firstPronoun - 1], firstPronoun: lowercased(parts[firstPronoun])) {
            emitVerb(pos, parts[firstPronoun - 1].end)
            for k in firstPronoun..<parts.count {
                emitPronoun(parts[k].start - 1, parts[k].end, pronoun: lowercased(parts[k]))
            }
            return end
        }
        emit(pos, end, CharacterClass.isDigit(u[pos]) ? .number : .word, .compound)
        return end
    }

    /// The end of `Jean–Louis` when the word at `pos` and the word after the en dash at `dash` are both first names
    /// and a capitalised surname follows (`Jean–Louis Dupont`); nil otherwise: ranges and affiliations keep their dash
    /// (`1990–2000`, `Paris–Lyon`, `CCMM–CSN`).
    func dashedFirstNamesEnd(_ pos: Int, dash: Int) -> Int? {
        guard let lexicon else { return nil }
        let end = wordPartEnd(from: dash + 1, limit: n)
        guard end - dash > 2, isWhitespace(unit(end)), isUpper(unit(end + 1)) else { return nil }
        let isFirstName = { (a: Int, b: Int) in lexicon.analyses(of: string(a, b)).contains(where: \.isFirstName) }
        return isFirstName(pos, dash) && isFirstName(dash + 1, end) ? end : nil
    }

    private func lowercased(_ part: (start: Int, end: Int)) -> String {
        let s = string(part.start, part.end)
        for k in part.start..<part.end where isUpper(u[k]) { return s.lowercased() }
        return s
    }

    /// True when `verb` followed by pronouns is an inversion rather than a compound the lexicon knows.
    private func isInversion(_ start: Int, _ end: Int, verb: (start: Int, end: Int), firstPronoun: String) -> Bool {
        guard let lexicon else {
            // Without a lexicon, only subject pronouns: dit-il, dit-elle, pense-t-on.
            return FrenchTables.pronounsInvertingWithoutLexicon.contains(firstPronoun)
        }
        let whole = string(start, end)
        let wholeAnalyses = lexicon.analyses(of: whole)
        if wholeAnalyses.contains(where: { $0.lemma.contains("-") && $0.elidedPrefix == nil }) { return false }
        let verbText = lowercased(verb)
        return lexicon.analyses(of: verbText).contains(where: \.isVerb)
    }

    private mutating func emitVerb(_ start: Int, _ end: Int) {
        let hyphen = (start..<end).contains { CharacterClass.isHyphen(u[$0]) }
        emit(start, end, .word, hyphen ? .compound : .inversion)
    }

    private mutating func emitPronoun(_ start: Int, _ end: Int, pronoun: String) {
        var form: InclusiveForm?
        if let neutral = FrenchTables.neutralWords[pronoun] {
            // ajoute-t-iel: the pronoun is gender-neutral.
            let written = string(start, end)
            let head = String(written.dropLast(pronoun.count))
            form = InclusiveForm(form: written, masculine: head + neutral.masculine, feminine: head + neutral.feminine,
                                 separator: nil, isNeutralWord: true)
        }
        emit(start, end, .pronoun, .inversion, inclusive: form)
    }
}
