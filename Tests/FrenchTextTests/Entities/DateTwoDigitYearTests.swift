import Testing
@testable import FrenchText

/// A numeric date with a two-digit year after a date's lead word (`l’article du 27.12.16`) is a date: up to 50 in
/// this century, after it in the last. Without a lead word, such a figure (a version, a score) stays no date.
@Suite struct DateTwoDigitYearTests {
    @Test(arguments: [
        ("Article du 27.12.16 sur le site du journal.", "DATE 27.12.16=2016-12-27"),
        ("La loi a été votée le 03/07/98 à l’unanimité.", "DATE 03/07/98=1998-07-03"),
        ("Le courrier est daté du 5.11.21 et signé par le maire.", "DATE 5.11.21=2021-11-05"),
    ])
    func aTwoDigitYearAfterALeadIsADate(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    @Test func aVersionNumberIsNoDate() {
        let labels = entityLabels("La version 10.12.16 corrige trois failles.")
        #expect(!labels.contains { $0.hasPrefix("DATE") }, "\(labels)")
    }
}
