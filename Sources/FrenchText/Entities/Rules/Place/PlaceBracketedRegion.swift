/// A place followed by its region, department, canton or state in brackets is two places: `Onnaing (Nord)`,
/// `Hérouville (Calvados)`, `Carouge (GE)`, `Aegerten (BE)`. A department number (`Nancy (54)`) is no entity, and
/// neither is an agency after a dateline (`Paris (AFP)`): only a known place, a cardinal point or a two-letter code
/// in capitals that names no known organisation is read as a region.
extension EntityResolver {
    /// The `place-bracketed-region` pass: the bracketed word after a place becomes a place, retyped when another
    /// rule read it as an organisation (`GE` as an acronym), added when no rule found it (`Nord`).
    func addBracketedRegions(_ chosen: inout [EntityCandidate]) {
        var startOf = [Int: Int]()
        for (n, c) in chosen.enumerated() { startOf[c.range.lowerBound] = n }
        var added = [EntityCandidate]()
        // (also after an organisation named by its place: `la mairie de Carouge (GE)`)
        for n in chosen.indices where chosen[n].type == .location
            || chosen[n].type == .organisation && context.knownName(at: chosen[n].range.upperBound - 1).map({ $0.length == 1 && $0.entry.type == .location }) == true {
            let open = chosen[n].range.upperBound
            guard let o = context.word(open), o.text == "(", let close = context.word(open + 2), close.text == ")",
                  isBracketedRegion(open + 1) else { continue }
            let region = (open + 1)..<(open + 2)
            if let k = startOf[open + 1] {
                guard chosen[k].range == region, chosen[k].type != .location, !chosen[k].rule.isKnownName else { continue }
                chosen[k].type = .location
                chosen[k].passes.append(.bracketedRegion)
            } else {
                added.append(EntityCandidate(region, .location, rule: .placeBracketedRegion, priority: EntityPriority.context))
            }
        }
        guard !added.isEmpty else { return }
        chosen.append(contentsOf: added)
        chosen.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// True when the word at `k` reads as a region in brackets: a known place, a cardinal point (`Nord`), or a
    /// two-letter code in capitals (`GE`, `VD`, `QC`) that is no known organisation.
    private func isBracketedRegion(_ k: Int) -> Bool {
        guard let w = context.word(k), w.wordClass == .word, w.isCapitalized else { return false }
        let known = context.knownName(at: k)
        if let known, known.length == 1 { return known.entry.type == .location }
        if w.isAllCaps { return w.text.count == 2 && w.text.unicodeScalars.allSatisfy { $0.isAlphabeticProperty } }
        return OrganisationRecognizer.cardinalPoints.contains(w.key)
    }
}
