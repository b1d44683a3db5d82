/// A name the text writes in lower case is the same name in a heading or a line in capitals:
/// `GRÈVE CHEZ SORELEC` after `Sorelec a annoncé…`, `FRANÇOIS HOLLANDE RÉPOND` after `François Hollande`.
extension EntityResolver {
    /// The `repeated-capitals-name` pass: capitals that spell, word for word, a name found elsewhere.
    func addCapitalsRepeats(_ chosen: inout [EntityCandidate]) {
        let words = context.words
        var names = [[String]: EntityCandidate]()
        var longest = 0
        for c in chosen where c.type != .date && !c.isNonEntity && c.range.count <= 4 && c.range.contains(where: { !words[$0].isAllCaps }) {
            let key = c.range.map { words[$0].keyText }
            if names[key] == nil { names[key] = c; longest = max(longest, key.count) }
        }
        guard !names.isEmpty else { return }
        var taken = wordsCovered(by: chosen)
        var added = [EntityCandidate]()
        var i = 0
        while i < words.count {
            guard !taken[i], words[i].wordClass == .word, words[i].isAllCaps, words[i].text.count >= 2 else { i += 1; continue }
            var match: (length: Int, name: EntityCandidate)?
            for n in stride(from: min(longest, words.count - i), through: 1, by: -1) {
                let r = i..<(i + n)
                if r.contains(where: { taken[$0] || words[$0].wordClass == .word && !words[$0].isAllCaps || $0 > i && words[$0].sentenceStart }) { continue }
                if let c = names[r.map { words[$0].keyText }] { match = (n, c); break }
            }
            guard let match else { i += 1; continue }
            var canonical = ""
            for p in match.name.range { canonical += words[p].text + (p < match.name.range.upperBound - 1 && words[p].spaceAfter ? " " : "") }
            added.append(EntityCandidate(i..<(i + match.length), match.name.type, rule: .repeatedCapitalsName, priority: EntityPriority.context, canonical: match.name.canonical ?? canonical))
            i += match.length
        }
        guard !added.isEmpty else { return }
        chosen.append(contentsOf: added)
        chosen.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
}
