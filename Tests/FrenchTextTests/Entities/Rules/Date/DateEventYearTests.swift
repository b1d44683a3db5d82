import Testing
@testable import FrenchText

/// A year right after a capitalised name belongs to an event or a programme, which is no entity: `le Mondial 2018`,
/// `la CAN 2017`, `le Plan Santé 2025`; a capitalised date word before a year still makes a date.
@Suite struct DateEventYearTests {
    @Test(arguments: [
        ("L’équipe a été éliminée avant le Mondial 2018 par ses voisins.", "2018"),
        ("Les éliminatoires de la CAN 2017 reprendront en mars.", "2017"),
        ("Le ministre a présenté le Plan Santé 2025 aux syndicats.", "2025"),
        ("Elle vise une médaille à Tokyo 2021 malgré sa blessure.", "2021"),
    ])
    func yearOfAnEventIsNoDate(text: String, year: String) {
        let labels = entityLabels(text, date: "2016-06-10")
        #expect(!labels.contains { $0.hasPrefix("DATE") && $0.contains(year) }, "\(labels)")
    }

    @Test(arguments: [
        ("En 2016, la ville a changé de maire.", "DATE 2016=2016"),
        ("Fin 2014, les autorités ont prévenu les habitants.", "DATE Fin 2014=2014"),
        ("Publié le Samedi 8 Juin 2019 à midi.", "DATE Samedi 8 Juin 2019=2019-06-08"),
    ])
    func capitalisedDateWordsStillLead(text: String, expected: String) {
        #expect(entityLabels(text, date: "2016-06-10").contains(expected))
    }
}
