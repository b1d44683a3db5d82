/// Stage 1 guard: a place the subject-reading sieves take for the speaker is no speaker (`La Cité de Calvin connaît une
/// grande diversité. « … »`, `Après avoir visité Gatineau, Shawinigan et Québec, le président avait son avis : « … »`).
/// When `paragraph-subject`, `sentence-subject` or `colon-subject` finds a bare name (no title, no role) that the entity
/// tagger reads as a place, the sieve is passed over and the next one answers. The sieves that read a speech verb keep
/// their place (`Kinshasa dément`: a capital speaking for its government), as `colon-name` already drops a place heading.
///
/// ```swift
/// // "La députée Anne Morel a rencontré des élus. Après Dijon, Besançon et Mâcon, elle reste prudente : « … »"
/// PlaceSubject.isPlace(find, input)   // true for the colon-subject reading `Besançon`: the quote goes to Anne Morel
/// ```
enum PlaceSubject {
    /// The rules that read a subject without a speech verb.
    static let subjectRules = Set([QuoteRule.paragraphSubject, .sentenceSubject, .colonSubject].map(\.rawValue))

    /// The find is a subject-reading sieve's bare name that the entity tagger reads as a place.
    static func isPlace(_ f: SpeakerFind, _ input: SieveInput) -> Bool {
        guard subjectRules.contains(f.rule), let p = f.phrase, p.form == .name, p.titleGender == nil, p.roleLemma == nil,
              !p.isOrganisation else { return false }
        return input.places.contains(p.nameStart)
    }
}
