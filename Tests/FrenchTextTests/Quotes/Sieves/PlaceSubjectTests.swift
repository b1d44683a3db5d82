import Testing
@testable import FrenchText

/// A place read as the subject is no speaker (PlaceSubject).
@Suite struct PlaceSubjectTests {
    private func lastDirect(_ text: String) throws -> Quote {
        try #require(SieveTestSupport.quotes(text).last { $0.kind == .direct })
    }

    /// Places listed before the colon (`Après Lyon, Nantes et Lille, X est satisfait : « … »`) are passed over: the
    /// person the text is about speaks (before the guard `colon-subject` took the middle place).
    @Test(arguments: [
        ("La ministre Claire Dubois a visité trois villes. Après avoir vu Lyon, Nantes et Lille, la ministre avait son idée : « Il faut investir dans les transports. »", "Claire Dubois", "Nantes"),
        ("Le président Marc Leduc a fait le tour de la région. Après Rimouski, Gaspé et Matane, le président est satisfait : « Les routes sont en bon état. »", "Marc Leduc", "Gaspé"),
        ("La députée Anne Morel a rencontré des élus. Après Dijon, Besançon et Mâcon, elle reste prudente : « Rien n’est encore signé. »", "Anne Morel", "Besançon"),
    ])
    func placeBeforeColonIsNoSpeaker(_ text: String, _ speaker: String, _ place: String) throws {
        let q = try lastDirect(text)
        #expect(q.speaker?.mention != place, "\(q.rule)")
        #expect(q.speaker?.name == speaker, "\(q.speaker?.mention ?? "-") \(q.rule)")
    }

    /// A place opening the sentence before the quote never takes it (the paragraph's person does).
    @Test(arguments: [
        ("Le maire Jean Valmont a présenté le budget. Marseille connaît une saison touristique difficile. « Les réservations ont chuté de moitié. »", "Jean Valmont"),
        ("Paul Girard dirige le festival depuis dix ans. Genève accueille chaque été des milliers de visiteurs. « La ville vit au rythme de la musique. »", "Paul Girard"),
    ])
    func placeOpeningTheSentence(_ text: String, _ speaker: String) throws {
        let q = try lastDirect(text)
        #expect(q.speaker?.name == speaker, "\(q.speaker?.mention ?? "-") \(q.rule)")
    }

    /// A person opening the sentence keeps the quote.
    @Test(arguments: [
        ("Le maire Jean Valmont est inquiet. « Le chantier prend du retard. »", "Jean Valmont"),
        ("Claire Dubois se montre optimiste : « Nous finirons avant l’hiver. »", "Claire Dubois"),
    ])
    func personStaysSpeaker(_ text: String, _ speaker: String) throws {
        let q = try lastDirect(text)
        #expect(q.speaker?.name == speaker, "\(q.speaker?.mention ?? "-") \(q.rule)")
    }

    /// The guard reads only the subject rules.
    @Test func rules() {
        #expect(PlaceSubject.subjectRules == ["paragraph-subject", "sentence-subject", "colon-subject"])
    }
}
