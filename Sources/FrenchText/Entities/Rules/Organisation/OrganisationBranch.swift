/// A public body or a national team followed by `de`, `du`, `de la`, `de l’` or `d’` and the place it serves is one
/// organisation, the longest span (as `préfecture du Calvados` in the dev conventions):
/// - a public body with local branches and its town, region or country: `CHU de Brest`, `CHU de Guadeloupe`,
///   `Jeunes Agriculteurs de l’Orne`, `Crous de Lyon`
/// - a national team's nickname and its country: `Lions indomptables du Cameroun`, `Lions de l’Atlas du Maroc`
///
/// A company, party, union or medium in a town is the organisation and the place (`l’usine Lubrizol de Rouen`,
/// `l’UFDG de Matam`), and a club's town is part of its name already (`Standard de Liège`).
extension KnownNameRecognizer {
    /// The end of the place that makes the known organisation `entry`, ending at `end`, a local branch; nil when none.
    func branchEnd(after end: Int, entry: GazetteerEntry) -> Int? {
        let words = context.words
        guard entry.kind != .metonym, let de = context.nextInSentence(end - 1) else { return nil }
        let isTeam = !entry.hasBranches && ClubTown.clubNames.contains(entry.keys)
        guard entry.hasBranches || isTeam else { return nil }
        // de Brest, du Cameroun, d’Ille-et-Vilaine, de la Manche, de l’Orne
        var start = end + 1
        if EntityWordGroups.deWord.contains(de.key), let article = context.nextInSentence(end), EntityWordGroups.definiteAfterDe.contains(article.key) {
            start = end + 2
        } else if !(EntityWordGroups.deOrDu.contains(de.key) || EntityWordGroups.deOrElided.contains(de.key)) {
            return nil
        }
        guard start < words.count, words[start].isCapitalized, !words[start].sentenceStart,
              let (place, n) = context.gazetteer.longestMatch(at: start, in: words, where: { $0.kind == .city || $0.kind == .region || $0.kind == .country }),
              place.type == .location, isTeam ? place.kind == .country : true else { return nil }
        // (not a longer name the place only opens: `CHU de Guadeloupe Sud`)
        if let next = context.word(start + n), next.wordClass == .word, next.isCapitalized, words[start + n - 1].spaceAfter, !next.sentenceStart { return nil }
        return start + n
    }
}
