/// A year right after a capitalised name is the name's, not a date: `le Mondial 2018`, `la CAN 2017`,
/// `le Plan Santé 2025`, `Tokyo 2021` (events and programmes are not entities). A capitalised date word before the
/// year still leads it (`En 2016`, `Fin 2014`, `Été 2020`), and so does a month (`Juin 2019`).
extension DateRecognizer {
    func followsEventName(_ i: Int) -> Bool {
        // (a capital opening a sentence says nothing of a name: `Bilan 2023 et 2024 :`)
        guard let prev = context.word(i - 1), prev.wordClass == .word, prev.isCapitalized, !prev.sentenceStart, prev.spaceAfter else { return false }
        if tables.months[prev.key] != nil || tables.weekdayNumbers[prev.key] != nil || tables.yearPrepositions.contains(prev.key) { return false }
        return !DateWordRole.allCases.contains { tables.isDateWord(prev.key, $0) }
    }
}
