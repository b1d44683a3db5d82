/// Pronoun and determiner pairs joined by a separator (`inclusive_pairs.tsv`): `ceux·celles`,
/// `celles·ceux`, `ils/elles`, `du·de la`, `de la·du`, `le.la`, `ce·tte`, `un·e`, and their plurals
/// (`il·elle·s` → ils / elles, `tout·e·s` → tous / toutes).
///
/// The pair must be the whole word: `le.la.fr` or `lui-même` are not pairs. After a period the
/// second word is never capitalised (`du.De la` is a missing space, not a pair).
///
/// ```swift
/// InclusiveWriting().expand("celles·ceux")   // masculine "ceux", feminine "celles", formation "word pair ceux / celles"
/// InclusiveWriting().expand("du·de la")      // masculine "du", feminine "de la"
/// ```
extension InclusiveWriting {
    /// Matches a pair starting at `start` (a word's first letter), ending at most at `limit`.
    func matchPair(_ u: UnsafeBufferPointer<UInt16>, from start: Int, limit: Int) -> (Int, InclusiveForm)? {
        var i = start
        while i < limit, i - start <= InclusiveTables.longestPairWord, CharacterClass.isLetter(u[i]) { i += 1 }
        guard i > start, i < limit, i - start <= InclusiveTables.longestPairWord,
              InclusiveTables.mayStart(InclusiveTables.pairWordShapes, u[start], length: i - start) else { return nil }
        let key = UTF16Text.string(u, start, i).lowercased()
        guard let variants = InclusiveTables.pairVariants[key] else { return nil }
        for variant in variants {
            var j = start
            guard Self.equalsLowercased(u, j, limit, variant.first) else { continue }
            j += variant.first.count
            guard j + 1 < limit, Self.isPairSeparator(u[j]) else { continue }
            let separator = u[j]
            j += 1
            let secondStart = j
            guard Self.equalsLowercased(u, j, limit, variant.second) else { continue }
            j += variant.second.count
            // il·elle·s → ils / elles, tout·e·s → tous / toutes: the plural pair of the table.
            var pair = variant.pair
            if j + 1 < limit, u[j] == separator, u[j + 1] == 0x73, !(j + 2 < limit && CharacterClass.isWordPart(u[j + 2])),
               let plural = InclusiveTables.pairs.first(where: { $0.feminine == pair.feminine + "s" && $0.masculine == pair.masculine + "s" })
                   ?? InclusiveTables.pairsByFeminine[pair.feminine + "s"] {
                pair = plural
                j += 2
            }
            // The pair is the whole word.
            if j < limit, CharacterClass.isWordPart(u[j]) || CharacterClass.isApostrophe(u[j]) { continue }
            if j + 1 < limit, Self.isPairSeparator(u[j]) || u[j] == 0x40, CharacterClass.isLetterOrMark(u[j + 1]) { continue }
            // Capitals only at the start of a word, and never after a period unless the whole pair is in capitals.
            var hasLower = false, capitalInside = false
            for k in start..<j where CharacterClass.isLetter(u[k]) {
                if CharacterClass.isLower(u[k]) { hasLower = true; continue }
                let wordStart = k == start || u[k - 1] == 0x20 || k == secondStart
                if !wordStart { capitalInside = true }
            }
            if hasLower && capitalInside { continue }
            if hasLower, separator == 0x2E, CharacterClass.isUpper(u[secondStart]) { continue }
            let allCaps = !hasLower
            let capital = CharacterClass.isUpper(u[start])
            func cased(_ s: String) -> String { allCaps ? s.uppercased() : capital ? FrenchTables.capitalized(s) : s }
            let form = InclusiveForm(form: UTF16Text.string(u, start, j), masculine: cased(pair.masculine),
                                     feminine: cased(pair.feminine),
                                     separator: String(Character(Unicode.Scalar(separator) ?? "·")),
                                     isNeutralWord: false, formation: pair.label)
            return (j, form)
        }
        return nil
    }

    /// `·` (and its look-alikes), `.`, `/` or a hyphen.
    @inline(__always)
    static func isPairSeparator(_ c: UInt16) -> Bool {
        CharacterClass.isMiddleDot(c) || c == 0x2E || c == 0x2F || CharacterClass.isHyphen(c)
    }

    /// True when `u[start...]` spells `lowered` (lower-case UTF-16), ignoring the case of letters.
    static func equalsLowercased(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ limit: Int, _ lowered: [UInt16]) -> Bool {
        guard start + lowered.count <= limit else { return false }
        for (k, expected) in lowered.enumerated() {
            let c = u[start + k]
            if c == expected { continue }
            // ASCII: only A–Z has another case (the String round trip below costs an allocation).
            if c < 0x80 {
                guard c >= 0x41, c <= 0x5A, c | 0x20 == expected else { return false }
                continue
            }
            guard let scalar = Unicode.Scalar(c), String(scalar).lowercased().utf16.elementsEqual([expected]) else { return false }
        }
        return true
    }
}
