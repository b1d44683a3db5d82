/// In a match report, a venue named after its sponsor is the place where the match is played, not the company:
/// `au Centre Vidéotron`, `la foule du Centre Bell`, `au Wells Fargo Center`. A word of the venue (`Centre`, `Aréna`
/// first; `Center` last) and one to three capitalised words on its other side make the name. Outside a match report
/// the same shape is often a body (`Centre Léon-Bérard`), and a lower-case word or `de` after `Centre` makes a body's
/// name (`Centre hospitalier`, `Centre de recherche`), never a venue.
enum PlaceSponsorVenue {
    /// Venue words that open the name (`Centre`), as written.
    static let firstWords: FormSet = FormSet(forms: Set(LexicalTables.rows(.entityPlaceSponsorVenueHeads).filter { $0.count > 1 && $0[1] == "first" }.map { $0[0] }))
    /// Venue words that close the name (`Center`), as written.
    static let lastWords: FormSet = FormSet(forms: Set(LexicalTables.rows(.entityPlaceSponsorVenueHeads).filter { $0.count > 1 && $0[1] == "last" }.map { $0[0] }))

    static func candidates(_ context: EntityContext) -> [EntityCandidate] {
        let words = context.words
        let spots = words.indices.filter { words[$0].wordClass == .word && (firstWords.contains(words[$0].form) || lastWords.contains(words[$0].form)) }
        guard !spots.isEmpty, OrganisationTeamNickname.isMatchReport(context) else { return [] }
        var out = [EntityCandidate]()
        for i in spots {
            if firstWords.contains(words[i].form), let end = sponsorEnd(after: i, context) {
                out.append(EntityCandidate(i..<end, .location, rule: .placeSponsorVenue, priority: EntityPriority.gazetteer + 1))
            } else if lastWords.contains(words[i].form), !words[i].sentenceStart, let start = sponsorStart(before: i, context) {
                out.append(EntityCandidate(start..<(i + 1), .location, rule: .placeSponsorVenue, priority: EntityPriority.gazetteer + 1))
            }
        }
        return out
    }

    /// The end of one to three capitalised words right after the venue word at `i`, or nil.
    private static func sponsorEnd(after i: Int, _ context: EntityContext) -> Int? {
        var end = i + 1
        while end < context.words.count, end - i <= 3, context.words[end - 1].spaceAfter, context.isNameWord(end), !context.words[end].sentenceStart {
            end += 1
        }
        return end > i + 1 ? end : nil
    }

    /// The first of one to three capitalised words right before the venue word at `i`, or nil.
    private static func sponsorStart(before i: Int, _ context: EntityContext) -> Int? {
        var k = i
        while k > 0, i - k < 3, context.isNameWord(k - 1), context.words[k - 1].spaceAfter {
            k -= 1
            if context.words[k].sentenceStart { break }
        }
        return k < i ? k : nil
    }
}
