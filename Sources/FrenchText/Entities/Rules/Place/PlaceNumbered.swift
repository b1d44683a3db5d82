/// An ordinal and a place noun: `3e Avenue`, `1re Avenue`, `13e arrondissement`.
extension PlaceRecognizer {
    /// The `place-numbered` rule at word `i`.
    func numberedRule(at i: Int) -> [EntityCandidate]? {
        guard let c = numberedStreet(at: i) else { return nil }
        return [c]
    }

    /// `3e Avenue`, `1re Avenue`, `13e arrondissement`.
    func numberedStreet(at i: Int) -> EntityCandidate? {
        let w = words[i]
        // (the next word first: a place noun is rare, the ordinal test reads the word's text)
        guard let n = context.nextInSentence(i), n.wordClass == .word, context.tables.placeNouns.contains(n.key),
              n.isCapitalized || EntityWordGroups.numberedLowerPlaceNoun.contains(n.key),
              w.wordClass == .ordinal || Self.isOrdinal(w.text) else { return nil }
        return EntityCandidate(i..<(i + 2), .location, rule: .placeNumbered, priority: EntityPriority.pattern)
    }

    /// `3e`, `1re`, `2ème`, `1er`.
    static func isOrdinal(_ s: String) -> Bool {
        // A first character that starts with an ASCII byte other than a digit is no number (most words).
        if let b = s.utf8.first, b < 0x80, !(0x30...0x39).contains(b) { return false }
        let digits = s.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        return Self.ordinalEndings.contains(string: String(s.dropFirst(digits.count)))
    }
}
