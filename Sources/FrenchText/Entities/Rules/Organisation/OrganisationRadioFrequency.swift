/// A radio station named by its FM frequency is an organisation: `à la radio du 98,5 FM`, `sur les ondes de 107.7 FM`
/// (a decimal number of the FM band, 87,5 to 108, and the band's abbreviation). A bare frequency is none.
extension OrganisationRecognizer {
    /// Band abbreviations after a frequency (`FM`), as written.
    static let radioBands: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgRadioBands))

    /// The `organisation-radio-frequency` rule at word `i`.
    func radioFrequencyRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .number, w.spaceAfter, let band = context.nextInSentence(i), Self.radioBands.contains(band.form) else { return nil }
        let parts = w.text.split(whereSeparator: { $0 == "," || $0 == "." })
        guard parts.count == 2, parts[1].count == 1, let whole = Int(parts[0]), let tenth = Int(parts[1]) else { return nil }
        let frequency = whole * 10 + tenth
        guard (875...1080).contains(frequency) else { return nil }
        return [EntityCandidate(i..<(i + 2), .organisation, rule: .organisationRadioFrequency, priority: EntityPriority.pattern)]
    }
}
