/// A hyphenated compound place name: `Fos-sur-Mer`, `Saint-Jean-de-Luz`, `La Chaux-de-Fonds`.
extension PlaceRecognizer {
    /// The `place-compound` rule at word `i`.
    func compoundRule(at i: Int) -> [EntityCandidate]? {
        guard words[i].wordClass == .word, let c = compoundName(at: i) ?? placePair(at: i) else { return nil }
        return [c]
    }

    /// Two known places joined by a hyphen name the region or the district that spans them: `Fès-Meknès`,
    /// `Rabat-Salé`, `Marrakech-Safi` (regions of Morocco), `Provence-Alpes`.
    func placePair(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.isCapitalized, !w.isAllCaps, w.text.containsByte(0x2D), context.knownName(at: i) == nil else { return nil }
        let parts = w.text.splitScalars(separator: "-")
        guard parts.count == 2, parts.allSatisfy({ $0.first?.isUppercase == true && context.gazetteer.place(named: LookupKey.make(String($0))) != nil }) else { return nil }
        return EntityCandidate(i..<(i + 1), .location, rule: .placeCompound, priority: EntityPriority.pattern)
    }

    /// A hyphenated compound place name: `Fos-sur-Mer`, `Saint-Jean-de-Luz`, `La Chaux-de-Fonds`, `Châlons-en-Champagne`,
    /// `Villeneuve-Saint-Georges`.
    func compoundName(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.isCapitalized, !w.isAllCaps, w.text.containsByte(0x2D) else { return nil }
        let parts = w.text.splitScalars(separator: "-").map(String.init)
        guard parts.count >= 3, parts.last?.first?.isUppercase == true else { return nil }
        let inner = parts.dropFirst().dropLast()
        // Villeneuve-Saint-Georges, Chapelle-Saint-Aubert: a saint's name inside, not first (`Saint-Jean` alone is
        // left to the other rules), also makes a town's compound.
        guard inner.contains(where: { Self.compoundInner.contains(string: $0) || EntityWordGroups.saintPrefix.contains(string: $0) }),
              inner.allSatisfy({ Self.compoundInner.contains(string: $0) || $0.first?.isUppercase == true }) else { return nil }
        // Jean-de-Dieu: a first name before `de` is a person's name.
        if EntityWordGroups.deOrDu.contains(string: parts[1]), let lexicon = context.lexicon, lexicon.analyses(of: parts[0]).contains(where: \.isFirstName) { return nil }
        var start = i
        if let a = context.word(i - 1), EntityWordGroups.capitalisedArticles.contains(a.form), a.spaceAfter { start = i - 1 }
        return EntityCandidate(start..<(i + 1), .location, rule: .placeCompound, priority: EntityPriority.context + 5)
    }
}
