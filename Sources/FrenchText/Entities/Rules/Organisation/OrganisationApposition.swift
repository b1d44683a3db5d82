/// A name before a comma and a lower-case organisation noun without an article is that organisation, the
/// apposition saying what it is: `Vigie 44, association de défense des usagers`, `Solidarité Paysans, association
/// d’aide aux agriculteurs`, `Terre Commune, collectif d’habitants`. A person's name (`Marie Dupont, syndicat …`),
/// a known place or a known name before the comma is left to the other rules.
enum OrganisationApposition {
    /// The form of `,` (compared as an id at every word, not as a string).
    static let comma = FormStore.shared.intern(",")

    static func candidates(_ context: EntityContext) -> [EntityCandidate] {
        var out = [EntityCandidate]()
        let words = context.words
        for c in words.indices.dropFirst() where words[c].form == comma {
            guard let noun = context.nextInSentence(c), noun.wordClass == .word, !noun.isCapitalized, context.tables.orgIntroNouns.contains(noun.key),
                  let start = nameStart(before: c, context) else { continue }
            out.append(EntityCandidate(start..<c, .organisation, rule: .organisationApposition, priority: EntityPriority.context))
        }
        return out
    }

    /// The first word of one to three capitalised words (and a short number after them) ending before the comma at
    /// `c`, or nil when they are a person's name, a known name or a sentence-opening word alone.
    private static func nameStart(before c: Int, _ context: EntityContext) -> Int? {
        let words = context.words
        var k = c - 1
        if words[k].isDigits, words[k].text.utf8.count <= 3, k > 0, words[k - 1].spaceAfter { k -= 1 }
        var start: Int?
        while k >= 0, c - k <= 4, words[k].wordClass == .word, words[k].isCapitalized, !words[k].isAllCaps {
            // Pour Vigie 44: a common word opening the sentence is no part of the name.
            if words[k].sentenceStart, context.isCommonLower(words[k]), k + 1 < c, words[k + 1].isCapitalized { break }
            start = k
            if words[k].sentenceStart { break }
            k -= 1
        }
        guard let start, !context.isFirstName(words[start]), context.knownName(at: start) == nil,
              !OrganisationRecognizer(context: context).startsPerson(at: start) else { return nil }
        // A lone capitalised common word opening a sentence (`Enfin, association …`) names nothing.
        if start == c - 1, words[start].sentenceStart { return nil }
        return start
    }
}
