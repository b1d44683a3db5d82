/// A photo or video credit written `Name/AGENCY`: the agency in capitals after the slash is an organisation even
/// when the dictionary knows the word (`Liewig Christian/ABACA`, `Jean Dupont/SIPA`), and the two or three
/// capitalised words before it, opening the credit (after `:`, `©`, a bracket or at a line's start), are the
/// photographer, in whichever order the credit writes first name and surname (`Liewig Christian`).
enum CreditLine {
    /// The slash of a credit, as a form id (compared as an integer at each word).
    private static let slash = FormStore.shared.intern("/")

    static func candidates(_ context: EntityContext) -> [EntityCandidate] {
        let words = context.words
        var out = [EntityCandidate]()
        for s in words.indices where words[s].form == Self.slash && !words[s].spaceAfter && s > 0 && !words[s - 1].spaceAfter {
            guard let agency = context.word(s + 1), agency.wordClass == .word, agency.isAllCaps, agency.text.count >= 2,
                  !agency.sentenceStart, words[s - 1].wordClass == .word, words[s - 1].isCapitalized, !words[s - 1].isAllCaps else { continue }
            out.append(EntityCandidate((s + 1)..<(s + 2), .organisation, rule: .organisationCreditAgency, priority: EntityPriority.pattern))
            if let start = nameStart(before: s, context) {
                out.append(EntityCandidate(start..<s, .person, rule: .personCredit, priority: EntityPriority.person))
            }
        }
        return out
    }

    /// The first of the two or three capitalised words before the slash at `s` when they open the credit, or nil.
    private static func nameStart(before s: Int, _ context: EntityContext) -> Int? {
        var k = s - 1
        while s - k < 3, !context.words[k].sentenceStart, let p = context.word(k - 1), p.wordClass == .word, p.isCapitalized, !p.isAllCaps, p.spaceAfter {
            k -= 1
        }
        guard s - k >= 2, (k..<s).allSatisfy({ context.isNameWord($0) && context.knownName(at: $0) == nil }) else { return nil }
        if context.words[k].sentenceStart { return k }
        guard let before = context.word(k - 1), before.wordClass == .punctuation || before.wordClass == .other else { return nil }
        return k
    }
}
