/// One row of `inclusive_suffixes.tsv`: after the separator one writes `written`; the feminine
/// replaces the masculine ending `masculineEnding` with `feminineEnding`.
///
/// ```swift
/// // acteur·rice: written "rice", masculine ending "eur", feminine ending "rice" → actrice
/// ```
struct InclusiveSuffixRule: Sendable, Hashable {
    let written: String
    let masculineEnding: String
    let feminineEnding: String
}
