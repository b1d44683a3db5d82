/// An organisation and, after a dash written without spaces, the acronym of the body it belongs to are one
/// name: `CCMM–CSN`, `Syndicat des travailleurs de Rolls-Royce Canada–CSN`, `FNEEQ–CSN`.
enum OrganisationAffiliation {
    static func candidates(extending found: [EntityCandidate], context: EntityContext) -> [EntityCandidate] {
        var out = [EntityCandidate]()
        for c in found where c.type == .organisation && !c.isNonEntity {
            let dash = c.range.upperBound
            guard let d = context.word(dash), d.text == "–" || d.text == "-", !context.words[dash - 1].spaceAfter, !d.spaceAfter,
                  let a = context.word(dash + 1), a.wordClass == .word, a.isAllCaps, !context.tables.nonOrganisationAcronyms.contains(a.form) else { continue }
            out.append(EntityCandidate(c.range.lowerBound..<(dash + 2), .organisation, rule: .organisationAffiliation,
                                       priority: c.priority))
        }
        return out
    }
}
