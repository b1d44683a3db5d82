/// A union and its confederation, or a station and its network, joined by a hyphen, one part in capitals and the
/// other in title case or with lower-case letters: `Snes-FSU`, `FSU-SNUipp 38` (with its département), `Bel-RTL`. One organisation when the part in title case is no word
/// of the dictionary, or when the part in capitals is a known name; never when a part is a known place (`Paris-CDG`)
/// or a first name.
extension OrganisationRecognizer {
    /// The `organisation-acronym` candidate of such a word at `i`, or nil.
    func mixedHyphenAcronym(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.flags.contains(.hyphenated), w.wordClass == .word, w.isCapitalized, !w.isAllCaps else { return nil }
        let parts = w.text.split(separator: "-").map(String.init)
        guard parts.count == 2 else { return nil }
        let isCaps = { (p: String) in p.count >= 2 && p.unicodeScalars.allSatisfy { $0.isUppercaseProperty } && !Self.romanNumeral(p) }
        // Snes, SNUipp: a capital first and some lower-case letters.
        let isTitle = { (p: String) in p.count >= 3 && p.first?.isUppercase == true && p.contains(where: \.isLowercase) && p.allSatisfy(\.isLetter) }
        guard let caps = parts.first(where: isCaps), let title = parts.first(where: isTitle), caps != title else { return nil }
        if context.gazetteer.place(named: LookupKey.make(title)) != nil || context.lexicon?.analyses(of: title).contains(where: \.isFirstName) == true { return nil }
        let unknownTitle = context.lexicon?.analyses(of: title.lowercased()).isEmpty != false && context.lexicon?.analyses(of: title).isEmpty != false
        guard unknownTitle || context.gazetteer.oneWordEntry(caps)?.type == .organisation else { return nil }
        // FSU-SNUipp 38: a département number after it names its local section.
        return EntityCandidate(i..<departmentNumberEnd(after: i), .organisation, rule: .organisationAcronym, priority: EntityPriority.context)
    }
}
