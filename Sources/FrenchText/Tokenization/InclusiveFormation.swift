/// One row of `inclusive_formations.tsv`: how a feminine is rebuilt from the masculine written
/// before an inclusive separator.
///
/// ```swift
/// // suffix      acteur·rice:  written "rice", masculine ending "eur", feminine ending "rice" → actrice
/// // alternation fou·folle:    masculine ending "ou", feminine ending "olle" → folle (Dicollecte derives it from fou)
/// // pair        copain·e:     masculine "copain", feminine "copine" (Dicollecte knows copine)
/// ```
struct InclusiveFormation: Sendable, Hashable {
    enum Kind: String, Sendable {
        /// What follows the separator is exactly `written`.
        case suffix
        /// An ending alternation; valid when the lexicon derives the feminine from the masculine.
        case alternation
        /// An irregular pair of whole words; valid when the lexicon knows the feminine.
        case pair
    }

    let kind: Kind
    /// The masculine ending replaced (a whole word for a pair).
    let masculineEnding: String
    /// The feminine ending put in its place (a whole word for a pair).
    let feminineEnding: String
    /// For suffix rows, what one writes after the separator (without the plural s).
    let written: String

    /// How `frtext explain` names the formation: `suffix +e`, `suffix -eur → -rice`, `alternation -ou → -olle`,
    /// `pair copain → copine`.
    var label: String {
        switch kind {
        case .pair: return "pair \(masculineEnding) → \(feminineEnding)"
        case .suffix where masculineEnding.isEmpty: return "suffix +\(feminineEnding)"
        case .suffix, .alternation: return "\(kind.rawValue) -\(masculineEnding) → -\(feminineEnding)"
        }
    }
}

/// One row of `inclusive_pairs.tsv`: a pronoun or determiner pair (`ceux` / `celles`, `du` / `de la`).
struct InclusivePair: Sendable, Hashable {
    let masculine: String
    let feminine: String

    /// How `frtext explain` names it: `word pair ceux / celles`.
    var label: String { "word pair \(masculine) / \(feminine)" }
}
