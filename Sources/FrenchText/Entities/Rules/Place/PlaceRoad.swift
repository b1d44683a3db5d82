/// A numbered road is a place:
/// - a road noun, its network's adjective if any, and the number or code: `l’autoroute A9`, `la route départementale
///   123`, `la route 170`, `la route nationale 7`
/// - the network's adjective, capitalised, and the number: `le bitumage de la Nationale 15`
/// - a road's code after an article: `sur la RD813`, `l’A9`, `la N165` (a one-letter code of `D` or `N` needs two
///   digits: `la D1`, `la N2` are leagues)
extension PlaceRecognizer {
    /// The `place-road` rule at word `i`.
    func roadRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word || w.wordClass == .elision else { return nil }
        if EntityWordGroups.roadNoun.contains(w.key) || EntityWordGroups.roadAdjective.contains(w.key) && w.isCapitalized {
            if let p = context.word(i - 1), EntityWordGroups.roadNoun.contains(p.key) || EntityWordGroups.roadAdjective.contains(p.key) { return nil }
            var k = i + 1
            if let a = context.nextInSentence(i), EntityWordGroups.roadAdjective.contains(a.key) { k += 1 }
            guard let n = context.word(k), !n.sentenceStart, isRoadNumber(n) || roadCode(n, minimumDigits: 1) else { return nil }
            return [EntityCandidate(i..<(k + 1), .location, rule: .placeRoad, priority: EntityPriority.pattern)]
        }
        guard EntityWordGroups.definiteArticle.contains(w.key), let c = context.nextInSentence(i), roadCode(c, minimumDigits: 2) else { return nil }
        return [EntityCandidate((i + 1)..<(i + 2), .location, rule: .placeRoad, priority: EntityPriority.pattern)]
    }

    /// 1 to 4 digits: `170`, `15`.
    private func isRoadNumber(_ w: Word) -> Bool {
        w.isDigits && (1...4).contains(w.text.utf8.count)
    }

    /// Capitals of a road code and 1 to 4 digits in one word: `A9`, `RD813`, `N165`; `minimumDigits` for a one-letter
    /// code of the départements' and the national network (`D`, `N`; `A` takes any).
    private func roadCode(_ w: Word, minimumDigits: Int) -> Bool {
        let utf8 = Array(w.text.utf8)
        guard utf8.count >= 2, utf8.count <= 6, (0x41...0x5A).contains(utf8[0]) else { return false }
        let letters = utf8.prefix { (0x41...0x5A).contains($0) }
        let digits = utf8.dropFirst(letters.count)
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
        let code = String(decoding: letters, as: UTF8.self).lowercased()
        guard EntityWordGroups.roadCode.contains(string: code) else { return false }
        return letters.count > 1 || code == "a" || digits.count >= minimumDigits
    }
}
