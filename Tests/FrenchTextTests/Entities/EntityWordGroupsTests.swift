import Testing
@testable import FrenchText

/// `entity_word_groups.tsv` through ``EntityWordGroups``: every group named in the table is one the rules read and
/// has words, the capitalised articles are made in code, and the month abbreviations come from `months.tsv`.
@Suite struct EntityWordGroupsTests {
    @Test func everyRowNamesAKnownGroup() {
        let names = Set(EntityWordGroups.Group.allCases.map(\.rawValue))
        let unknown = LexicalTables.rows(.entityWordGroups).map { $0[0] }.filter { !names.contains($0) }
        #expect(unknown.isEmpty, "unknown groups: \(unknown)")
    }

    @Test(arguments: EntityWordGroups.Group.allCases)
    func groupHasWords(_ group: EntityWordGroups.Group) {
        #expect(!EntityWordGroups.words(group).isEmpty)
    }

    @Test func keyGroupsAreLookupKeys() {
        let written: Set<EntityWordGroups.Group> = [.greaterAreaPrefix, .legalFormWithPeriod, .regionPartPrefix, .saintPrefix]
        for group in EntityWordGroups.Group.allCases where !written.contains(group) {
            for word in EntityWordGroups.words(group) { #expect(LookupKey.make(word) == word, "\(group.rawValue): \(word)") }
        }
    }

    @Test(arguments: ["Le", "La", "Les"])
    func capitalisedArticlesAreMadeFromTheKeys(_ form: String) {
        #expect(EntityWordGroups.capitalisedArticles.contains(string: form))
        #expect(EntityWordGroups.capitalisedArticlesOrElided.contains(string: form))
        #expect(!EntityWordGroups.capitalisedArticles.contains(string: form.uppercased()))
    }

    @Test func elidedArticleComesInBothApostrophes() {
        #expect(EntityWordGroups.capitalisedArticlesOrElided.contains(string: "L'"))
        #expect(EntityWordGroups.capitalisedArticlesOrElided.contains(string: "L\u{2019}"))
        #expect(!EntityWordGroups.capitalisedArticles.contains(string: "L'"))
        #expect(!EntityWordGroups.capitalisedArticlesOrElided.contains(string: "l'"))
    }

    @Test(arguments: [("sept", true), ("janv", true), ("févr", true), ("fév", true), ("mai", false), ("août", false), ("mars", false), ("septembre", false)])
    func monthAbbreviationsAreTheShorterKeysOfAMonth(_ key: String, _ isAbbreviation: Bool) {
        #expect(EntityTables.shared.monthAbbreviations.contains(string: key) == isAbbreviation)
    }

    /// A short whole month name needs no period; the first day may be spelled out or keep its ending apart.
    @Test(arguments: [
        ("Le vote aura lieu le 12 mai 2026 à Berne.", ["DATE 12 mai 2026=2026-05-12"]),
        ("Les élections du 1 er juin 2025 ont surpris.", ["DATE 1 er juin 2025=2025-06-01"]),
        ("Le marché du 4 août 2023 a attiré la foule.", ["DATE 4 août 2023=2023-08-04"]),
    ])
    func monthsAndFirstDays(_ sentence: String, _ expected: [String]) {
        #expect(entityLabels(sentence).filter { $0.hasPrefix("DATE") } == expected)
    }

    /// The tokenizer keeps `sept.` whole (`abbreviations.txt`): the date rules read the month it abbreviates.
    @Test func abbreviatedMonthWithItsPeriod() {
        #expect(entityLabels("La réunion du 3 sept. 2024 est reportée.").filter { $0.hasPrefix("DATE") } == ["DATE 3 sept. 2024=2024-09-03"])
    }

    /// A year of 1900–1949 is a date after `l’an` (in one word or two), as after a year preposition.
    @Test(arguments: ["Le pont fut achevé en l’an 1925 malgré la crise.", "La commune comptait mille habitants en l'an 1931."])
    func yearAfterLAn(_ sentence: String) {
        #expect(entityLabels(sentence).contains { $0.hasPrefix("DATE 19") })
    }
}
