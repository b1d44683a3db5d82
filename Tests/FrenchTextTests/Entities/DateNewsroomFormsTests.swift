import Testing
@testable import FrenchText

/// Dates as newsrooms write them: `1 er juillet`, `premier mai`, `fin de décembre`, `depuis 1789`.
@Suite struct DateNewsroomFormsTests {
    @Test(arguments: [
        ("Le 1 er juillet 2024, la loi est entrée en vigueur.", "DATE 1 er juillet 2024=2024-07-01"),
        ("Le premier mai, les syndicats défilent.", "DATE premier mai=2024-05-01"),
        ("Rendez-vous le premier octobre 2025 à Lyon.", "DATE premier octobre 2025=2025-10-01"),
        ("À la fin de décembre, les chiffres seront connus.", "DATE fin de décembre=2024-12"),
        ("Au début de mars, la récolte commence.", "DATE début de mars=2024-03"),
        ("Depuis 1789, la France est une république.", "DATE 1789=1789"),
        ("Le texte est en vigueur depuis 1848.", "DATE 1848=1848"),
        // `sept.` is one abbreviation token, its period inside.
        ("MONTRÉAL, le 3 sept. 2024 – Le syndicat a réagi.", "DATE 3 sept. 2024=2024-09-03"),
        ("QUÉBEC, le 12 sept. /CNW/ – La ville a réagi.", "DATE 12 sept.=2024-09-12"),
        // the comma-year shape after a weekday
        ("La cérémonie s’est tenue le dimanche 5 juillet, 2020 à la mairie.", "DATE dimanche 5 juillet, 2020=2020-07-05"),
        ("Publié le mercredi 30 octobre, 2024 par la rédaction.", "DATE mercredi 30 octobre, 2024=2024-10-30"),
    ])
    func isADate(text: String, label: String) {
        #expect(entityLabels(text, date: "2024-06-15").contains(label), "\(entityLabels(text, date: "2024-06-15"))")
    }

    @Test(arguments: ["Il est arrivé premier du classement.", "Le premier ministre a parlé.", "Il a compté 1789 voix."])
    func isNoDate(text: String) {
        #expect(!entityLabels(text, date: "2024-06-15").contains { $0.hasPrefix("DATE") })
    }
}

/// Fiscal and school years are one DATE with no single value: `2023/2024`, `2019-20`, `2024-2025`.
@Suite struct DateYearSpanFormsTests {
    @Test(arguments: [
        ("Le budget 2023/2024 est adopté.", "DATE 2023/2024=nil"),
        ("La saison 2019-20 a été arrêtée.", "DATE 2019-20=nil"),
        ("Le plan 2024-2025 est prêt.", "DATE 2024-2025=nil"),
    ])
    func isOneDateWithoutValue(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test(arguments: ["Il a obtenu 2023/4 des voix.", "Le score est de 2019-17 points."])
    func isNoSpan(text: String) {
        #expect(!entityLabels(text).contains { $0.hasPrefix("DATE 2019-") || $0.hasPrefix("DATE 2023/") })
    }
}

/// An old year after a capitalised event name and `de` is a date: `la Révolution de 1789`.
@Suite struct DateOldYearAfterEventTests {
    @Test(arguments: [
        ("La Révolution de 1789 a changé le pays.", "DATE 1789=1789"),
        ("La Commune de 1871 est commémorée.", "DATE 1871=1871"),
    ])
    func isADate(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test func anAdjectiveAfterTheEventNameIsAKnownMiss() {
        withKnownIssue("only a capitalised word right before `de` leads an old year") {
            #expect(entityLabels("L’Exposition universelle de 1889 a vu naître la tour.").contains("DATE 1889=1889"))
        }
    }

    @Test func aCountAfterDeIsNone() {
        #expect(!entityLabels("Il reste plus de 1500 places.").contains { $0.hasPrefix("DATE") })
    }
}
