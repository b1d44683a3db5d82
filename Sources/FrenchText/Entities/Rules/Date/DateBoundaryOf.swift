/// A boundary word and `de` before a date are part of it: `la fin de 2009`, `fin du mois de novembre`,
/// `fin d’octobre 2021`, `à la fin de l’année 2021`, `au début des années 1980`. The value stays the date's own
/// (2009, the month, 1980), as `fin avril` is valued at April.
extension DateRecognizer {
    func extendBoundaryOf(_ matches: inout [DateMatch]) {
        var previousEnd = 0
        for k in matches.indices {
            defer { previousEnd = matches[k].range.upperBound }
            guard matches[k].relative == nil, let first = context.word(matches[k].range.lowerBound),
                  !tables.isDateWord(first.key, .boundary) else { continue }
            var s = matches[k].range.lowerBound
            // `l’année 2021`: the year noun and its article before a year.
            if matches[k].month == nil, matches[k].day == nil, isWord(s - 1, in: EntityWordGroups.yearNoun),
               isWord(s - 2, in: EntityWordGroups.definiteElided) { s -= 2 }
            // `mois de septembre 2015`: the month noun and its `de` before a month written with its year.
            if matches[k].month != nil, isWord(s - 1, in: EntityWordGroups.deOrElided), let noun = context.word(s - 2),
               tables.isDateWord(noun.key, .monthNoun) { s -= 2 }
            guard s - 2 >= previousEnd, isWord(s - 1, in: Self.deForms), let boundary = context.word(s - 2),
                  boundary.wordClass == .word, tables.isDateWord(boundary.key, .boundary) else { continue }
            matches[k].range = (s - 2)..<matches[k].range.upperBound
            matches[k].rule = .dateBoundaryOf
        }
    }
}
