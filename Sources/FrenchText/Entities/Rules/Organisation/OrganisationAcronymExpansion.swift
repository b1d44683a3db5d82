/// A name followed by its acronym in brackets whose initials spell it: `Opérateur de Transport de Wallonie (OTW)`,
/// `Alerte Littoral Bretagne (ALB)`, `Réseau panafricain pour l’accès à l’eau (RéPAE)`.
extension OrganisationRecognizer {
    /// The `organisation-acronym-expansion` rule at word `i`.
    func expandedAcronymRule(at i: Int) -> [EntityCandidate]? {
        guard words[i].flags.contains(.punctuation) else { return nil }
        return expandedAcronym(at: i)
    }

    /// A name followed by its acronym in brackets, whose initials spell it: `Opérateur de Transport de Wallonie (OTW)`,
    /// `Alerte Littoral Bretagne (ALB)`. Both the name and the acronym are organisations.
    func expandedAcronym(at i: Int) -> [EntityCandidate] {
        guard let a = context.word(i), a.text == "(" || a.text == "[", let acronym = context.word(i + 1), acronym.wordClass == .word,
              acronym.isAllCaps || acronym.isCapitalized && acronym.text.count <= 8,
              let close = context.word(i + 2), close.text == ")" || close.text == "]" else { return [] }
        // DREES, Drees: every letter; RéPAE: the capitals only.
        let folded = acronym.keyText.map { EntityTables.unaccentedInitial(String($0)) }.joined().uppercased()
        let all = Array(folded.unicodeScalars.filter { $0.isAlphabeticProperty }.map { Character($0) })
        let capitals = Array(acronym.text.unicodeScalars.filter { $0.isUppercaseProperty }
            .map { Character(EntityTables.unaccentedInitial(String($0).lowercased()).uppercased()) })
        // groupement mobile d’intervention (Gmi): an acronym written with one capital may spell a lower-case name.
        if let thing = lowerCaseThing(before: i, allCaps: acronym.isAllCaps, all: all, capitals: capitals) { return thing }
        let lowerName = !acronym.isAllCaps && all.count >= 3 && !tables.nonOrganisationAcronyms.contains(FormStore.shared.intern(folded))
        for letters in [all, capitals] where letters.count >= 2 && letters.count <= 8 {
            // agence régionale de santé (ARS): capitals may spell a lower-case name that an organisation noun heads.
            let lowerStart = lowerName && letters == all || acronym.isAllCaps
            if let start = initialsStart(spelling: letters, before: i, lowerStart: lowerStart),
               words[start].isCapitalized || lowerName && letters == all || tables.orgIntroNouns.contains(words[start].key) {
                // Jean-Luc Mélenchon (JLM): a person's initials, left to the person rules (``retypePersonInitials(_:)``).
                if startsPerson(at: start) { return [] }
                // Fonds pour l’eau potable et le traitement des eaux usées (FEPTEU): a programme and its acronym.
                if tables.programmeHeads.contains(words[start].key) {
                    return [NonEntityRecognizer.nonEntity(start..<i, rule: .nonEntityProgramme), NonEntityRecognizer.nonEntity((i + 1)..<(i + 2), rule: .nonEntityProgramme)]
                }
                return [EntityCandidate(start..<i, .organisation, rule: .organisationAcronymExpansion, priority: EntityPriority.pattern + 5),
                        EntityCandidate((i + 1)..<(i + 2), .organisation, rule: .organisationAcronymExpansion, priority: EntityPriority.pattern + 5)]
            }
            if acronym.isAllCaps { break }
        }
        return []
    }

    /// `zones d’immersion temporaire (ZIT)`, `politique agricole commune (Pac)`: a lower-case phrase whose first word
    /// is no organisation noun (``OrganisationHead``'s heads, `l’entreprise`…) names a thing, a policy or a measure,
    /// and the acronym in brackets after it is that thing: neither is an organisation.
    func lowerCaseThing(before i: Int, allCaps: Bool, all: [Character], capitals: [Character]) -> [EntityCandidate]? {
        let letters = allCaps ? capitals : all
        guard letters.count >= 2, letters.count <= 8, let start = initialsStart(spelling: letters, before: i, lowerStart: true) else { return nil }
        let head = words[start]
        guard head.wordClass == .word, !head.isCapitalized, tables.orgHeads[head.key] == nil, !tables.orgIntroNouns.contains(head.key),
              !tables.programmeHeads.contains(head.key) else { return nil }
        return [NonEntityRecognizer.nonEntity(start..<i, rule: .nonEntityName), NonEntityRecognizer.nonEntity((i + 1)..<(i + 2), rule: .nonEntityName)]
    }

    /// The first word of the name before `i` whose initials spell `letters`, or nil.
    func initialsStart(spelling letters: [Character], before i: Int, lowerStart: Bool = false) -> Int? {
        var k = i - 1
        var matched = letters.count
        var start: Int?
        while k >= 0, matched > 0, i - k <= 16 {
            let w = words[k]
            if w.text == ",", k < i - 1 { k -= 1; continue }
            guard w.wordClass == .word || w.wordClass == .elision else { break }
            if Self.initialsSkipped.contains(w.key) { k -= 1; continue }
            // trouble de stress post-traumatique (TSPT): a lower-case compound gives the initial of each part.
            let parts = hyphenInitials(w)
            if parts.count > 1, parts.count <= matched, Array(letters[(matched - parts.count)..<matched]) == parts {
                matched -= parts.count
                start = k
                if w.sentenceStart { break }
                k -= 1
                continue
            }
            guard let first = EntityTables.unaccentedInitial(w.keyText).first, Character(first.uppercased()) == letters[matched - 1] else { break }
            matched -= 1
            start = k
            if w.sentenceStart { break }
            k -= 1
        }
        guard matched == 0, let start, words[start].isCapitalized || lowerStart && words[start].wordClass == .word,
              !Self.initialsSkipped.contains(words[start].key) else { return nil }
        return start
    }

    /// The capital initials of the parts of a lower-case compound (`post-traumatique` → P, T), or none.
    func hyphenInitials(_ w: Word) -> [Character] {
        guard w.wordClass == .word, !w.isCapitalized, w.text.contains("-") else { return [] }
        return w.keyText.split(separator: "-").compactMap { part in
            EntityTables.unaccentedInitial(String(part)).first.map { Character($0.uppercased()) }
        }
    }
}
