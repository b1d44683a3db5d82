/// Two years coordinated or spanned are one date valued at the first: `les exercices 2010 et 2011`,
/// `conseiller de 2010 à 2015`. `entre 2015 et 2020` stays two, as `entre mars et mai` does, and so do the last two
/// years of a list (`en 2008, 2012, 2019 et 2021`).
extension DateRecognizer {
    func mergeYearPairs(_ matches: inout [DateMatch]) {
        var k = 0
        while k + 1 < matches.count {
            let a = matches[k], b = matches[k + 1]
            guard a.rule == .dateYear, b.rule == .dateYear, let ya = a.year, let yb = b.year, yb > ya,
                  a.range.count == 1, b.range.count == 1, b.range.lowerBound == a.range.upperBound + 1,
                  let link = context.word(a.range.upperBound), Self.spanLinks.contains(link.key) else { k += 1; continue }
            let opener = context.word(a.range.lowerBound - 1)
            if opener?.text == "," { k += 1; continue }
            let opened = opener.map { Self.spanOpeners.contains($0.key) } ?? false
            let and = EntityWordGroups.coordinatingAnd.contains(link.key)
            // `2010 et 2011` after anything but `entre`; `2010 à 2015` only after `de`.
            let merges = and ? !(opened && !isWord(a.range.lowerBound - 1, in: Self.deForms)) : opened && isWord(a.range.lowerBound - 1, in: Self.deForms)
            guard merges else { k += 1; continue }
            matches[k].range = a.range.lowerBound..<b.range.upperBound
            matches[k].rule = .dateYearPair
            matches.remove(at: k + 1)
            k += 1
        }
    }
}
