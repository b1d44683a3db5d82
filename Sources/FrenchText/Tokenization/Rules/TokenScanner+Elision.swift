/// Elisions: `l’étape` → `l’` + `étape`, `qu’il` → `qu’` + `il`, `jusqu’à` → `jusqu’` + `à`,
/// with ’, ' or ʼ. Words that keep their apostrophe (`aujourd’hui`, `prud’homme`) never start
/// with an elided word; those that do (`presqu’île`, `quelqu’un`) are kept whole when the
/// lexicon knows them as one word rather than as an elided prefix (Hunspell's `dp:` field). A capital `N’` or
/// `M’` before a capitalised word opens a name (`N’Diaye`, `M’Bala`, `N’Golo`): one word, like `O’Neill`; so does
/// one before a word the lexicon does not know (`N’DIAYE` in capitals, `M’hamed`).
extension TokenScanner {
    /// `apostrophe` is the offset of the apostrophe that ends the letters starting at `pos`.
    mutating func scanElision(at pos: Int, apostrophe: Int) -> Int? {
        let length = apostrophe - pos
        guard length >= 1, length <= 6 else { return nil }
        // ASCII letters (every elision is): compared packed, without a string; lower case, or a capital first.
        if let packed = FrenchTables.asciiKey(u, pos, apostrophe),
           isUpper(u[pos]) || !(pos + 1..<apostrophe).contains(where: { isUpper(u[$0]) }) {
            guard elisionKeys.contains(packed) else { return nil }
        } else {
            let prefix = string(pos, apostrophe)
            let key = isUpper(u[pos]) ? prefix.lowercased() : prefix
            guard FrenchTables.elisions.contains(key) else { return nil }
        }
        let next = unit(apostrophe + 1)
        if length == 1, u[pos] == 0x4E || u[pos] == 0x4D, isLetter(next) {
            if isUpper(next), isLower(unit(apostrophe + 2)) { return nil }
            // N’DIAYE in a byline in capitals, M’hamed: a name when what follows is no word of the lexicon (N’EST is).
            if let lexicon {
                let end = wordPartEnd(from: apostrophe + 1, limit: n)
                if end - apostrophe > 3, lexicon.analyses(of: string(apostrophe + 1, end).lowercased()).isEmpty { return nil }
            }
        }
        let followedByWord = isWordPart(next)
        // A single letter and an apostrophe before a space is more likely a closing quote.
        guard followedByWord || length >= 2 else { return nil }
        if length > 2, followedByWord, let lexicon {
            var end = wordPartEnd(from: apostrophe + 1, limit: n)
            while CharacterClass.isApostrophe(unit(end)), isLetterOrMark(unit(end + 1)) {
                end = wordPartEnd(from: end + 1, limit: n)
            }
            let whole = string(pos, end)
            let analyses = lexicon.analyses(of: whole)
            if analyses.contains(where: { $0.elidedPrefix == nil && $0.lemma.contains(where: { $0 == "’" || $0 == "'" }) }) {
                emit(pos, end, .word, .icuWord)
                return end
            }
        }
        emit(pos, apostrophe + 1, .elision, .elision)
        return apostrophe + 1
    }
}
