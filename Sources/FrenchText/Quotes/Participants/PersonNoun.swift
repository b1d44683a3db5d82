/// A common noun that names a person by what they are, read from the dictionary rather than from a list: a noun
/// whose feminine the dictionary derives from its masculine (`technicien` → `technicienne`, `berger` → `bergère`,
/// `patron` → `patronne`), or an epicene noun (`diplomate`, `spécialiste`: the determiner gives the gender). Nouns of
/// one fixed gender name things and bodies (`préfecture`, `commandement`, `autorité`). The listed role nouns
/// (``ParticipantLexicon/roleNoun(_:)``) come first.
///
/// ```swift
/// PersonNoun.reading("bergère")      // (lemma "berger", gender .female)
/// PersonNoun.reading("technicien")   // (lemma "technicien", gender .male)
/// PersonNoun.reading("préfecture")   // nil
/// ```
enum PersonNoun {
    /// The lemma and the gender the form states (nil for an epicene noun), or nil when `key` (a lookup key) is no
    /// person noun, or when the dictionary is not loaded.
    static func reading(_ key: String, lexicon: Lexicon? = Lexicon.shared) -> (lemma: String, gender: SpeakerGender?)? {
        if let role = ParticipantLexicon.shared.roleNoun(key) { return role }
        guard let lexicon else { return nil }
        let nouns = lexicon.analyses(of: key).filter(\.isNoun)
        guard !nouns.isEmpty, !nouns.contains(where: \.isProperName) else { return nil }
        if nouns.contains(where: { $0.gender == .epicene }) { return (nouns[0].lemma, nil) }
        // (`bergère`: a feminine the dictionary reads as a form of the masculine lemma)
        if let feminine = nouns.first(where: { $0.gender == .feminine && $0.lemma != key && !$0.lemma.isEmpty }) {
            return (feminine.lemma, .female)
        }
        // (`technicien`: a masculine whose feminine, built by one of the formations of French morphology, is a form of it)
        guard nouns.contains(where: { $0.gender == .masculine && $0.lemma == key }) else { return nil }
        for formation in InclusiveTables.formations where formation.kind != .pair && key.hasSuffix(formation.masculineEnding) {
            let feminine = String(key.dropLast(formation.masculineEnding.count)) + formation.feminineEnding
            if lexicon.analyses(of: feminine).contains(where: { $0.isNoun && $0.lemma == key && $0.gender == .feminine }) {
                return (key, .male)
            }
        }
        return nil
    }
}
