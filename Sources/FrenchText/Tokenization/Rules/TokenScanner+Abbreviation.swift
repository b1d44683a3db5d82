/// Abbreviations keep their period and do not end a sentence: `M.`, `MM.`, `etc.`, `av.`,
/// `J.-C.`, `c.-à-d.`, `n°`; initials `J.-L.`, `U.S.A.`; and, before a capitalised word,
/// `Mme`, `Dr`, `Me`.
extension TokenScanner {
    mutating func scanAbbreviation(at pos: Int, wordEnd: Int) -> Int? {
        let next = unit(wordEnd)
        if next == 0x2E || next == 0xB0, wordEnd - pos <= 6 {
            // Longest entry of abbreviations.txt ending at a period or ° within reach.
            let limit = min(n, pos + longestAbbreviation)
            var i = wordEnd
            while i < limit, !isWhitespace(u[i]) { i += 1 }
            // Each period or ° in reach ends a candidate, the longest first.
            while i > wordEnd {
                i -= 1
                guard u[i] == 0x2E || u[i] == 0xB0 else { continue }
                let end = i + 1
                guard FrenchTables.isAbbreviation(u, pos, end, keys: abbreviationKeys) else { continue }
                // The abbreviation must end there: `etc.` yes, `p.ex` no.
                if end < n, isLetterOrMark(u[end]), u[end - 1] != 0xB0 { continue }
                emit(pos, end, .abbreviation, .abbreviation)
                return end
            }
            // Initials: J. / J.-L. / U.S.A.
            if next == 0x2E, wordEnd - pos == 1, isUpper(u[pos]) {
                var end = wordEnd + 1
                var letters = 1
                while true {
                    if isUpper(unit(end)), unit(end + 1) == 0x2E, !isLetterOrMark(unit(end + 2)) || isUpper(unit(end + 2)) {
                        end += 2; letters += 1
                    } else if CharacterClass.isHyphen(unit(end)), isUpper(unit(end + 1)), unit(end + 2) == 0x2E {
                        end += 3; letters += 1
                    } else { break }
                }
                // `U.S.A` without its last period is still initials.
                if letters >= 2 || !isLetterOrMark(unit(end)) {
                    emit(pos, end, .abbreviation, .abbreviation)
                    return end
                }
            }
        }
        // Mme, Dr, Me… (no period) before a capitalised word.
        let length = wordEnd - pos
        if length <= 4, u[pos] < 0x80, abbreviationInitials[Int(u[pos])], !isLetterOrMark(next),
           FrenchTables.isAbbreviation(u, pos, wordEnd, keys: abbreviationKeys) {
            var j = wordEnd
            while j < n, isWhitespace(u[j]), !isLineBreak(u[j]) { j += 1 }
            if j > wordEnd, isUpper(unit(j)) {
                emit(pos, wordEnd, .abbreviation, .abbreviation)
                return wordEnd
            }
        }
        return nil
    }
}
