/// Unknown capitalised names in a list of organisations are organisations: `des groupes comme Elf, Auchan,
/// Vivendi, Promodes et Bouygues`, `les entreprises Danone, Lactalis et Bongrain`, `Capgemini, Atos, Sopra et
/// Nexteria recrutent`.
///
/// A list is names joined by commas and a closing `et`/`ou`. It is a list of organisations when a plural
/// organisation noun heads it (`des groupes comme`, `les sociétés`), or when it has three members or more, one
/// of them a known organisation, and no person, place or date among them.
extension EntityResolver {
    /// Plural nouns heading a list of organisations (`groupes`, `entreprises`), as lookup keys.
    private static let listHeads: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgListHeads))
    /// Words joining the last member of a list (`et`, `ou`), as lookup keys.
    private static let listConjunctions: FormSet = FormSet(forms: LexicalTables.lines(.entityResolverListConjunctions))

    /// One member of a list: its words and the chosen candidate that covers them, if any.
    private struct ListMember {
        var range: Range<Int>
        var chosen: Int?
    }

    /// The `organisation-list` pass.
    func addListedOrganisations(_ chosen: inout [EntityCandidate]) {
        let words = context.words
        var cover = [Int](repeating: -1, count: words.count)
        for (n, c) in chosen.enumerated() { for p in c.range { cover[p] = n } }
        var added = [EntityCandidate]()
        var i = 0
        while i < words.count {
            guard let members = list(at: i, cover: cover, chosen: chosen) else { i += 1; continue }
            i = members.last!.range.upperBound
            if members.contains(where: { m in m.chosen.map { chosen[$0].type != .organisation || chosen[$0].isNonEntity } ?? false }) { continue }
            let headed = isHeaded(members[0].range.lowerBound)
            guard headed || members.count >= 3 && members.contains(where: { $0.chosen != nil }) else { continue }
            for m in members where m.chosen == nil && isUnknownName(m.range) {
                added.append(EntityCandidate(m.range, .organisation, rule: .organisationList, priority: EntityPriority.context))
            }
        }
        guard !added.isEmpty else { return }
        chosen.append(contentsOf: added)
        chosen.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The members of a list starting at word `i` (`Elf, Auchan et Vivendi`), or nil when none starts there.
    private func list(at i: Int, cover: [Int], chosen: [EntityCandidate]) -> [ListMember]? {
        let words = context.words
        // A list starts at its first member: not after a comma or a conjunction that follows a name.
        if i > 0, words[i - 1].text == "," || Self.listConjunctions.contains(words[i - 1].key), i >= 2, words[i - 2].isCapitalized, !words[i - 1].sentenceStart { return nil }
        var members = [ListMember]()
        var j = i
        while let m = member(at: j, cover: cover, chosen: chosen) {
            members.append(m)
            guard let sep = context.nextInSentence(m.range.upperBound - 1) else { break }
            if members.count >= 2, Self.listConjunctions.contains(words[m.range.lowerBound - 1].key) { break }
            guard sep.text == "," || Self.listConjunctions.contains(sep.key) else { break }
            j = m.range.upperBound + 1
            if j >= words.count || words[j].sentenceStart { break }
        }
        guard members.count >= 2, Self.listConjunctions.contains(words[members.last!.range.lowerBound - 1].key) else { return nil }
        return members
    }

    /// A chosen candidate starting at `j`, or a run of up to three capitalised words no candidate covers.
    private func member(at j: Int, cover: [Int], chosen: [EntityCandidate]) -> ListMember? {
        let words = context.words
        guard j < words.count, words[j].wordClass == .word, words[j].isCapitalized else { return nil }
        if cover[j] >= 0 {
            let c = chosen[cover[j]]
            return c.range.lowerBound == j ? ListMember(range: c.range, chosen: cover[j]) : nil
        }
        var end = j + 1
        while end < words.count, end - j < 3, cover[end] < 0, words[end - 1].spaceAfter, !words[end].sentenceStart,
              words[end].wordClass == .word, words[end].isCapitalized { end += 1 }
        return ListMember(range: j..<end, chosen: nil)
    }

    /// True when a plural organisation noun heads the list starting at `first`, up to three words before it
    /// (`des groupes comme`, `plusieurs sociétés, dont`, `les entreprises françaises`).
    private func isHeaded(_ first: Int) -> Bool {
        var k = first - 1
        while k >= 0, first - k <= 4 {
            let w = context.words[k]
            if Self.listHeads.contains(w.key) { return true }
            guard !w.isCapitalized || w.sentenceStart, w.wordClass == .word || w.text == "," || w.text == ":", !w.sentenceStart else { return false }
            k -= 1
        }
        return false
    }

    /// True when `range` can be an organisation's name no rule found: not a person's name (`Marie Dupuis`), not a
    /// word the dictionary has in lower case unless the gazetteer has it as an organisation (`Vivendi`).
    private func isUnknownName(_ range: Range<Int>) -> Bool {
        let first = context.words[range.lowerBound]
        guard !context.tables.nonOrganisationAcronyms.contains(first.form), context.isNameWord(range.lowerBound) else { return false }
        if let m = context.knownName(at: range.lowerBound) { return m.entry.type == .organisation && m.length == range.count }
        if range.count >= 2 && context.isFirstName(first) { return false }
        return range.count >= 2 || !context.isCommonLower(first) && !context.isFirstName(first)
    }
}
