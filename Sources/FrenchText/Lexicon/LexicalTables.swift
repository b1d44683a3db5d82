/// The one loader of the lexical tables shipped as resource files (`Sources/FrenchText/Resources/`,
/// embedded in the binary): UTF-8, NFC, one entry a line, `#` comments, TSV where an entry has a type.
///
/// Every table is named by a ``LexicalTable`` case; its entries come back as lines, as TSV rows, or
/// as a set of lookup keys (``LookupKey``).
///
/// ```swift
/// LexicalTables.lines(.elisions).contains("jusqu")           // true
/// LexicalTables.rows(.months).first                           // ["août", "8"]
/// LexicalTables.keys(.ministryMetonyms).contains("l'intérieur") // false: "intérieur" is the entry
/// ```
public enum LexicalTables {
    /// The non-comment, non-blank lines of `table`, trimmed of spaces and tabs.
    public static func lines(_ table: LexicalTable) -> [String] { lines(table.bytes) }

    /// The lines of `table` split on tabs (empty columns kept, cells trimmed of spaces).
    public static func rows(_ table: LexicalTable) -> [[String]] { rows(table.bytes) }

    /// The first column of `table` as lookup keys (lower case, ’ → ').
    public static func keys(_ table: LexicalTable) -> Set<String> {
        Set(rows(table).compactMap { $0.first.flatMap { $0.isEmpty ? nil : LookupKey.make($0) } })
    }

    /// A grouped table (`group<TAB>word`, as `quote_function_words.tsv` and `entity_word_groups.tsv`): each group's
    /// words, in the table's order, by the group's name.
    ///
    /// ```swift
    /// LexicalTables.groups(.entityWordGroups)["coordinating-and"]  // ["et"]
    /// ```
    static func groups(_ table: LexicalTable) -> [String: [String]] {
        var out = [String: [String]]()
        for row in rows(table) where row.count >= 2 { out[row[0], default: []].append(row[1]) }
        return out
    }

    /// The first column of `table` as written.
    public static func entries(_ table: LexicalTable) -> Set<String> {
        Set(rows(table).compactMap { $0.first.flatMap { $0.isEmpty ? nil : $0 } })
    }

    /// The non-comment, non-blank lines of an embedded resource.
    static func lines(_ bytes: [UInt8]) -> [String] {
        var out = [String]()
        bytes.withUnsafeBufferPointer { b in
            var start = 0
            let n = b.count
            while start < n {
                var end = start
                while end < n && b[end] != 0x0A && b[end] != 0x0D { end += 1 }
                var a = start, z = end
                while a < z && (b[a] == 0x20 || b[a] == 0x09) { a += 1 }
                while z > a && (b[z - 1] == 0x20 || b[z - 1] == 0x09) { z -= 1 }
                if z > a && b[a] != 0x23 {
                    out.append(String(decoding: UnsafeBufferPointer(rebasing: b[a..<z]), as: UTF8.self))
                }
                start = end + 1
            }
        }
        return out
    }

    /// Each line split on tabs, cells trimmed of spaces (read as bytes: start-up reads about 40 tables).
    static func rows(_ bytes: [UInt8]) -> [[String]] {
        var out = [[String]]()
        bytes.withUnsafeBufferPointer { b in
            var start = 0
            let n = b.count
            while start < n {
                var end = start
                while end < n && b[end] != 0x0A && b[end] != 0x0D { end += 1 }
                var a = start, z = end
                while a < z && (b[a] == 0x20 || b[a] == 0x09) { a += 1 }
                while z > a && (b[z - 1] == 0x20 || b[z - 1] == 0x09) { z -= 1 }
                if z > a && b[a] != 0x23 { out.append(cells(b, a, z)) }
                start = end + 1
            }
        }
        return out
    }

    /// The tab-separated cells of bytes `a..<z`, each trimmed of spaces.
    private static func cells(_ b: UnsafeBufferPointer<UInt8>, _ a: Int, _ z: Int) -> [String] {
        var row = [String]()
        var cell = a
        while true {
            var end = cell
            while end < z && b[end] != 0x09 { end += 1 }
            var x = cell, y = end
            while x < y && b[x] == 0x20 { x += 1 }
            while y > x && b[y - 1] == 0x20 { y -= 1 }
            row.append(String(decoding: UnsafeBufferPointer(rebasing: b[x..<y]), as: UTF8.self))
            if end >= z { return row }
            cell = end + 1
        }
    }
}

/// A resource file under `Sources/FrenchText/Resources/`; the raw value is its file name.
public enum LexicalTable: String, CaseIterable, Sendable {
    case abbreviations = "abbreviations.txt"
    case abbreviationsSentenceFinal = "abbreviations_sentence_final.txt"
    case businessVerbs = "business_verbs.txt"
    case cities = "cities.txt"
    case clubNameHeads = "club_name_heads.txt"
    case clubPrefixes = "club_prefixes.txt"
    case clubs = "clubs.tsv"
    case companies = "companies.tsv"
    case companyNameWords = "company_name_words.txt"
    case conjunctions = "conjunctions.txt"
    case countriesVariants = "countries_variants.tsv"
    case cueVerbs = "cue_verbs.txt"
    case dateWords = "date_words.tsv"
    case demonymSuffixes = "demonym_suffixes.txt"
    case demonyms = "demonyms.tsv"
    case demonymCountries = "demonym_countries.tsv"
    case determiners = "determiners.tsv"
    case documentNouns = "document_nouns.txt"
    case elisions = "elisions.txt"
    case entityClauseStartMarks = "entity_clause_start_marks.txt"
    case entityDateDayListLeads = "entity_date_day_list_leads.txt"
    case entityDateNumericLeads = "entity_date_numeric_leads.txt"
    case entityDateOldYearLeads = "entity_date_old_year_leads.txt"
    case entityDateRangeMarks = "entity_date_range_marks.txt"
    case entityDateSpanLinks = "entity_date_span_links.txt"
    case entityDateSpanOpeners = "entity_date_span_openers.txt"
    case entityDateYearSpanLinks = "entity_date_year_span_links.txt"
    case entityDeForms = "entity_de_forms.txt"
    case entityFunctionWords = "entity_function_words.txt"
    case entityKnownNameCardinalLinks = "entity_known_name_cardinal_links.txt"
    case entityOrgArmedGroupAdjectives = "entity_org_armed_group_adjectives.txt"
    case entityOrgArmedGroupDeForms = "entity_org_armed_group_de_forms.txt"
    case entityOrgArmedGroupNouns = "entity_org_armed_group_nouns.txt"
    case entityOrgArticles = "entity_org_articles.txt"
    case entityOrgBodyLeads = "entity_org_body_leads.txt"
    case entityOrgCardinalPoints = "entity_org_cardinal_points.txt"
    case entityOrgClauseOpeners = "entity_org_clause_openers.txt"
    case entityOrgComplementStops = "entity_org_complement_stops.txt"
    case entityOrgConnectors = "entity_org_connectors.txt"
    case entityOrgComplementDemonymEndings = "entity_org_complement_demonym_endings.txt"
    case entityOrgEnglishLinks = "entity_org_english_links.txt"
    case entityOrgInitialsSkipped = "entity_org_initials_skipped.txt"
    case entityOrgNameInnerLinks = "entity_org_name_inner_links.txt"
    case entityOrgNounsTakingA = "entity_org_nouns_taking_a.txt"
    case entityOrgNumberedNouns = "entity_org_numbered_nouns.txt"
    case entityOrgTitleLowerWords = "entity_org_title_lower_words.txt"
    case entityPersonCueAuxiliaries = "entity_person_cue_auxiliaries.txt"
    case entityPersonCueClitics = "entity_person_cue_clitics.txt"
    case entityPersonPairArticles = "entity_person_pair_articles.txt"
    case entityPersonPairVerbs = "entity_person_pair_verbs.txt"
    case entityPersonRoleDeterminers = "entity_person_role_determiners.txt"
    case entityPersonSurnameLeads = "entity_person_surname_leads.txt"
    case entityOrgLocalBodyAdjectives = "entity_org_local_body_adjectives.txt"
    case entityEventFinalWords = "entity_event_final_words.txt"
    case entityOrgFieldLinks = "entity_org_field_links.txt"
    case entityOrgTradeHeads = "entity_org_trade_heads.txt"
    case entityOrgPortfolioRoles = "entity_org_portfolio_roles.txt"
    case entityPersonEponymNouns = "entity_person_eponym_nouns.txt"
    case entityPlaceAdministrativeDe = "entity_place_administrative_de.txt"
    case entityPlaceAdministrativeNouns = "entity_place_administrative_nouns.txt"
    case entityPlaceBeforeDe = "entity_place_before_de.txt"
    case entityPlaceCompoundInner = "entity_place_compound_inner.txt"
    case entityPlaceDatelineMarks = "entity_place_dateline_marks.txt"
    case entityPlaceDeElided = "entity_place_de_elided.txt"
    case entityPlaceDeNameForms = "entity_place_de_name_forms.txt"
    case entityPlaceDemonymEndings = "entity_place_demonym_endings.txt"
    case entityPlaceElidedNounParts = "entity_place_elided_noun_parts.txt"
    case entityPlaceFeminineArticles = "entity_place_feminine_articles.txt"
    case entityPlaceNamedSiteNouns = "entity_place_named_site_nouns.txt"
    case entityPlaceNounsBeforeName = "entity_place_nouns_before_name.txt"
    case entityPlaceOrdinalEndings = "entity_place_ordinal_endings.txt"
    case entityPlacePrepositions = "entity_place_prepositions.txt"
    case entityResolverHeadArticles = "entity_resolver_head_articles.txt"
    case entityResolverListComplementLinks = "entity_resolver_list_complement_links.txt"
    case entityResolverListConjunctions = "entity_resolver_list_conjunctions.txt"
    case entityResolverListPrepositions = "entity_resolver_list_prepositions.txt"
    case entitySpeechCues = "entity_speech_cues.txt"
    case entityWordGroups = "entity_word_groups.tsv"
    case entityPersonPlaceLeads = "entity_person_place_leads.txt"
    case entityOrgListHeads = "entity_org_list_heads.txt"
    case competitions = "competitions.txt"
    case entityPlaceContractedArticles = "entity_place_contracted_articles.tsv"
    case entityOrgAppositionNouns = "entity_org_apposition_nouns.txt"
    case entityClubRoleNouns = "entity_club_role_nouns.txt"
    case entityClubMatchVerbs = "entity_club_match_verbs.txt"
    case entityClubOpponentLeads = "entity_club_opponent_leads.txt"
    case entityClubObjectVerbs = "entity_club_object_verbs.txt"
    case entityClubAgentLeads = "entity_club_agent_leads.txt"
    case entityOrgMatchReportNouns = "entity_org_match_report_nouns.txt"
    case entityOrgTeamNicknameDeterminers = "entity_org_team_nickname_determiners.txt"
    case entityOrgAConnectors = "entity_org_a_connectors.txt"
    case entityPlaceVenueSuffixes = "entity_place_venue_suffixes.txt"
    case entityOrgCompanyLeads = "entity_org_company_leads.txt"
    case entityOrgAcquisitionVerbs = "entity_org_acquisition_verbs.txt"
    case entityOrgTeamNouns = "entity_org_team_nouns.txt"
    case entityOrgLowerCaseLeads = "entity_org_lower_case_leads.txt"
    case entityOrgLowerCasePhrases = "entity_org_lower_case_phrases.txt"
    case entityPersonNameStops = "entity_person_name_stops.txt"
    case entityOrgStateNameNouns = "entity_org_state_name_nouns.txt"
    case entityOrgPrenominalAdjectives = "entity_org_prenominal_adjectives.txt"
    case entityPlaceCapitalisedUnitNouns = "entity_place_capitalised_unit_nouns.txt"
    case entityOrgTeamAdjectives = "entity_org_team_adjectives.txt"
    case entityDiseaseNames = "entity_disease_names.txt"
    case entityOrgCommonCompounds = "entity_org_common_compounds.txt"
    case entityOrgNamingParticiples = "entity_org_naming_participles.txt"
    case entityOrgOfficerRoles = "entity_org_officer_roles.txt"
    case entityOrgStateNouns = "entity_org_state_nouns.txt"
    case entityOrgWebsiteLeads = "entity_org_website_leads.txt"
    case entityOrgMediumStatementNouns = "entity_org_medium_statement_nouns.txt"
    case entityOrgMediumReflexives = "entity_org_medium_reflexives.txt"
    case entityPlaceSponsorVenueHeads = "entity_place_sponsor_venue_heads.tsv"
    case entityOrgRadioBands = "entity_org_radio_bands.txt"
    case entityDateHolidays = "entity_date_holidays.tsv"
    case entityDateEnglishMonths = "entity_date_english_months.tsv"
    case entityOrgPortfolioHeads = "entity_org_portfolio_heads.txt"
    case entityOrgNameCoordinators = "entity_org_name_coordinators.txt"
    case entityOrgLowerHeadStops = "entity_org_lower_head_stops.txt"
    case entityPlaceStateForms = "entity_place_state_forms.txt"
    case entityPlaceTownBuildings = "entity_place_town_buildings.txt"
    case generalPersonNouns = "general_person_nouns.txt"
    case geographicFeatures = "geographic_features.txt"
    case inclusiveFormations = "inclusive_formations.tsv"
    case inclusiveNeutralWords = "inclusive_neutral_words.tsv"
    case inclusivePairs = "inclusive_pairs.tsv"
    case inversionPronouns = "inversion_pronouns.tsv"
    case legalForms = "legal_forms.txt"
    case media = "media.tsv"
    case mediaTitleHeads = "media_title_heads.tsv"
    case ministryMetonyms = "ministry_metonyms.txt"
    case months = "months.tsv"
    case nameParticles = "name_particles.txt"
    case nonOrganisationAcronyms = "non_organisation_acronyms.txt"
    case orgGroupNouns = "org_group_nouns.txt"
    case orgHeadNouns = "org_head_nouns.tsv"
    case orgIntroNouns = "org_intro_nouns.txt"
    case orgSuffixes = "org_suffixes.txt"
    case ordinalEndings = "ordinal_endings.txt"
    case organisationNameLinks = "organisation_name_links.txt"
    case organisationNameWords = "organisation_name_words.txt"
    case organisations = "organisations.tsv"
    case parties = "parties.tsv"
    case personRoles = "person_roles.txt"
    case personTitles = "person_titles.tsv"
    case placeContextNouns = "place_context_nouns.txt"
    case placeNouns = "place_nouns.txt"
    case placeQualifiers = "place_qualifiers.txt"
    case platforms = "platforms.txt"
    case prepositions = "prepositions.txt"
    case programmeNouns = "programme_nouns.txt"
    case pronouns = "pronouns.tsv"
    case quoteCopulas = "quote_copulas.txt"
    case quoteConfidence = "quote_confidence.tsv"
    case speakerRanker = "speaker_ranker.tsv"
    case quoteNameJoins = "quote_name_joins.txt"
    case quoteNeutralPronouns = "quote_neutral_pronouns.txt"
    case quoteSingularPronouns = "quote_singular_pronouns.txt"
    case quoteSingularPersonalPronouns = "quote_singular_personal_pronouns.txt"
    case quoteSpeakingPronouns = "quote_speaking_pronouns.txt"
    case quotePresentatives = "quote_presentatives.txt"
    case quoteAffiliationPrepositions = "quote_affiliation_prepositions.txt"
    case quoteRoleComplementPrepositions = "quote_role_complement_prepositions.txt"
    case quotePlacePrepositions = "quote_place_prepositions.txt"
    case quoteNameInnerWords = "quote_name_inner_words.txt"
    case quoteAnaphoricOrganisationNouns = "quote_anaphoric_organisation_nouns.txt"
    case quoteAskingLemmas = "quote_asking_lemmas.txt"
    case quoteAuxiliaryInserts = "quote_auxiliary_inserts.txt"
    case quoteAvoirAuxiliaries = "quote_avoir_auxiliaries.txt"
    case quoteBeforeClausePronoun = "quote_before_clause_pronoun.txt"
    case quoteClitics = "quote_clitics.txt"
    case quoteComplementStops = "quote_complement_stops.txt"
    case quoteDeForms = "quote_de_forms.txt"
    case quoteDefiniteDeterminers = "quote_definite_determiners.txt"
    case quoteEtreAuxiliaries = "quote_etre_auxiliaries.txt"
    case quoteGroupNouns = "quote_group_nouns.txt"
    case quoteInciseTails = "quote_incise_tails.txt"
    case quoteIndefiniteArticles = "quote_indefinite_articles.txt"
    case quoteIndefinitePronouns = "quote_indefinite_pronouns.txt"
    case quoteLightVerbs = "quote_light_verbs.txt"
    case quoteMunicipalKinds = "quote_municipal_kinds.txt"
    case quoteCompanyKinds = "quote_company_kinds.txt"
    case quoteReleaseHeads = "quote_release_heads.txt"
    case quoteNameParticles = "quote_name_particles.txt"
    case quoteNamingNouns = "quote_naming_nouns.txt"
    case quoteProgrammeNouns = "quote_programme_nouns.txt"
    case quoteNamingParticiples = "quote_naming_participles.txt"
    case quoteNamingVerbs = "quote_naming_verbs.txt"
    case quoteOrganisationKinds = "quote_organisation_kinds.txt"
    case quotePluralDeterminers = "quote_plural_determiners.txt"
    case quotePossessiveDeterminers = "quote_possessive_determiners.txt"
    case quoteRolePeriphrases = "quote_role_periphrases.tsv"
    case quoteRoleOffices = "quote_role_offices.tsv"
    case quoteRolePhraseStops = "quote_role_phrase_stops.txt"
    case quoteRelativePronouns = "quote_relative_pronouns.txt"
    case quoteSingularDeForms = "quote_singular_de_forms.txt"
    case quoteSkippedPrepositions = "quote_skipped_prepositions.txt"
    case quoteSpeakerModifiers = "quote_speaker_modifiers.txt"
    case quoteSpeakerParticles = "quote_speaker_particles.txt"
    case quoteSpeechNouns = "quote_speech_nouns.txt"
    case quoteClauseConjunctions = "quote_clause_conjunctions.txt"
    case quoteMoodAdjectives = "quote_mood_adjectives.txt"
    case quoteOrganisationKindAdjectives = "quote_organisation_kind_adjectives.txt"
    case quoteSpeechWords = "quote_speech_words.txt"
    case quoteSubUnitNouns = "quote_sub_unit_nouns.txt"
    case quoteSubjectSearchStops = "quote_subject_search_stops.txt"
    case quoteTitleDeterminers = "quote_title_determiners.txt"
    case quoteUnionKinds = "quote_union_kinds.txt"
    case quoteWorkNouns = "quote_work_nouns.txt"
    case quoteAttributingPresentatives = "quote_attributing_presentatives.txt"
    case quoteSpeechAfterWords = "quote_speech_after_words.tsv"
    case quoteContractedArticles = "quote_contracted_articles.tsv"
    case quoteSloganWords = "quote_slogan_words.tsv"
    case quoteFunctionWords = "quote_function_words.tsv"
    case quoteLightInfinitives = "quote_light_infinitives.tsv"
    case quoteReplyLemmas = "quote_reply_lemmas.txt"
    case quoteTeaserLeads = "quote_teaser_leads.txt"
    case quoteCreditLeads = "quote_credit_leads.txt"
    case quoteLatterAnaphors = "quote_latter_anaphors.tsv"
    case quoteLegalTextNouns = "quote_legal_text_nouns.txt"
    case quoteNewsAgencies = "quote_news_agencies.txt"
    case regions = "regions.txt"
    case relativeDates = "relative_dates.tsv"
    case speakerOrganisationNouns = "speaker_organisation_nouns.txt"
    case speakerPronouns = "speaker_pronouns.tsv"
    case speakerRoleNouns = "speaker_role_nouns.tsv"
    case speakerRolePrefixes = "speaker_role_prefixes.txt"
    case topLevelDomains = "top_level_domains.txt"
    case unions = "unions.tsv"
    case weekdays = "weekdays.tsv"
    case yearPrepositions = "year_prepositions.txt"

    /// True for tab-separated tables (an entry with typed columns).
    public var isTSV: Bool { rawValue.hasSuffix(".tsv") }

    /// The file's bytes as embedded in the binary.
    public var bytes: [UInt8] {
        switch self {
        case .abbreviations: PackageResources.abbreviations_txt
        case .abbreviationsSentenceFinal: PackageResources.abbreviations_sentence_final_txt
        case .businessVerbs: PackageResources.business_verbs_txt
        case .cities: PackageResources.cities_txt
        case .clubPrefixes: PackageResources.club_prefixes_txt
        case .companyNameWords: PackageResources.company_name_words_txt
        case .conjunctions: PackageResources.conjunctions_txt
        case .countriesVariants: PackageResources.countries_variants_tsv
        case .cueVerbs: PackageResources.cue_verbs_txt
        case .dateWords: PackageResources.date_words_tsv
        case .demonyms: PackageResources.demonyms_tsv
        case .demonymCountries: PackageResources.demonym_countries_tsv
        case .determiners: PackageResources.determiners_tsv
        case .documentNouns: PackageResources.document_nouns_txt
        case .elisions: PackageResources.elisions_txt
        case .entityClauseStartMarks: PackageResources.entity_clause_start_marks_txt
        case .entityDateDayListLeads: PackageResources.entity_date_day_list_leads_txt
        case .entityDateNumericLeads: PackageResources.entity_date_numeric_leads_txt
        case .entityDateOldYearLeads: PackageResources.entity_date_old_year_leads_txt
        case .entityDateRangeMarks: PackageResources.entity_date_range_marks_txt
        case .entityDateSpanLinks: PackageResources.entity_date_span_links_txt
        case .entityDateSpanOpeners: PackageResources.entity_date_span_openers_txt
        case .entityDateYearSpanLinks: PackageResources.entity_date_year_span_links_txt
        case .entityDeForms: PackageResources.entity_de_forms_txt
        case .entityFunctionWords: PackageResources.entity_function_words_txt
        case .entityKnownNameCardinalLinks: PackageResources.entity_known_name_cardinal_links_txt
        case .entityOrgArmedGroupAdjectives: PackageResources.entity_org_armed_group_adjectives_txt
        case .entityOrgArmedGroupDeForms: PackageResources.entity_org_armed_group_de_forms_txt
        case .entityOrgArmedGroupNouns: PackageResources.entity_org_armed_group_nouns_txt
        case .entityOrgArticles: PackageResources.entity_org_articles_txt
        case .entityOrgBodyLeads: PackageResources.entity_org_body_leads_txt
        case .entityOrgCardinalPoints: PackageResources.entity_org_cardinal_points_txt
        case .entityOrgClauseOpeners: PackageResources.entity_org_clause_openers_txt
        case .entityOrgComplementStops: PackageResources.entity_org_complement_stops_txt
        case .entityOrgConnectors: PackageResources.entity_org_connectors_txt
        case .entityOrgComplementDemonymEndings: PackageResources.entity_org_complement_demonym_endings_txt
        case .entityOrgEnglishLinks: PackageResources.entity_org_english_links_txt
        case .entityOrgInitialsSkipped: PackageResources.entity_org_initials_skipped_txt
        case .entityOrgNameInnerLinks: PackageResources.entity_org_name_inner_links_txt
        case .entityOrgNounsTakingA: PackageResources.entity_org_nouns_taking_a_txt
        case .entityOrgNumberedNouns: PackageResources.entity_org_numbered_nouns_txt
        case .entityOrgTitleLowerWords: PackageResources.entity_org_title_lower_words_txt
        case .entityPersonCueAuxiliaries: PackageResources.entity_person_cue_auxiliaries_txt
        case .entityPersonCueClitics: PackageResources.entity_person_cue_clitics_txt
        case .entityPersonPairArticles: PackageResources.entity_person_pair_articles_txt
        case .entityPersonPairVerbs: PackageResources.entity_person_pair_verbs_txt
        case .entityPersonRoleDeterminers: PackageResources.entity_person_role_determiners_txt
        case .entityPersonSurnameLeads: PackageResources.entity_person_surname_leads_txt
        case .entityOrgLocalBodyAdjectives: PackageResources.entity_org_local_body_adjectives_txt
        case .entityEventFinalWords: PackageResources.entity_event_final_words_txt
        case .entityOrgFieldLinks: PackageResources.entity_org_field_links_txt
        case .entityOrgTradeHeads: PackageResources.entity_org_trade_heads_txt
        case .entityOrgPortfolioRoles: PackageResources.entity_org_portfolio_roles_txt
        case .entityPersonEponymNouns: PackageResources.entity_person_eponym_nouns_txt
        case .entityPlaceAdministrativeDe: PackageResources.entity_place_administrative_de_txt
        case .entityPlaceAdministrativeNouns: PackageResources.entity_place_administrative_nouns_txt
        case .entityPlaceBeforeDe: PackageResources.entity_place_before_de_txt
        case .entityPlaceCompoundInner: PackageResources.entity_place_compound_inner_txt
        case .entityPlaceDatelineMarks: PackageResources.entity_place_dateline_marks_txt
        case .entityPlaceDeElided: PackageResources.entity_place_de_elided_txt
        case .entityPlaceDeNameForms: PackageResources.entity_place_de_name_forms_txt
        case .entityPlaceDemonymEndings: PackageResources.entity_place_demonym_endings_txt
        case .entityPlaceElidedNounParts: PackageResources.entity_place_elided_noun_parts_txt
        case .entityPlaceFeminineArticles: PackageResources.entity_place_feminine_articles_txt
        case .entityPlaceNamedSiteNouns: PackageResources.entity_place_named_site_nouns_txt
        case .entityPlaceNounsBeforeName: PackageResources.entity_place_nouns_before_name_txt
        case .entityPlaceOrdinalEndings: PackageResources.entity_place_ordinal_endings_txt
        case .entityPlacePrepositions: PackageResources.entity_place_prepositions_txt
        case .entityResolverHeadArticles: PackageResources.entity_resolver_head_articles_txt
        case .entityResolverListComplementLinks: PackageResources.entity_resolver_list_complement_links_txt
        case .entityResolverListConjunctions: PackageResources.entity_resolver_list_conjunctions_txt
        case .entityResolverListPrepositions: PackageResources.entity_resolver_list_prepositions_txt
        case .entitySpeechCues: PackageResources.entity_speech_cues_txt
        case .entityWordGroups: PackageResources.entity_word_groups_tsv
        case .generalPersonNouns: PackageResources.general_person_nouns_txt
        case .geographicFeatures: PackageResources.geographic_features_txt
        case .inclusiveFormations: PackageResources.inclusive_formations_tsv
        case .inclusiveNeutralWords: PackageResources.inclusive_neutral_words_tsv
        case .inclusivePairs: PackageResources.inclusive_pairs_tsv
        case .inversionPronouns: PackageResources.inversion_pronouns_tsv
        case .legalForms: PackageResources.legal_forms_txt
        case .mediaTitleHeads: PackageResources.media_title_heads_tsv
        case .ministryMetonyms: PackageResources.ministry_metonyms_txt
        case .months: PackageResources.months_tsv
        case .nameParticles: PackageResources.name_particles_txt
        case .orgGroupNouns: PackageResources.org_group_nouns_txt
        case .orgHeadNouns: PackageResources.org_head_nouns_tsv
        case .orgIntroNouns: PackageResources.org_intro_nouns_txt
        case .orgSuffixes: PackageResources.org_suffixes_txt
        case .ordinalEndings: PackageResources.ordinal_endings_txt
        case .organisationNameWords: PackageResources.organisation_name_words_txt
        case .organisations: PackageResources.organisations_tsv
        case .personRoles: PackageResources.person_roles_txt
        case .personTitles: PackageResources.person_titles_tsv
        case .placeContextNouns: PackageResources.place_context_nouns_txt
        case .placeNouns: PackageResources.place_nouns_txt
        case .placeQualifiers: PackageResources.place_qualifiers_txt
        case .prepositions: PackageResources.prepositions_txt
        case .pronouns: PackageResources.pronouns_tsv
        case .quoteCopulas: PackageResources.quote_copulas_txt
        case .quoteConfidence: PackageResources.quote_confidence_tsv
        case .speakerRanker: PackageResources.speaker_ranker_tsv
        case .quoteNameJoins: PackageResources.quote_name_joins_txt
        case .quoteNeutralPronouns: PackageResources.quote_neutral_pronouns_txt
        case .quoteSingularPronouns: PackageResources.quote_singular_pronouns_txt
        case .quoteSingularPersonalPronouns: PackageResources.quote_singular_personal_pronouns_txt
        case .quoteSpeakingPronouns: PackageResources.quote_speaking_pronouns_txt
        case .quotePresentatives: PackageResources.quote_presentatives_txt
        case .quoteAffiliationPrepositions: PackageResources.quote_affiliation_prepositions_txt
        case .quoteRoleComplementPrepositions: PackageResources.quote_role_complement_prepositions_txt
        case .quotePlacePrepositions: PackageResources.quote_place_prepositions_txt
        case .quoteNameInnerWords: PackageResources.quote_name_inner_words_txt
        case .quoteAnaphoricOrganisationNouns: PackageResources.quote_anaphoric_organisation_nouns_txt
        case .quoteAskingLemmas: PackageResources.quote_asking_lemmas_txt
        case .quoteAuxiliaryInserts: PackageResources.quote_auxiliary_inserts_txt
        case .quoteAvoirAuxiliaries: PackageResources.quote_avoir_auxiliaries_txt
        case .quoteBeforeClausePronoun: PackageResources.quote_before_clause_pronoun_txt
        case .quoteClitics: PackageResources.quote_clitics_txt
        case .quoteComplementStops: PackageResources.quote_complement_stops_txt
        case .quoteDeForms: PackageResources.quote_de_forms_txt
        case .quoteDefiniteDeterminers: PackageResources.quote_definite_determiners_txt
        case .quoteEtreAuxiliaries: PackageResources.quote_etre_auxiliaries_txt
        case .quoteGroupNouns: PackageResources.quote_group_nouns_txt
        case .quoteInciseTails: PackageResources.quote_incise_tails_txt
        case .quoteIndefiniteArticles: PackageResources.quote_indefinite_articles_txt
        case .quoteIndefinitePronouns: PackageResources.quote_indefinite_pronouns_txt
        case .quoteLightVerbs: PackageResources.quote_light_verbs_txt
        case .quoteMunicipalKinds: PackageResources.quote_municipal_kinds_txt
        case .quoteCompanyKinds: PackageResources.quote_company_kinds_txt
        case .quoteReleaseHeads: PackageResources.quote_release_heads_txt
        case .quoteNameParticles: PackageResources.quote_name_particles_txt
        case .quoteNamingNouns: PackageResources.quote_naming_nouns_txt
        case .quoteProgrammeNouns: PackageResources.quote_programme_nouns_txt
        case .quoteNamingParticiples: PackageResources.quote_naming_participles_txt
        case .quoteNamingVerbs: PackageResources.quote_naming_verbs_txt
        case .quoteOrganisationKinds: PackageResources.quote_organisation_kinds_txt
        case .quotePluralDeterminers: PackageResources.quote_plural_determiners_txt
        case .quotePossessiveDeterminers: PackageResources.quote_possessive_determiners_txt
        case .quoteRolePeriphrases: PackageResources.quote_role_periphrases_tsv
        case .quoteRoleOffices: PackageResources.quote_role_offices_tsv
        case .quoteRolePhraseStops: PackageResources.quote_role_phrase_stops_txt
        case .quoteRelativePronouns: PackageResources.quote_relative_pronouns_txt
        case .quoteSingularDeForms: PackageResources.quote_singular_de_forms_txt
        case .quoteSkippedPrepositions: PackageResources.quote_skipped_prepositions_txt
        case .quoteSpeakerModifiers: PackageResources.quote_speaker_modifiers_txt
        case .quoteSpeakerParticles: PackageResources.quote_speaker_particles_txt
        case .quoteSpeechNouns: PackageResources.quote_speech_nouns_txt
        case .quoteClauseConjunctions: PackageResources.quote_clause_conjunctions_txt
        case .quoteMoodAdjectives: PackageResources.quote_mood_adjectives_txt
        case .quoteOrganisationKindAdjectives: PackageResources.quote_organisation_kind_adjectives_txt
        case .quoteSpeechWords: PackageResources.quote_speech_words_txt
        case .quoteSubUnitNouns: PackageResources.quote_sub_unit_nouns_txt
        case .quoteSubjectSearchStops: PackageResources.quote_subject_search_stops_txt
        case .quoteTitleDeterminers: PackageResources.quote_title_determiners_txt
        case .quoteUnionKinds: PackageResources.quote_union_kinds_txt
        case .quoteWorkNouns: PackageResources.quote_work_nouns_txt
        case .quoteAttributingPresentatives: PackageResources.quote_attributing_presentatives_txt
        case .quoteSpeechAfterWords: PackageResources.quote_speech_after_words_tsv
        case .quoteContractedArticles: PackageResources.quote_contracted_articles_tsv
        case .quoteSloganWords: PackageResources.quote_slogan_words_tsv
        case .quoteFunctionWords: PackageResources.quote_function_words_tsv
        case .quoteLightInfinitives: PackageResources.quote_light_infinitives_tsv
        case .quoteReplyLemmas: PackageResources.quote_reply_lemmas_txt
        case .quoteTeaserLeads: PackageResources.quote_teaser_leads_txt
        case .quoteCreditLeads: PackageResources.quote_credit_leads_txt
        case .quoteLatterAnaphors: PackageResources.quote_latter_anaphors_tsv
        case .quoteLegalTextNouns: PackageResources.quote_legal_text_nouns_txt
        case .quoteNewsAgencies: PackageResources.quote_news_agencies_txt
        case .regions: PackageResources.regions_txt
        case .relativeDates: PackageResources.relative_dates_tsv
        case .speakerOrganisationNouns: PackageResources.speaker_organisation_nouns_txt
        case .speakerPronouns: PackageResources.speaker_pronouns_tsv
        case .speakerRoleNouns: PackageResources.speaker_role_nouns_tsv
        case .speakerRolePrefixes: PackageResources.speaker_role_prefixes_txt
        case .topLevelDomains: PackageResources.top_level_domains_txt
        case .weekdays: PackageResources.weekdays_tsv
        case .yearPrepositions: PackageResources.year_prepositions_txt
        case .clubNameHeads: PackageResources.club_name_heads_txt
        case .clubs: PackageResources.clubs_tsv
        case .companies: PackageResources.companies_tsv
        case .demonymSuffixes: PackageResources.demonym_suffixes_txt
        case .media: PackageResources.media_tsv
        case .nonOrganisationAcronyms: PackageResources.non_organisation_acronyms_txt
        case .organisationNameLinks: PackageResources.organisation_name_links_txt
        case .parties: PackageResources.parties_tsv
        case .platforms: PackageResources.platforms_txt
        case .programmeNouns: PackageResources.programme_nouns_txt
        case .unions: PackageResources.unions_tsv
        case .entityPersonPlaceLeads: PackageResources.entity_person_place_leads_txt
        case .entityOrgListHeads: PackageResources.entity_org_list_heads_txt
        case .competitions: PackageResources.competitions_txt
        case .entityPlaceContractedArticles: PackageResources.entity_place_contracted_articles_tsv
        case .entityOrgAppositionNouns: PackageResources.entity_org_apposition_nouns_txt
        case .entityClubRoleNouns: PackageResources.entity_club_role_nouns_txt
        case .entityClubMatchVerbs: PackageResources.entity_club_match_verbs_txt
        case .entityClubOpponentLeads: PackageResources.entity_club_opponent_leads_txt
        case .entityClubObjectVerbs: PackageResources.entity_club_object_verbs_txt
        case .entityClubAgentLeads: PackageResources.entity_club_agent_leads_txt
        case .entityOrgMatchReportNouns: PackageResources.entity_org_match_report_nouns_txt
        case .entityOrgTeamNicknameDeterminers: PackageResources.entity_org_team_nickname_determiners_txt
        case .entityOrgAConnectors: PackageResources.entity_org_a_connectors_txt
        case .entityPlaceVenueSuffixes: PackageResources.entity_place_venue_suffixes_txt
        case .entityOrgCompanyLeads: PackageResources.entity_org_company_leads_txt
        case .entityOrgAcquisitionVerbs: PackageResources.entity_org_acquisition_verbs_txt
        case .entityOrgTeamNouns: PackageResources.entity_org_team_nouns_txt
        case .entityOrgLowerCaseLeads: PackageResources.entity_org_lower_case_leads_txt
        case .entityOrgLowerCasePhrases: PackageResources.entity_org_lower_case_phrases_txt
        case .entityPersonNameStops: PackageResources.entity_person_name_stops_txt
        case .entityOrgStateNameNouns: PackageResources.entity_org_state_name_nouns_txt
        case .entityOrgPrenominalAdjectives: PackageResources.entity_org_prenominal_adjectives_txt
        case .entityPlaceCapitalisedUnitNouns: PackageResources.entity_place_capitalised_unit_nouns_txt
        case .entityOrgTeamAdjectives: PackageResources.entity_org_team_adjectives_txt
        case .entityDiseaseNames: PackageResources.entity_disease_names_txt
        case .entityOrgCommonCompounds: PackageResources.entity_org_common_compounds_txt
        case .entityOrgNamingParticiples: PackageResources.entity_org_naming_participles_txt
        case .entityOrgOfficerRoles: PackageResources.entity_org_officer_roles_txt
        case .entityOrgStateNouns: PackageResources.entity_org_state_nouns_txt
        case .entityOrgWebsiteLeads: PackageResources.entity_org_website_leads_txt
        case .entityOrgMediumStatementNouns: PackageResources.entity_org_medium_statement_nouns_txt
        case .entityOrgMediumReflexives: PackageResources.entity_org_medium_reflexives_txt
        case .entityPlaceSponsorVenueHeads: PackageResources.entity_place_sponsor_venue_heads_tsv
        case .entityOrgRadioBands: PackageResources.entity_org_radio_bands_txt
        case .entityDateHolidays: PackageResources.entity_date_holidays_tsv
        case .entityDateEnglishMonths: PackageResources.entity_date_english_months_tsv
        case .entityOrgPortfolioHeads: PackageResources.entity_org_portfolio_heads_txt
        case .entityOrgNameCoordinators: PackageResources.entity_org_name_coordinators_txt
        case .entityOrgLowerHeadStops: PackageResources.entity_org_lower_head_stops_txt
        case .entityPlaceStateForms: PackageResources.entity_place_state_forms_txt
        case .entityPlaceTownBuildings: PackageResources.entity_place_town_buildings_txt
        }
    }
}
