/// Words: the order in which the French rules look at a run of letters.
///
/// `l’étape` → elision; `ceux·celles`, `du·de la` → inclusive pair; `amnesty.org` → URL; `détenu·e·s` → inclusive; `aujourd’hui` → word;
/// `iel` → neutral word; `M.`, `J.-C.` → abbreviation; `a-t-il` → inversion; `Jean-Luc` → compound;
/// `XXIe` → ordinal; `musique.Emmanuel` → `musique` `.` `Emmanuel`.
extension TokenScanner {
    mutating func scanWord(at pos: Int) -> Int {
        let stop = wordPartEnd(from: pos, limit: n)
        let stopUnit = unit(stop)

        // l’étape, qu’il, jusqu’à (but presqu’île).
        if CharacterClass.isApostrophe(stopUnit), let end = scanElision(at: pos, apostrophe: stop) { return end }

        // ceux·celles, ils/elles, du·de la, le.la (before the web rule: du.de is no address)
        if stop - pos <= longestPairWord,
           stopUnit == 0x20 ? InclusiveTables.mayStart(spacedPairWordShapes, u[pos], length: stop - pos) : InclusiveWriting.isPairSeparator(stopUnit),
           let end = scanInclusivePair(at: pos, stop: stop) { return end }

        // amnesty.org, www.fidh.org, https://…, contact@amnesty.fr
        if stopUnit == 0x2E || stopUnit == 0x40 || stopUnit == 0x3A || CharacterClass.isHyphen(stopUnit) || stopUnit == 0x5F,
           mayBeWeb(from: stop), let end = scanWeb(at: pos) { return end }

        // détenu·e·s, militant.e.s, étudiant-e-s, ami(e)s
        if CharacterClass.isMiddleDot(stopUnit) || stopUnit == 0x2E || CharacterClass.isHyphen(stopUnit) || stopUnit == 0x2F || stopUnit == 0x28,
           isLetter(unit(stop + 1)), !isUpper(unit(stop + 1)) || !isLower(u[pos]) && !isLower(unit(pos + 1)),
           let (end, form) = inclusive.match(u, from: pos, limit: n) {
            emit(pos, end, .word, .inclusive, inclusive: form)
            return end
        }

        // aujourd’hui, O’Neill: apostrophes between letters stay inside the word.
        var wordEnd = stop
        while CharacterClass.isApostrophe(unit(wordEnd)), isLetterOrMark(unit(wordEnd + 1)) {
            wordEnd = wordPartEnd(from: wordEnd + 1, limit: n)
        }

        // iel, celleux, toustes
        if wordEnd - pos <= longestNeutralWord, wordEnd - pos >= 2, u[pos] < 0x80,
           neutralWordInitials[Int(u[pos])], neutralWordShapes[Int((u[pos] | 0x20) &- 0x61) % 26] & (1 << (wordEnd - pos)) != 0,
           !CharacterClass.isHyphen(unit(wordEnd)),
           let form = inclusive.neutralWord(u, pos, wordEnd) {
            emit(pos, wordEnd, .word, .inclusive, inclusive: form)
            return wordEnd
        }

        // M., etc., J.-C., U.S.A., n°, Mme
        let afterWord = unit(wordEnd)
        if afterWord == 0x2E || afterWord == 0xB0 || (wordEnd - pos <= 4 && u[pos] < 0x80 && abbreviationInitials[Int(u[pos])]),
           let end = scanAbbreviation(at: pos, wordEnd: wordEnd) { return end }

        // a-t-il, dit-elle, Saint-Étienne, peut-être
        if CharacterClass.isHyphen(unit(wordEnd)), isWordPart(unit(wordEnd + 1)) {
            return scanHyphenated(at: pos, firstEnd: wordEnd)
        }

        // Jean–Louis Dupont, Marie–Claire Martin: two first names joined by an en dash in place of the hyphen.
        if unit(wordEnd) == 0x2013, isUpper(u[pos]), isUpper(unit(wordEnd + 1)), let end = dashedFirstNamesEnd(pos, dash: wordEnd) {
            emit(pos, end, .word, .compound)
            return end
        }

        // XXIe, IIIe, Ier
        if u[pos] == 0x49 || u[pos] == 0x56 || u[pos] == 0x58, isRomanOrdinal(pos, wordEnd) {
            emit(pos, wordEnd, .ordinal, .ordinal)
            return wordEnd
        }

        // ICU's own segment ends here (or before): `musique.Emmanuel` is one segment of ICU's, split by the rules.
        let icuWord = wordEnd == n || isWhitespace(u[wordEnd]) || segmentEnded(by: wordEnd, from: pos)
        emit(pos, wordEnd, .word, icuWord ? .icuWord : .split)
        return wordEnd
    }

    /// Quick test before the web rules: the run from `stop` holds a period, @ or :// before any space.
    func mayBeWeb(from stop: Int) -> Bool {
        var i = stop
        let limit = min(n, stop + 256)
        while i < limit {
            let c = u[i]
            if c == 0x2E || c == 0x40 {
                let next = unit(i + 1)
                if next < 0x80 && isWordPart(next) { return true }
            } else if c == 0x3A {
                return unit(i + 1) == 0x2F
            } else if !(c == 0x2D || c == 0x5F || (c < 0x80 && isWordPart(c))) {
                return false
            }
            i += 1
        }
        return false
    }

    /// `XXIe`, `IIIe`, `Ier`, `Ires`, `XIXᵉ`: a Roman numeral (with I, V or X) and an ordinal ending. The endings of
    /// *premier* (`er`, `re`, `ʳᵉ`…: any with an r) follow `I` alone, and those of *second* (`nd`, `nde`) follow digits
    /// only, so `Vers` and `Inde` stay words.
    func isRomanOrdinal(_ start: Int, _ end: Int) -> Bool {
        var i = start
        var hasIVX = false
        while i < end {
            switch u[i] {
            case 0x49, 0x56, 0x58: hasIVX = true
            case 0x4C, 0x43: break
            default:
                guard hasIVX, i > start else { return false }
                let premier = (i == start + 1 && u[start] == 0x49)
                for k in i..<end where u[k] == 0x6E || (!premier && (u[k] == 0x72 || u[k] == 0x2B3)) { return false }
                return FrenchTables.isOrdinalEnding(u, i, end)
            }
            i += 1
        }
        return false
    }
}
