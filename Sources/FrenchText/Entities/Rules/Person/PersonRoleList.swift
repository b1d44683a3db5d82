/// People named by surname in a list after a plural role noun: `les ministres Dupont, Martin et Durand`,
/// `les candidats Macron et Le Pen`. The text has shown they are people, so a surname alone is a person.
struct PersonRoleList {
    let context: EntityContext

    private var words: [Word] { context.words }

    func candidates() -> [EntityCandidate] {
        var out = [EntityCandidate]()
        for i in words.indices where words[i].wordClass == .word && !words[i].isCapitalized && isPluralRole(words[i].keyText) {
            var items = [Range<Int>]()
            var k = i + 1
            while let end = itemEnd(from: k) {
                items.append(k..<end)
                guard let link = context.word(end), link.text == "," || EntityWordGroups.coordinatingAnd.contains(link.key), !(link.text == "," && items.count > 6) else { break }
                k = end + 1
            }
            guard items.count >= 2 else { continue }
            out += items.map { EntityCandidate($0, .person, rule: .personRoleList, priority: EntityPriority.person + 5) }
        }
        return out
    }

    /// `ministres` → `ministre`: the plural of a role of the table.
    private func isPluralRole(_ key: String) -> Bool {
        // (the last byte first: most words of a document end otherwise, and the grapheme count walks the whole key)
        guard let last = key.utf8.last, last == 0x73 || last == 0x78 else { return false }
        guard key.count > 3, key.hasSuffix("s") || key.hasSuffix("x") else { return false }
        return context.tables.roles.contains(string: String(key.dropLast()))
    }

    /// The end of one name of the list at `k`: one to three capitalised words that are no known place or
    /// organisation, nor common words; nil when none.
    private func itemEnd(from k: Int) -> Int? {
        var end = k
        while end < words.count, end - k < 3, words[end].wordClass == .word, words[end].isCapitalized, !words[end].sentenceStart,
              context.isNameWord(end), !context.isCommonLower(words[end]) || context.isFirstName(words[end]) {
            end += 1
            if !words[end - 1].spaceAfter { break }
        }
        guard end > k, context.gazetteer.longestMatch(at: k, in: words) == nil else { return nil }
        return end
    }
}
