import Testing
@testable import FrenchText

/// The entity tagger's data files: a header saying the source, NFC, sorted, no duplicates.
@Suite struct EntityResourceTests {
    static let files: [(String, [UInt8])] = [
        ("business_verbs.txt", PackageResources.business_verbs_txt),
        ("cities.txt", PackageResources.cities_txt),
        ("club_name_heads.txt", PackageResources.club_name_heads_txt),
        ("clubs.tsv", PackageResources.clubs_tsv),
        ("demonym_suffixes.txt", PackageResources.demonym_suffixes_txt),
        ("organisation_name_links.txt", PackageResources.organisation_name_links_txt),
        ("companies.tsv", PackageResources.companies_tsv),
        ("date_words.tsv", PackageResources.date_words_tsv),
        ("media.tsv", PackageResources.media_tsv),
        ("non_organisation_acronyms.txt", PackageResources.non_organisation_acronyms_txt),
        ("parties.tsv", PackageResources.parties_tsv),
        ("platforms.txt", PackageResources.platforms_txt),
        ("programme_nouns.txt", PackageResources.programme_nouns_txt),
        ("unions.tsv", PackageResources.unions_tsv),
        ("countries_variants.tsv", PackageResources.countries_variants_tsv),
        ("entity_speech_cues.txt", PackageResources.entity_speech_cues_txt),
        ("ministry_metonyms.txt", PackageResources.ministry_metonyms_txt),
        ("months.tsv", PackageResources.months_tsv),
        ("name_particles.txt", PackageResources.name_particles_txt),
        ("org_group_nouns.txt", PackageResources.org_group_nouns_txt),
        ("org_head_nouns.tsv", PackageResources.org_head_nouns_tsv),
        ("org_suffixes.txt", PackageResources.org_suffixes_txt),
        ("organisations.tsv", PackageResources.organisations_tsv),
        ("person_roles.txt", PackageResources.person_roles_txt),
        ("person_titles.tsv", PackageResources.person_titles_tsv),
        ("place_context_nouns.txt", PackageResources.place_context_nouns_txt),
        ("place_nouns.txt", PackageResources.place_nouns_txt),
        ("regions.txt", PackageResources.regions_txt),
        ("relative_dates.tsv", PackageResources.relative_dates_tsv),
        ("weekdays.tsv", PackageResources.weekdays_tsv),
        ("year_prepositions.txt", PackageResources.year_prepositions_txt),
    ]

    @Test(arguments: files.map(\.0))
    func isWellFormed(_ name: String) throws {
        let bytes = try #require(Self.files.first { $0.0 == name }?.1)
        ResourceFileCheck.expectWellFormed(name, bytes)
    }

    @Test func organisationListIsBroad() {
        #expect(WordList.rows(PackageResources.organisations_tsv).count >= 150)
    }

    @Test func gazetteerHasICUPlaces() {
        // ICU's French data: Biélorussie (country), N’Djamena (exemplar city).
        #expect(ICUPlaceNames.countries().contains("Biélorussie"))
        #expect(ICUPlaceNames.cities().contains("Kigali"))
    }
}
