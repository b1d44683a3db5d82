/// Capitals that spell the initials of a person the document names are that person's nickname, not an organisation:
/// `PKP` after `Pierre Karl Péladeau`, `DSK` after `Dominique Strauss-Kahn`, `JFK` after `John Fitzgerald Kennedy`.
/// Only an acronym the tagger guessed (`organisation-acronym`) of three letters or more, spelling every capitalised
/// word (and hyphenated part) of a person's full name, turns; a known acronym stays what the gazetteer says.
extension EntityResolver {
    /// The `initials-of-person` pass.
    func retypePersonInitials(_ chosen: inout [EntityCandidate]) {
        let words = context.words
        var initials = [String: String]()
        for c in chosen where c.type == .person && c.range.count >= 2 {
            var letters = ""
            for p in c.range where words[p].wordClass == .word && words[p].isCapitalized {
                for part in words[p].text.split(separator: "-") { if let f = part.first { letters.append(f) } }
            }
            guard letters.count >= 3 else { continue }
            var name = ""
            for p in c.range { name += words[p].text + (p < c.range.upperBound - 1 && words[p].spaceAfter ? " " : "") }
            let key = letters.uppercased()
            if initials[key] == nil { initials[key] = c.canonical ?? name }
        }
        guard !initials.isEmpty else { return }
        for k in chosen.indices where chosen[k].type == .organisation && chosen[k].rule == .organisationAcronym && chosen[k].range.count == 1 {
            let w = words[chosen[k].range.lowerBound]
            guard w.isAllCaps, w.text.count >= 3, let person = initials[w.text] else { continue }
            chosen[k].type = .person
            chosen[k].canonical = person
            chosen[k].passes.append(.initialsOfPerson)
        }
    }
}
