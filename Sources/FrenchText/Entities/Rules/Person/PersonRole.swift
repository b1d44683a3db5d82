/// A name after a role: `le maire Labeaume`, `le président bélarussien Alexandre Loukachenko`, `le député Ecolo
/// Thomas Lambrechts` (the name starts at the first name).
extension PersonRecognizer {
    /// The `person-role` rule at word `i`.
    func roleRule(at i: Int) -> [EntityCandidate]? {
        guard let afterRole = roleEnd(at: i) else { return nil }
        var k = afterRole
        var adjectives = 0
        while adjectives < 2, let a = context.word(k), a.wordClass == .word, !a.isCapitalized, context.isAdjective(a) || !context.isKnown(a) {
            k += 1; adjectives += 1
        }
        // le coach Hein Vanhaezebrouck: after a role, a first name the dictionary also has as a common word, before an
        // unknown name, opens the name.
        let commonFirst = k < words.count && words[k].isCapitalized && !words[k].sentenceStart && words[k].spaceAfter && isUnknownToLexicon(k + 1)
        guard context.gazetteer.longestMatch(at: k, in: words) == nil, let end = nameEnd(from: k, strong: false, allowCommon: commonFirst) else { return nil }
        if !context.isFirstName(words[k]), let f = (k + 1..<end).first(where: { context.isFirstName(words[$0]) }), f < end - 1 { k = f }
        return [EntityCandidate(k..<end, .person, rule: .personRole, priority: EntityPriority.person + 5)]
    }
}
