import Testing
@testable import FrenchText

/// The quote extractor's lexical tables: headers, sorted, no duplicates, apostrophes as '.
@Suite struct QuoteResourceTests {
    static let files: [(String, [UInt8])] = [
        ("cue_verbs.txt", PackageResources.cue_verbs_txt),
        ("document_nouns.txt", PackageResources.document_nouns_txt),
        ("general_person_nouns.txt", PackageResources.general_person_nouns_txt),
        ("organisation_name_words.txt", PackageResources.organisation_name_words_txt),
        ("person_titles.tsv", PackageResources.person_titles_tsv),
        ("speaker_organisation_nouns.txt", PackageResources.speaker_organisation_nouns_txt),
        ("speaker_pronouns.tsv", PackageResources.speaker_pronouns_tsv),
        ("speaker_role_nouns.tsv", PackageResources.speaker_role_nouns_tsv),
    ]

    @Test(arguments: files.map(\.0))
    func isWellFormed(_ name: String) throws {
        let bytes = try #require(Self.files.first { $0.0 == name }?.1)
        ResourceFileCheck.expectWellFormed(name, bytes)
    }

    @Test(arguments: ["déclarer", "dire", "affirmer", "ajouter", "estimer", "souligner", "indigner", "féliciter", "inquiéter", "clamer"])
    func cueLemmas(_ lemma: String) {
        #expect(QuoteLexicon.shared.cueLemmas.contains(lemma))
    }

    @Test func roleNounsCarryGender() {
        let roles = QuoteLexicon.shared.roleNouns
        #expect(roles["présidente"]?.gender == .female)
        #expect(roles["directeur"]?.gender == .male)
        #expect(roles["ministre"]?.gender == nil)
        #expect(roles["porte-parole"]?.lemma == "porte-parole")
        #expect(roles["membre"]?.genderless == true)
    }
}
