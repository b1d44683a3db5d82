/// Reads inclusive writing: split forms (`détenu·e·s`, `acteur·rice·s`, `militant.e.s`,
/// `étudiant-e-s`, `ami(e)s`), irregular feminines (`copain·e·s`, `fou·folle·s`, `vieux·vieille·s`,
/// `loup·ve·s`), compounds (`aides-soignant·e·s`, `enseignant.es-chercheur.es`), pronoun and
/// determiner pairs (`ceux·celles`, `ils/elles`, `du·de la`) and gender-neutral words (`iel`,
/// `celleux`, `toustes`), with their masculine and feminine expansions.
///
/// Feminine forms are rebuilt from the formations of `inclusive_formations.tsv` and checked
/// against the lexicon (Dicollecte): the feminine Dicollecte derives from the masculine wins,
/// so `acteur·rice·s` gives `actrices`, `préfet.e.s` gives `préfètes` and `chercheur.es`
/// `chercheuses`. Ending alternations and irregular pairs fire only when the lexicon confirms
/// them. With `.`, `-` or `/` as separator both expansions must be known words, so that
/// `amnesty.org`, `fais-le` or `fin.le` never fire.
///
/// ```swift
/// let inclusive = InclusiveWriting()
/// inclusive.expand("acteur·rice·s")      // masculine "acteurs", feminine "actrices"
/// inclusive.expand("fou·folle·s")        // masculine "fous", feminine "folles"
/// inclusive.expand("Travailleur·ses")    // masculine "Travailleurs", feminine "Travailleuses"
/// inclusive.expand("celles·ceux")        // masculine "ceux", feminine "celles"
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
            if let (end, form) = matchPair(buffer, from: 0, limit: buffer.count), end == buffer.count { return form }
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
                             separator: nil, isNeutralWord: true, formation: "neutral word")
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
        guard runEnd < cap || runEnd == limit else { return analyseCompound(u, from: start, limit: limit) }
        let key = Array(UnsafeBufferPointer(rebasing: u[start..<min(limit, runEnd + 1)]))
        if let cached = InclusiveMatchCache.shared.value(for: key, lexicon: lexicon) {
            return cached.map { (start + $0.length, $0.form) }
        }
        let result = analyseCompound(u, from: start, limit: limit)
        InclusiveMatchCache.shared.store(result.map { ($0.0 - start, $0.1) }, for: key, lexicon: lexicon)
        return result
    }

    /// A split form, or a compound with one: `enseignant.es-chercheur.es` (both parts inclusive),
    /// `aides-soignant·e·s` (a known word and a hyphen before the inclusive part).
    private func analyseCompound(_ u: UnsafeBufferPointer<UInt16>, from start: Int, limit: Int) -> (Int, InclusiveForm)? {
        if let (end, first) = analyse(u, from: start, limit: limit) {
            guard end + 1 < limit, CharacterClass.isHyphen(u[end]), CharacterClass.isLetter(u[end + 1]),
                  let (secondEnd, second) = analyse(u, from: end + 1, limit: limit) else { return (end, first) }
            let hyphen = UTF16Text.string(u, end, end + 1)
            return (secondEnd, InclusiveForm(form: UTF16Text.string(u, start, secondEnd),
                                             masculine: first.masculine + hyphen + second.masculine,
                                             feminine: first.feminine + hyphen + second.feminine,
                                             separator: first.separator, isNeutralWord: false,
                                             formation: [first.formation, second.formation].compactMap { $0 }.joined(separator: " + ")))
        }
        // aides-soignant·e·s, vice-président·e·s: the head is a known word.
        guard let lexicon else { return nil }
        var i = start
        while i < limit, CharacterClass.isLetterOrMark(u[i]), !CharacterClass.isApostrophe(u[i]) { i += 1 }
        guard i - start >= 2, i + 1 < limit, CharacterClass.isHyphen(u[i]), CharacterClass.isLetter(u[i + 1]) else { return nil }
        // Cheap test first: an inclusive separator must follow in the same run.
        var j = i + 1
        var separatorAhead = false
        while j < limit, j < i + 40 {
            let c = u[j]
            if CharacterClass.isMiddleDot(c) || c == 0x2E || c == 0x2F || c == 0x28 { separatorAhead = true; break }
            guard CharacterClass.isLetterOrMark(c) || CharacterClass.isHyphen(c) else { break }
            j += 1
        }
        guard separatorAhead, let (end, tail) = analyseCompound(u, from: i + 1, limit: limit) else { return nil }
        let head = UTF16Text.string(u, start, i)
        guard lexicon.isCommonWord(head) else { return nil }
        let headWithHyphen = UTF16Text.string(u, start, i + 1)
        return (end, InclusiveForm(form: UTF16Text.string(u, start, end), masculine: headWithHyphen + tail.masculine,
                                   feminine: headWithHyphen + tail.feminine, separator: tail.separator, isNeutralWord: false,
                                   formation: tail.formation))
    }

    /// A feminine built by one formation.
    private struct Candidate {
        let feminine: String
        let formation: InclusiveFormation
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
        // Endings after separators: · e · s, (e)s, -e-s, ·folle·s, .lle.s.
        var groups = [String]()
        var separator: UInt16 = 0
        while i < limit, groups.count < 3 {
            let c = u[i]
            // A hyphen after another separator starts a second form: enseignant.es-chercheur.es (militant·e.s is one).
            if separator != 0, c != separator, CharacterClass.isHyphen(c) || CharacterClass.isHyphen(separator) { break }
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
            guard length >= 1, length <= 10 else { break }
            // Endings are lower case after a lower-case stem, upper case after an upper-case one.
            var ok = true
            for k in groupStart..<groupEnd where stemHasLower != CharacterClass.isLower(u[k]) { ok = false; break }
            guard ok else { break }
            let written = UTF16Text.string(u, groupStart, groupEnd)
            if separator == 0 { separator = c }
            groups.append(stemHasLower ? written : written.lowercased())
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
            if InclusiveTables.endings.contains(g) || !g.hasSuffix("s") || g.count == 1 {
                feminineWritten = g; plural = ""
            } else {
                feminineWritten = String(g.dropLast()); plural = "s"
            }
        } else { return nil }
        guard feminineWritten != "s", feminineWritten != "x" else { return nil }

        let form = UTF16Text.string(u, start, end)
        let stem = UTF16Text.string(u, start, stemEnd)
        let upper = !stemHasLower
        func cased(_ s: String) -> String { upper ? s.uppercased() : s }
        let stemLower = upper ? stem.lowercased() : stem
        let stemEndsPlural = stemLower.hasSuffix("s") || stemLower.hasSuffix("x")
        var masculine = plural.isEmpty || stemEndsPlural ? stem : stem + cased(plural)
        // beau·belle·s → beaux
        if !plural.isEmpty, !stemEndsPlural, !isKnown(masculine), isKnown(stem + cased("x")) { masculine = stem + cased("x") }

        // The stems the feminine is built on; without its plural mark too (tous·tes, beaux·belles).
        var stems = [(stem, stemLower)]
        if !plural.isEmpty, stemEndsPlural { stems.append((String(stem.dropLast()), String(stemLower.dropLast()))) }

        // Suffix rows: what is written after the separator is the row's ending.
        var suffixCandidates = [Candidate]()
        for rule in InclusiveTables.suffixRows where rule.written == feminineWritten {
            for (s, sLower) in stems where sLower.hasSuffix(rule.masculineEnding) && sLower.count > rule.masculineEnding.count {
                let candidate = String(s.dropLast(rule.masculineEnding.count)) + cased(rule.feminineEnding + plural)
                if !suffixCandidates.contains(where: { $0.feminine == candidate }) {
                    suffixCandidates.append(Candidate(feminine: candidate, formation: rule))
                }
            }
        }
        // Alternations and irregular pairs: the written part is the whole feminine, its tail, or the mark e.
        var lexicalCandidates = [Candidate]()
        if lexicon != nil {
            for (s, sCased) in stems {
                let sLower = sCased.lowercased()
                for rule in InclusiveTables.alternations where sLower.hasSuffix(rule.masculineEnding) && sLower.count > rule.masculineEnding.count {
                    let singular = String(sLower.dropLast(rule.masculineEnding.count)) + rule.feminineEnding
                    guard Self.fits(feminineWritten.lowercased(), feminine: singular, masculine: sLower) else { continue }
                    let candidate = String(s.dropLast(rule.masculineEnding.count)) + cased(rule.feminineEnding + plural)
                    lexicalCandidates.append(Candidate(feminine: candidate, formation: rule))
                }
                for rule in InclusiveTables.irregularPairs[sLower] ?? [] {
                    guard Self.fits(feminineWritten.lowercased(), feminine: rule.feminineEnding, masculine: sLower) else { continue }
                    var candidate = cased(rule.feminineEnding + plural)
                    if !upper, s.first?.isUppercase == true { candidate = FrenchTables.capitalized(candidate) }
                    lexicalCandidates.append(Candidate(feminine: candidate, formation: rule))
                }
            }
        }
        guard !suffixCandidates.isEmpty || !lexicalCandidates.isEmpty else { return nil }

        // The feminine Dicollecte derives from this masculine, as written; then an alternation or pair it confirms;
        // then any known word; without a lexicon, the longest masculine ending.
        let masculineLemmas = lemmas(of: stems.map(\.1) + [stem])
        let derived = suffixCandidates.first { derives($0.feminine, from: masculineLemmas) }
            ?? lexicalCandidates.first { $0.formation.kind == .alternation ? derives($0.feminine, from: masculineLemmas) : isFeminine($0.feminine) }
        let chosen = derived ?? suffixCandidates.first { isKnown($0.feminine) }
        // tout·e·s → tous: a determiner whose masculine plural the pairs table knows.
        if let feminine = chosen?.feminine, !isKnown(masculine), let pair = InclusiveTables.pairsByFeminine[feminine.lowercased()] {
            masculine = upper ? pair.masculine.uppercased() : stem.first?.isUppercase == true ? FrenchTables.capitalized(pair.masculine) : pair.masculine
        }
        let separatorString = String(Character(Unicode.Scalar(separator) ?? "·"))
        let needsValidation = separator == 0x2E || separator == 0x2F || CharacterClass.isHyphen(separator)
        if needsValidation {
            // A known feminine the lexicon does not derive (toutes) needs the full shape (tou.te.s) or a stem that is
            // no word (tou.tes, tous.tes): `fou.le`, `vil.le` are a missing space before le.
            let shapeIsInclusive = groups.count >= 2 || !isKnown(stem) || (stems.count > 1 && !isKnown(stems[1].0))
            guard lexicon != nil, let chosen = derived ?? (shapeIsInclusive ? chosen : nil), isKnown(masculine) else { return nil }
            return (end, InclusiveForm(form: form, masculine: masculine, feminine: chosen.feminine, separator: separatorString,
                                       isNeutralWord: false, formation: chosen.formation.label))
        }
        guard let picked = chosen ?? suffixCandidates.first else { return nil }
        return (end, InclusiveForm(form: form, masculine: masculine, feminine: picked.feminine,
                                   separator: separatorString, isNeutralWord: false, formation: picked.formation.label))
    }

    /// True when `written` may stand for `feminine` after the separator: the whole feminine, its tail from where it
    /// leaves the masculine (`vieux·ille`, `fou.lle`, `loup·ve`), or the feminine mark `e` (`copain·e`, `préfet.e`).
    static func fits(_ written: String, feminine: String, masculine: String) -> Bool {
        guard feminine.hasSuffix(written) else { return false }
        if written == "e" { return true }
        let shared = zip(feminine, masculine).prefix { $0 == $1 }.count
        return written.count >= feminine.count - shared
    }

    /// Lower-cased lemmas of the masculine stems, with the stems themselves.
    private func lemmas(of words: [String]) -> Set<String> {
        var set = Set<String>()
        for word in words {
            let lower = word.lowercased()
            set.insert(lower)
            guard let lexicon else { continue }
            for form in Set([word, lower]) {
                for a in lexicon.analyses(of: form) { set.insert(a.lemma.lowercased()) }
            }
        }
        return set
    }

    /// True when the lexicon reads `feminine` as a feminine (or epicene) form of one of `lemmas`.
    private func derives(_ feminine: String, from lemmas: Set<String>) -> Bool {
        guard let lexicon else { return false }
        let lower = feminine.lowercased()
        for form in Set([feminine, lower]) {
            for a in lexicon.analyses(of: form) where a.gender != .masculine && lemmas.contains(a.lemma.lowercased()) && a.lemma.lowercased() != lower {
                return true
            }
        }
        return false
    }

    /// True when the lexicon knows `word` as a feminine (or epicene) form.
    private func isFeminine(_ word: String) -> Bool {
        guard let lexicon else { return false }
        for form in Set([word, word.lowercased()]) where lexicon.analyses(of: form).contains(where: { $0.gender != .masculine }) {
            return true
        }
        return false
    }

    private func isKnown(_ word: String) -> Bool {
        guard let lexicon else { return false }
        if lexicon.contains(word) { return true }
        let lower = word.lowercased()
        return lower != word && lexicon.contains(lower)
    }
}
