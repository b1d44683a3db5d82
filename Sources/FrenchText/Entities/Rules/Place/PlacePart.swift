/// The upper or lower part of a known region or country: `Haut-Valais`, `Basse-Normandie`.
extension PlaceRecognizer {
    /// The `place-part` rule at word `i`.
    func partRule(at i: Int) -> [EntityCandidate]? {
        guard words[i].wordClass == .word, let c = upperOrLowerPart(at: i) else { return nil }
        return [c]
    }

    /// The upper or lower part of a known region or country: `Haut-Valais`, `Bas-Valais`, `Haute-Égypte`.
    func upperOrLowerPart(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.text.utf8.first == 0x48 || w.text.utf8.first == 0x42, let prefix = Self.partPrefixes.first(where: { w.text.hasPrefix($0) }) else { return nil }
        let rest = String(w.text.dropFirst(prefix.count))
        guard rest.first?.isUppercase == true, !rest.contains("-"), let place = context.gazetteer.place(named: LookupKey.make(rest)),
              place.kind == .region || place.kind == .country else { return nil }
        return EntityCandidate(i..<(i + 1), .location, rule: .placePart, priority: EntityPriority.context + 5)
    }
}
