import Testing
@testable import FrenchText

/// Rows added to the gazetteer's tables (facts: media, NGOs, clubs, parties, regions): each found whole.
@Suite struct KnownNameDataTests {
    @Test(arguments: [
        ("Il l’a confié à La Tribune Dimanche ce week-end.", "ORG La Tribune Dimanche"),
        ("Le match est diffusé sur beIN Sports ce soir.", "ORG beIN Sports"),
        ("Les Amis de la Terre ont manifesté à Paris.", "ORG Les Amis de la Terre"),
        ("Le Canadien a perdu face aux Devils du New Jersey.", "ORG Devils du New Jersey"),
        ("Les Bruins ont battu les Flyers.", "ORG Bruins"),
        ("Les militants de la Lucha ont été arrêtés.", "ORG Lucha"),
        ("La Mission des Nations unies pour la stabilisation en Haïti quitte le pays.", "ORG Mission des Nations unies pour la stabilisation en Haïti"),
        ("Les cas se multiplient dans le Wadi Fira depuis mars.", "LOC Wadi Fira"),
        ("Le chef de Québec 21 a rencontré les électeurs.", "ORG Québec 21"),
        ("Les Wallabies ont battu les All Blacks à Sydney.", "ORG Wallabies"),
        ("Les Wallabies ont battu les All Blacks à Sydney.", "ORG All Blacks"),
        ("Les militants se sont réunis dans le quartier d’affaires de La Défense.", "LOC La Défense"),
        ("Le groupe Wagner, rebaptisé Africa Corps, opère au Mali.", "ORG Africa Corps"),
        ("Le SPF Finances contrôle les déclarations.", "ORG SPF Finances"),
        ("La Mutualité chrétienne rembourse les soins.", "ORG Mutualité chrétienne"),
        ("Kankan reste loin de la Guinée forestière.", "LOC Guinée forestière"),
        ("Il a été reconnu coupable, selon Le Quotidien, jeudi.", "ORG Le Quotidien"),
        ("Selon nos confrères de Guinée Matin, trois militants ont été arrêtés.", "ORG Guinée Matin"),
        ("L’information a été reprise par la Panapress et par VOA Afrique.", "ORG Panapress"),
        ("L’information a été reprise par la Panapress et par VOA Afrique.", "ORG VOA Afrique"),
        ("Il a entraîné l’Ajax pendant quatre saisons.", "ORG Ajax"),
        ("Son chien a été confié à la SPA du département.", "ORG SPA"),
        ("Photo : Pierre Minier / Ouest Médias", "ORG Ouest Médias"),
        ("Le journaliste de L’Alsace et celui du Droit ont signé.", "ORG L’Alsace"),
        ("Ces fonds proviendront du Trésor public dès janvier.", "ORG Trésor public"),
        ("Les syndicalistes ont été interrogés par Le Courrier jeudi.", "ORG Le Courrier"),
        ("La procureure de la Couronne a requis deux ans.", "ORG Couronne"),
        ("Selon le rapport d’Afrikajom Center, la situation se dégrade.", "ORG Afrikajom Center"),
    ])
    func theNameIsFoundWhole(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }

    /// A capital without its accent (`Etat` for `État`) is the common word, not a name; a listed name the dictionary
    /// knows only with an accent (`Ecolo`, the Belgian party, read `écolo`) stays the name.
    @Test(arguments: [
        ("Le chef de l’Etat Faure Gnassingbé a reçu les délégués.", "PER Faure Gnassingbé", "PER Etat Faure Gnassingbé"),
        ("Au Parlement, le député Ecolo Thomas Lambrechts a réclamé une enquête.", "ORG Ecolo", "PER Ecolo Thomas Lambrechts"),
        ("Les élus Ecolo ont voté contre le budget régional.", "ORG Ecolo", "LOC Ecolo"),
    ])
    func unaccentedCapitals(text: String, label: String, wrong: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
        #expect(!labels.contains(wrong))
    }
}

/// Clubs' nicknames as other spellings in `clubs.tsv` (dev conventions: nicknames are ORG).
@Suite struct KnownClubNicknameTests {
    @Test(arguments: [
        ("Les Crocos ont battu les Canaris samedi soir.", "ORG Crocos"),
        ("Les Crocos ont battu les Canaris samedi soir.", "ORG Canaris"),
        ("Les Rouches reçoivent les Zèbres dimanche.", "ORG Zèbres"),
    ])
    func theNicknameIsTheClub(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }
}
