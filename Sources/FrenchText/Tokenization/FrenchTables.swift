/// The tokenizer's lexical tables, read once from the embedded resource files
/// (`Sources/FrenchText/Resources/`) with their generated variants (capitalised, ’/').
///
/// ```swift
/// FrenchTables.elisions.contains("jusqu")       // true
/// FrenchTables.abbreviations.contains("Av.")    // true (generated from "av.")
/// ```
enum FrenchTables {
    /// Elided words without their apostrophe, lower-cased: `l`, `qu`, `jusqu`.
    static let elisions: Set<String> = Set(WordList.lines(PackageResources.elisions_txt))

    /// Abbreviations as written (`M.`, `etc.`, `Mme`) plus capitalised variants (`Etc.`).
    static let abbreviations: Set<String> = {
        var set = Set<String>()
        for entry in WordList.lines(PackageResources.abbreviations_txt) {
            set.insert(entry)
            set.insert(capitalized(entry))
        }
        return set
    }()

    /// Abbreviations that may close a sentence when a capitalised word follows.
    static let sentenceFinalAbbreviations: Set<String> = {
        var set = Set<String>()
        for entry in WordList.lines(PackageResources.abbreviations_sentence_final_txt) {
            set.insert(entry)
            set.insert(capitalized(entry))
        }
        return set
    }()

    /// Longest abbreviation, in UTF-16 units (bounds the look-ahead).
    static let longestAbbreviation: Int = abbreviations.map(\.utf16.count).max() ?? 0

    /// Pronouns split off after a verb and a hyphen, lower-cased.
    static let inversionPronouns: Set<String> = Set(WordList.lines(PackageResources.inversion_pronouns_txt))

    /// Subject pronouns that may follow the euphonic `-t-`.
    static let euphonicPronouns: Set<String> = ["il", "elle", "on", "iel", "ils", "elles", "iels", "en"]

    /// Top-level domains of bare web addresses, lower-cased.
    static let topLevelDomains: Set<String> = Set(WordList.lines(PackageResources.top_level_domains_txt))

    /// Feminine-ending rules of inclusive writing, longest masculine ending first.
    static let inclusiveSuffixRules: [InclusiveSuffixRule] = WordList.rows(PackageResources.inclusive_suffixes_tsv)
        .compactMap { row in
            guard row.count >= 3, !row[0].isEmpty else { return nil }
            return InclusiveSuffixRule(written: row[0], masculineEnding: row[1], feminineEnding: row[2])
        }
        .sorted { $0.masculineEnding.count > $1.masculineEnding.count }

    /// The written endings that may follow an inclusive separator (`e`, `rice`, `ve`…).
    static let inclusiveEndings: Set<String> = Set(inclusiveSuffixRules.map(\.written))

    /// Gender-neutral words (`iel`, `celleux`) with their masculine and feminine readings, lower-cased keys.
    static let neutralWords: [String: (masculine: String, feminine: String)] = {
        var table = [String: (masculine: String, feminine: String)]()
        for row in WordList.rows(PackageResources.inclusive_neutral_words_tsv) where row.count >= 3 {
            table[row[0]] = (row[1], row[2])
        }
        return table
    }()

    /// Longest neutral word, in UTF-16 units.
    static let longestNeutralWord: Int = neutralWords.keys.map(\.utf16.count).max() ?? 0

    /// `etc.` → `Etc.`; `M.` unchanged.
    static func capitalized(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }
}
