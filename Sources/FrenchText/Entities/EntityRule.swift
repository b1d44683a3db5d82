/// The rules that make entity mentions, as ``EntityMention/rule`` names them (`frtext explain --entities`,
/// the JSON `rule` field). The raw values are the names the JSON has always used.
public enum EntityRule: String, Sendable, Hashable, CaseIterable, Codable {
    // Dates
    case dateBoundaryOf = "date-boundary-of"
    case dateCommaYear = "date-comma-year"
    case dateCoordinatedDays = "date-coordinated-days"
    case dateDayMonth = "date-day-month"
    case dateDecade = "date-decade"
    case dateMidMonth = "date-mid-month"
    case dateMonth = "date-month"
    case dateMonthYear = "date-month-year"
    case dateNumeric = "date-numeric"
    case dateNumericDayMonth = "date-numeric-day-month"
    case dateRange = "date-range"
    case dateRangeDay = "date-range-day"
    case dateRelative = "date-relative"
    case dateSeason = "date-season"
    case dateHoliday = "date-holiday"
    case dateWeekdayDay = "date-weekday-day"
    case dateYear = "date-year"
    case dateYearPair = "date-year-pair"
    case dateYearSpan = "date-year-span"
    // Known names (gazetteer)
    case knownOrganisation = "known-organisation"
    case knownAcronym = "known-acronym"
    case knownMetonym = "known-metonym"
    case knownCountry = "known-country"
    case knownRegion = "known-region"
    case knownCity = "known-city"
    case knownAcronymAsWord = "known-acronym-as-word"
    case knownOrganisationBranch = "known-organisation-branch"
    case knownOrganisationSection = "known-organisation-section"
    case knownOrganisationTradeName = "known-organisation-trade-name"
    case knownPlaceQualified = "known-place-qualified"
    // Organisations
    case organisationAcronym = "organisation-acronym"
    case organisationAcronymExpansion = "organisation-acronym-expansion"
    case organisationAcronymRepeated = "organisation-acronym-repeated"
    case organisationAffiliation = "organisation-affiliation"
    case organisationArmedGroup = "organisation-armed-group"
    case organisationBracketAffiliation = "organisation-bracket-affiliation"
    case organisationBackReference = "organisation-back-reference"
    case organisationClub = "organisation-club"
    case organisationAddressedMedium = "organisation-addressed-medium"
    case organisationClubDemonym = "organisation-club-demonym"
    case organisationClubTown = "organisation-club-town"
    case organisationCompanyContext = "organisation-company-context"
    case organisationCreditAgency = "organisation-credit-agency"
    case organisationCompanyWord = "organisation-company-word"
    case organisationEnglishTitle = "organisation-english-title"
    case organisationHead = "organisation-head"
    case organisationPortfolio = "organisation-portfolio"
    case organisationIntroduced = "organisation-introduced"
    case organisationLegalForm = "organisation-legal-form"
    case organisationList = "organisation-list"
    case organisationMediaTitle = "organisation-media-title"
    case organisationNationalTeam = "organisation-national-team"
    case organisationNounPlace = "organisation-noun-place"
    case organisationOfficerRole = "organisation-officer-role"
    case organisationState = "organisation-state"
    case organisationPluralTradeName = "organisation-plural-trade-name"
    case organisationQuoted = "organisation-quoted"
    case organisationQuotedMedium = "organisation-quoted-medium"
    case organisationRadioFrequency = "organisation-radio-frequency"
    case organisationSuffix = "organisation-suffix"
    case organisationTeamNickname = "organisation-team-nickname"
    case organisationWebsite = "organisation-website"
    // People
    case personApposition = "person-apposition"
    case personCoordinated = "person-coordinated"
    case personCredit = "person-credit"
    case personEponym = "person-eponym"
    case personFirstName = "person-first-name"
    case personFirstNameAlone = "person-first-name-alone"
    case personFirstNameBackReference = "person-first-name-back-reference"
    case personInitials = "person-initials"
    case personInvertedSpeechCue = "person-inverted-speech-cue"
    case personParticle = "person-particle"
    case personRole = "person-role"
    case personRoleList = "person-role-list"
    case personSpeechCue = "person-speech-cue"
    case personSurname = "person-surname"
    case personSurnameBackReference = "person-surname-back-reference"
    case personSurnameList = "person-surname-list"
    case personThreePart = "person-three-part"
    case personTitle = "person-title"
    case personUnknownPair = "person-unknown-pair"
    // Places
    case placeAdministrativeUnit = "place-administrative-unit"
    case placeAfterPreposition = "place-after-preposition"
    case placeBackReference = "place-back-reference"
    case placeBeforeRegion = "place-before-region"
    case placeBracketedRegion = "place-bracketed-region"
    case placeContractedArticle = "place-contracted-article"
    case placeCompound = "place-compound"
    case placeCoordinated = "place-coordinated"
    case placeDateline = "place-dateline"
    case placeGreaterArea = "place-greater-area"
    case placeNoun = "place-noun"
    case placeNounAdjective = "place-noun-adjective"
    case placeNumbered = "place-numbered"
    case placePart = "place-part"
    case placeRoad = "place-road"
    case placeSaint = "place-saint"
    case placeSponsorVenue = "place-sponsor-venue"
    case placeStateName = "place-state-name"
    case placeTownBuilding = "place-town-building"
    case placeVenue = "place-venue"
    // Document-level passes
    case repeatedName = "repeated-name"
    case repeatedSingleName = "repeated-single-name"
    case repeatedCapitalsName = "repeated-capitals-name"
    // Not entities (dropped before output)
    case nonEntityProgramme = "non-entity-programme"
    case nonEntityName = "non-entity-name"
    case nonEntityCompetition = "non-entity-competition"
    case nonEntityCodeList = "non-entity-code-list"

    /// True for the rules that find names of the gazetteer.
    var isKnownName: Bool { rawValue.hasPrefix("known-") }

    /// The rule that finds a gazetteer name of `kind`.
    static func known(_ kind: GazetteerEntry.Kind) -> EntityRule {
        switch kind {
        case .organisation: .knownOrganisation
        case .acronym: .knownAcronym
        case .metonym: .knownMetonym
        case .country: .knownCountry
        case .region: .knownRegion
        case .city: .knownCity
        }
    }
}
