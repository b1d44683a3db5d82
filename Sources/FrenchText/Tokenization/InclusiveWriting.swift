/// Reads inclusive writing: split forms (`détenu·e·s`, `acteur·rice·s`, `militant.e.s`,
/// `étudiant-e-s`, `ami(e)s`) and gender-neutral words (`iel`, `celleux`, `toustes`), with
/// their masculine and feminine expansions.
///
/// Feminine forms are rebuilt from the ending rules of `inclusive_suffixes.tsv` and checked
/// against the lexicon, so the known word wins: `acteur·rice·s` gives `actrices`, not
/// `acteurrices`. With `.`, `-` or `/` as separator both expansions must be known words, so
/// that `amnesty.org`, `fais-le` or `fin.le` never fire.
///
/// ```swift
/// let inclusive = InclusiveWriting()
/// inclusive.expand("acteur·rice·s")      // masculine "acteurs", feminine "actrices"
/// inclusive.expand("ruraux·ales")        // masculine "ruraux", feminine "rurales"
/// inclusive.expand("Travailleur·ses")    // masculine "Travailleurs", feminine "Travailleuses"
/// inclusive.expand("iel")                // masculine "il", feminine "elle", isNeutralWord
/// inclusive.expand("amnesty.org")        // nil
/// ```
public struct InclusiveWriting: Sendable {
    public let lexicon: Lexicon?

    public init(lexicon: Lexicon? = Lexicon.shared) {
        self.lexicon = lexicon
    }

    /// The inclusive reading of a whole word, or nil when it is not inclusive writing.
    public func expand(_ word: String) -> InclusiveForm? {
        if let neutral = neutralWord(word) { return neutral }
        let units = Array(word.utf16)
        return units.withUnsafeBufferPointer { buffer in
            guard let (end, form) = match(buffer, from: 0, limit: buffer.count), end == buffer.count else { return nil }
            return form
        }
    }

    /// `iel` → il / elle; `Celleux` → Ceux / Celles. Nil for other words.
    public func neutralWord(_ word: String) -> InclusiveForm? {
        guard let first = word.first, word.utf16.count <= FrenchTables.longestNeutralWord else { return nil }
        let key = first.isUppercase ? word.lowercased() : word
        guard let readings = FrenchTables.neutralWords[key] else { return nil }
        let capital = first.isUppercase
        let allCaps = capital && word.count > 1 && word == word.uppercased()
        func cased(_ s: String) -> String { allCaps ? s.uppercased() : capital ? FrenchTables.capitalized(s) : s }
        return InclusiveForm(form: word, masculine: cased(readings.masculine), feminine: cased(readings.feminine),
                             separator: nil, isNeutralWord: true)
    }

    /// The neutral word `u[start..<end]` (`iel`, `Celleux`), or nil; compares code units before making a string.
    func neutralWord(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> InclusiveForm? {
        for word in FrenchTables.neutralWordsASCII where UTF16Text.equalsASCIILowercased(u, start, end, word) {
            return neutralWord(UTF16Text.string(u, start, end))
        }
        return nil
    }

    /// Matches a split inclusive form starting at `start` (the first letter of its stem) and
    /// ending at most at `limit`. Returns the end (UTF-16 offset) and the form.
    ///
    /// The answer depends only on the run of letters and separators from `start` (and the
    /// character after it), so it is cached by that text: a document repeats its forms.
    func match(_ u: UnsafeBufferPointer<UInt16>, from start: Int, limit: Int) -> (Int, InclusiveForm)? {
        var runEnd = start
        let cap = min(limit, start + 48)
        while runEnd < cap {
            let c = u[runEnd]
            guard CharacterClass.isLetterOrMark(c) || CharacterClass.isMiddleDot(c) || c == 0x2E || c == 0x2F || c == 0x28 || c == 0x29
                    || CharacterClass.isHyphen(c) else { break }
            runEnd += 1
        }
        guard runEnd < cap || runEnd == limit else { return analyse(u, from: start, limit: limit) }
        let key = UTF16Text.string(u, start, min(limit, runEnd + 1))
        if let cached = InclusiveMatchCache.shared.value(for: key, lexicon: lexicon) {
            return cached.map { (start + $0.length, $0.form) }
        }
        let result = analyse(u, from: start, limit: limit)
        InclusiveMatchCache.shared.store(result.map { ($0.0 - start, $0.1) }, for: key, lexicon: lexicon)
        return result
    }

    private func analyse(_ u: UnsafeBufferPointer<UInt16>, from start: Int, limit: Int) -> (Int, InclusiveForm)? {
        // Stem: letters (no apostrophes, no digits).
        var i = start
        var stemHasLower = false
        while i < limit, CharacterClass.isLetterOrMark(u[i]), !CharacterClass.isApostrophe(u[i]) {
            if CharacterClass.isLower(u[i]) { stemHasLower = true }
            i += 1
        }
        let stemEnd = i
        guard stemEnd - start >= 2, i < limit else { return nil }
        let first = u[i]
        guard CharacterClass.isMiddleDot(first) || first == 0x2E || CharacterClass.isHyphen(first) || first == 0x2F || first == 0x28 else {
            return nil
        }
        // Endings after separators: · e · s, (e)s, -e-s.
        var groups = [String]()
        var separator: UInt16 = 0
        while i < limit, groups.count < 3 {
            let c = u[i]
            var groupStart = i + 1
            var groupEnd = groupStart
            var next = groupStart
            if c == 0x28 { // (e)
                while groupEnd < limit, CharacterClass.isLetter(u[groupEnd]) { groupEnd += 1 }
                guard groupEnd < limit, u[groupEnd] == 0x29 else { break }
                next = groupEnd + 1
            } else if CharacterClass.isMiddleDot(c) || c == 0x2E || CharacterClass.isHyphen(c) || c == 0x2F {
                while groupEnd < limit, CharacterClass.isLetter(u[groupEnd]), !CharacterClass.isApostrophe(u[groupEnd]) { groupEnd += 1 }
                next = groupEnd
            } else if separator == 0x28, groups.count == 1, CharacterClass.isLetter(c) { // ami(e)s: the s glued after ")"
                groupStart = i
                groupEnd = i
                while groupEnd < limit, CharacterClass.isLetter(u[groupEnd]) { groupEnd += 1 }
                next = groupEnd
            } else { break }
            let length = groupEnd - groupStart
            guard length >= 1, length <= 6 else { break }
            // Endings are lower case after a lower-case stem, upper case after an upper-case one.
            var ok = true
            for k in groupStart..<groupEnd where stemHasLower != CharacterClass.isLower(u[k]) { ok = false; break }
            guard ok else { break }
            let written = UTF16Text.string(u, groupStart, groupEnd)
            let lower = stemHasLower ? written : written.lowercased()
            guard Self.isEnding(lower) else { break }
            if separator == 0 { separator = c }
            groups.append(lower)
            i = next
        }
        guard !groups.isEmpty else { return nil }
        // The match must end the word.
        if i < limit, CharacterClass.isWordPart(u[i]) { return nil }
        let end = i
        // Split the endings into the feminine ending and the plural mark.
        let feminineWritten: String, plural: String
        if groups.count >= 2, let last = groups.last, last == "s" || last == "x" {
            feminineWritten = groups.dropLast().joined()
            plural = last
        } else if groups.count == 1 {
            let g = groups[0]
            if FrenchTables.inclusiveEndings.contains(g) {
                feminineWritten = g; plural = ""
            } else if g.hasSuffix("s"), FrenchTables.inclusiveEndings.contains(String(g.dropLast())) {
                feminineWritten = String(g.dropLast()); plural = "s"
            } else { return nil }
        } else { return nil }
        guard FrenchTables.inclusiveEndings.contains(feminineWritten) else { return nil }

        let form = UTF16Text.string(u, start, end)
        let stem = UTF16Text.string(u, start, stemEnd)
        let upper = !stemHasLower
        func cased(_ s: String) -> String { upper ? s.uppercased() : s }
        let stemLower = upper ? stem.lowercased() : stem
        let stemEndsPlural = stemLower.hasSuffix("s") || stemLower.hasSuffix("x")
        let masculine = plural.isEmpty || stemEndsPlural ? stem : stem + cased(plural)

        // Feminine candidates, most specific rule first; the stem without its plural s also serves (tous·tes).
        var candidates = [String]()
        var stems = [(stem, stemLower)]
        if !plural.isEmpty, stemLower.hasSuffix("s") { stems.append((String(stem.dropLast()), String(stemLower.dropLast()))) }
        for rule in FrenchTables.inclusiveSuffixRules where rule.written == feminineWritten {
            for (s, sLower) in stems where sLower.hasSuffix(rule.masculineEnding) && sLower.count > rule.masculineEnding.count {
                let candidate = String(s.dropLast(rule.masculineEnding.count)) + cased(rule.feminineEnding + plural)
                if !candidates.contains(candidate) { candidates.append(candidate) }
            }
        }
        guard !candidates.isEmpty else { return nil }
        let known = candidates.first { isKnown($0) }
        let separatorString = String(Character(Unicode.Scalar(separator) ?? "·"))
        let needsValidation = separator == 0x2E || separator == 0x2F || CharacterClass.isHyphen(separator)
        if needsValidation {
            guard lexicon != nil, let known, isKnown(masculine) else { return nil }
            return (end, InclusiveForm(form: form, masculine: masculine, feminine: known, separator: separatorString, isNeutralWord: false))
        }
        return (end, InclusiveForm(form: form, masculine: masculine, feminine: known ?? candidates[0],
                                   separator: separatorString, isNeutralWord: false))
    }

    /// True when `s` may follow an inclusive separator: a feminine ending, with or without its plural s, or the plural alone.
    static func isEnding(_ s: String) -> Bool {
        if s == "s" || s == "x" { return true }
        if FrenchTables.inclusiveEndings.contains(s) { return true }
        return s.hasSuffix("s") && FrenchTables.inclusiveEndings.contains(String(s.dropLast()))
    }

    private func isKnown(_ word: String) -> Bool {
        guard let lexicon else { return false }
        if lexicon.contains(word) { return true }
        let lower = word.lowercased()
        return lower != word && lexicon.contains(lower)
    }
}
