/// A town named after a saint: `Saint-Nazaire`, `Sainte-Foy` (when no compound name is read there).
extension PlaceRecognizer {
    /// The `place-saint` rule at word `i`.
    func saintRule(at i: Int) -> [EntityCandidate]? {
        guard words[i].wordClass == .word, compoundName(at: i) == nil, let c = saintName(at: i) else { return nil }
        return [c]
    }

    /// A town or parish named after a saint: `Saint-Nazaire`, `Sainte-Foy`, `Saint-Josse-ten-Noode`; not a person's
    /// particle name (`Antoine de Saint-Exupéry`).
    func saintName(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.text.utf8.first == 0x53, w.text.containsByte(0x2D), !w.isAllCaps else { return nil }  // `S…-…`
        let parts = w.text.split(separator: "-")
        guard parts.count >= 2, EntityWordGroups.saintPrefix.contains(string: String(parts[0])), parts[1].first?.isUppercase == true else { return nil }
        if let p = context.word(i - 1), p.wordClass == .word || p.wordClass == .elision, Self.deElided.contains(p.key),
           let q = context.word(i - 2), q.wordClass == .word, q.isCapitalized { return nil }
        if let n = context.nextInSentence(i), n.wordClass == .word, n.isCapitalized, w.spaceAfter { return nil }
        return EntityCandidate(i..<(i + 1), .location, rule: .placeSaint, priority: EntityPriority.guess)
    }
}
