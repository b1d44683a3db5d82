/// The tokenizer's lexical tables, read once from the embedded resource files
/// (`Sources/FrenchText/Resources/`) with their generated variants (capitalised, ’/').
///
/// ```swift
/// FrenchTables.elisions.contains("jusqu")       // true
/// FrenchTables.abbreviations.contains("Av.")    // true (generated from "av.")
/// ```
enum FrenchTables {
    /// Elided words without their apostrophe, lower-cased: `l`, `qu`, `jusqu`.
    static let elisions: Set<String> = Set(LexicalTables.lines(.elisions))

    /// Abbreviations as written (`M.`, `etc.`, `Mme`) plus capitalised variants (`Etc.`).
    static let abbreviations: Set<String> = {
        var set = Set<String>()
        for entry in LexicalTables.lines(.abbreviations) {
            set.insert(entry)
            set.insert(capitalized(entry))
        }
        return set
    }()

    /// ASCII letters that start an abbreviation written without a period (`Mme`, `Dr`): a cheap first test.
    static let abbreviationInitials: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for entry in abbreviations where !entry.hasSuffix(".") {
            if let first = entry.utf16.first, first < 0x80 { table[Int(first)] = true }
        }
        return table
    }()

    /// Abbreviations that may close a sentence when a capitalised word follows.
    static let sentenceFinalAbbreviations: Set<String> = {
        var set = Set<String>()
        for entry in LexicalTables.lines(.abbreviationsSentenceFinal) {
            set.insert(entry)
            set.insert(capitalized(entry))
        }
        return set
    }()

    /// The ASCII entries of ``abbreviations`` (up to 8 characters, as written) packed by ``writtenKey(_:_:_:)``,
    /// sorted: most look-ups (`Des`, `Mme`, `etc.`) are answered without making a string.
    static let abbreviationKeys: [UInt64] = abbreviations.compactMap { entry in
        let units = Array(entry.utf16)
        return units.withUnsafeBufferPointer { writtenKey($0, 0, units.count) }
    }.sorted()

    /// True when `u[start..<end]` is one of ``abbreviations`` (as written).
    static func isAbbreviation(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, keys: [UInt64]) -> Bool {
        if let key = writtenKey(u, start, end) { return keys.containsSorted(key) }
        // Longer or not ASCII (`c.-à-d.`, `tél.`): the string table.
        for k in start..<end where u[k] >= 0x80 { return abbreviations.contains(UTF16Text.string(u, start, end)) }
        return end - start > 8 && abbreviations.contains(UTF16Text.string(u, start, end))
    }

    /// Up to 8 printable ASCII characters as written (no case folding), packed into a UInt64; nil when longer,
    /// empty or not printable ASCII. Distinct texts give distinct keys (no character packs to 0).
    @inline(__always)
    static func writtenKey(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> UInt64? {
        guard end - start <= 8, end > start else { return nil }
        var key: UInt64 = 0
        for i in start..<end {
            let c = u[i]
            guard c > 0x20 && c < 0x7F else { return nil }
            key = key << 8 | UInt64(c)
        }
        return key
    }

    /// Longest abbreviation, in UTF-16 units (bounds the look-ahead).
    static let longestAbbreviation: Int = abbreviations.map(\.utf16.count).max() ?? 0

    /// Pronouns split off after a verb and a hyphen, lower-cased.
    static let inversionPronouns: Set<String> = LexicalTables.entries(.inversionPronouns)

    /// Pronouns that may follow the euphonic `-t-` (`a-t-il`, `va-t-en`).
    static let euphonicPronouns: Set<String> = Set(LexicalTables.rows(.inversionPronouns).filter { $0.count > 2 && $0[2] == "euphonic" }.map { $0[0] })

    /// Pronouns split off without a lexicon to confirm the verb: subjects (`dit-il`, `pense-t-on`) and
    /// what follows `-t-`.
    static let pronounsInvertingWithoutLexicon: Set<String> = euphonicPronouns.union(
        LexicalTables.rows(.inversionPronouns).filter { $0.count > 1 && $0[1] == "subject" }.map { $0[0] })

    /// Top-level domains of bare web addresses, lower-cased.
    static let topLevelDomains: Set<String> = Set(LexicalTables.lines(.topLevelDomains))

    /// Gender-neutral words (`iel`, `celleux`) with their masculine and feminine readings, lower-cased keys.
    static let neutralWords: [String: (masculine: String, feminine: String)] = {
        var table = [String: (masculine: String, feminine: String)]()
        for row in LexicalTables.rows(.inclusiveNeutralWords) where row.count >= 3 {
            table[row[0]] = (row[1], row[2])
        }
        return table
    }()

    /// The neutral words as ASCII bytes, for comparisons on code units.
    static let neutralWordsASCII: [[UInt8]] = neutralWords.keys.sorted().map { Array($0.utf8) }

    /// ASCII letters (both cases) that start a neutral word: a cheap first test.
    static let neutralWordInitials: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for word in neutralWords.keys {
            guard let first = word.unicodeScalars.first, first.isASCII else { continue }
            table[Int(first.value)] = true
            table[Int(Character(first).uppercased().unicodeScalars.first!.value)] = true
        }
        return table
    }()

    /// For each lower-case ASCII first letter (index 0-25) a bit per length (1-15) of the neutral words
    /// starting with it: `iel` sets bit 3 of `i`.
    static let neutralWordShapes: [UInt16] = {
        var shapes = [UInt16](repeating: 0, count: 26)
        for word in neutralWords.keys {
            let bytes = Array(word.utf8)
            guard let first = bytes.first, first >= 0x61, first <= 0x7A, bytes.count < 16 else { continue }
            shapes[Int(first - 0x61)] |= 1 << bytes.count
        }
        return shapes
    }()

    /// The elisions packed as lower-case ASCII in a UInt64 (see ``asciiKey(_:_:_:)``).
    static let elisionKeys: [UInt64] = elisions.compactMap { word in
        let units = Array(word.utf16)
        return units.withUnsafeBufferPointer { asciiKey($0, 0, units.count) }
    }

    /// The inversion pronouns and the pronouns after `-t-`, packed like ``elisionKeys``.
    static let inversionPronounKeys: [UInt64] = keys(inversionPronouns)
    static let euphonicPronounKeys: [UInt64] = keys(euphonicPronouns)

    private static func keys(_ words: Set<String>) -> [UInt64] {
        words.sorted().compactMap { word in
            let units = Array(word.utf16)
            return units.withUnsafeBufferPointer { asciiKey($0, 0, units.count) }
        }
    }

    /// Up to 8 ASCII letters, lower-cased, packed into a UInt64; nil when longer or not ASCII letters.
    static func asciiKey(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> UInt64? {
        guard end - start <= 8, end > start else { return nil }
        var key: UInt64 = 0
        for i in start..<end {
            var c = u[i]
            if c >= 0x41 && c <= 0x5A { c += 0x20 }
            guard c >= 0x61 && c <= 0x7A else { return nil }
            key = key << 8 | UInt64(c)
        }
        return key
    }

    /// Longest neutral word, in UTF-16 units.
    static let longestNeutralWord: Int = neutralWords.keys.map(\.utf16.count).max() ?? 0

    /// `etc.` → `Etc.`; `M.` unchanged.
    static func capitalized(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    /// Endings of ordinals after digits or Roman numerals: `1er`, `1re`, `2e`, `2ème`, `2nd`, `XXIᵉ`.
    static let ordinalEndings: Set<String> = Set(LexicalTables.lines(.ordinalEndings))

    /// First UTF-16 unit and longest length of ``ordinalEndings``: a cheap first test (`Il`, `Vous` are turned
    /// away by their second letter). No ending has a canonical equivalent starting otherwise (`è` is U+00E8 or `e`
    /// and a combining grave, both listed).
    static let ordinalEndingInitials: [UInt16] = Array(Set(ordinalEndings.compactMap(\.utf16.first))).sorted()
    static let longestOrdinalEnding: Int = ordinalEndings.map(\.utf16.count).max() ?? 0

    /// True when `u[start..<end]` is one of ``ordinalEndings``.
    static func isOrdinalEnding(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Bool {
        // Twice the longest: a decomposed `ème` (e + U+0300 + me) is longer than its entry and still equal as a String.
        guard end > start, end - start <= 2 * longestOrdinalEnding, ordinalEndingInitials.contains(u[start]) else { return false }
        return ordinalEndings.contains(UTF16Text.string(u, start, end))
    }
}

extension Array where Element == UInt64 {
    /// Binary search in a sorted array.
    @inline(__always)
    func containsSorted(_ key: UInt64) -> Bool {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) >> 1
            let value = self[mid]
            if value == key { return true }
            if value < key { low = mid + 1 } else { high = mid }
        }
        return false
    }
}
