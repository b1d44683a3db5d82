/// Words: the order in which the French rules look at a run of letters.
///
/// `l’étape` → elision; `amnesty.org` → URL; `détenu·e·s` → inclusive; `aujourd’hui` → word;
/// `iel` → neutral word; `M.`, `J.-C.` → abbreviation; `a-t-il` → inversion; `Jean-Luc` → compound;
/// `XXIe` → ordinal; `musique.Emmanuel` → `musique` `.` `Emmanuel`.
extension TokenScanner {
    mutating func scanWord(at pos: Int, segmentEnd: Int) -> Int {
        let stop = wordPartEnd(from: pos, limit: n)
        let stopUnit = unit(stop)

        // l’étape, qu’il, jusqu’à (but presqu’île).
        if CharacterClass.isApostrophe(stopUnit), let end = scanElision(at: pos, apostrophe: stop) { return end }

        // amnesty.org, www.fidh.org, https://…, contact@amnesty.fr
        if stopUnit == 0x2E || stopUnit == 0x40 || stopUnit == 0x3A || CharacterClass.isHyphen(stopUnit) || stopUnit == 0x5F,
           let end = scanWeb(at: pos) { return end }

        // détenu·e·s, militant.e.s, étudiant-e-s, ami(e)s
        if CharacterClass.isMiddleDot(stopUnit) || stopUnit == 0x2E || CharacterClass.isHyphen(stopUnit) || stopUnit == 0x2F || stopUnit == 0x28,
           let (end, form) = inclusive.match(u, from: pos, limit: n) {
            emit(pos, end, .word, .inclusive, inclusive: form)
            return end
        }

        // aujourd’hui, O’Neill: apostrophes between letters stay inside the word.
        var wordEnd = stop
        while CharacterClass.isApostrophe(unit(wordEnd)), CharacterClass.isLetterOrMark(unit(wordEnd + 1)) {
            wordEnd = wordPartEnd(from: wordEnd + 1, limit: n)
        }

        // iel, celleux, toustes
        if wordEnd - pos <= FrenchTables.longestNeutralWord, wordEnd - pos >= 2, !CharacterClass.isHyphen(unit(wordEnd)),
           let form = inclusive.neutralWord(string(pos, wordEnd)) {
            emit(pos, wordEnd, .word, .inclusive, inclusive: form)
            return wordEnd
        }

        // M., etc., J.-C., U.S.A., n°, Mme
        if let end = scanAbbreviation(at: pos, wordEnd: wordEnd) { return end }

        // a-t-il, dit-elle, Saint-Étienne, peut-être
        if CharacterClass.isHyphen(unit(wordEnd)), CharacterClass.isWordPart(unit(wordEnd + 1)) {
            return scanHyphenated(at: pos, firstEnd: wordEnd)
        }

        // XXIe, IIIe, Ier
        if isRomanOrdinal(pos, wordEnd) {
            emit(pos, wordEnd, .ordinal, .ordinal)
            return wordEnd
        }

        emit(pos, wordEnd, .word, wordEnd == segmentEnd ? .icuWord : .split)
        return wordEnd
    }

    /// `XXIe`, `IIIe`, `Ier`, `XIXᵉ`: a Roman numeral (with I, V or X) and an ordinal ending.
    func isRomanOrdinal(_ start: Int, _ end: Int) -> Bool {
        var i = start
        var hasIVX = false
        while i < end {
            switch u[i] {
            case 0x49, 0x56, 0x58: hasIVX = true
            case 0x4C, 0x43: break
            default:
                guard hasIVX, i > start else { return false }
                return Self.ordinalEndings.contains(string(i, end))
            }
            i += 1
        }
        return false
    }

    /// Endings of ordinals after digits or Roman numerals: `1er`, `1re`, `2e`, `2ème`, `2nd`, `XXIᵉ`.
    static let ordinalEndings: Set<String> = [
        "e", "er", "re", "ère", "ème", "eme", "è", "es", "ers", "res", "ères", "èmes", "emes",
        "nd", "nde", "nds", "ndes", "ᵉ", "ᵉʳ", "ʳᵉ", "ᵉˢ", "ᵉʳˢ", "ʳᵉˢ",
    ]
}
