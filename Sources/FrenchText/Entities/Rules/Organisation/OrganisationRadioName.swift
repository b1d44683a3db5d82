/// A radio station named by a name and its band is an organisation: `la radio tunisienne Chems FM`, `selon Sud FM`,
/// `les auditeurs de Kalac FM` (one to three capitalised words before `FM`, the name of the band written as
/// ``OrganisationRecognizer/radioBands`` has it). A frequency before the band is ``OrganisationRecognizer`` 's
/// `organisation-radio-frequency`.
///
/// ```swift
/// // "Il l’a dit sur Horizon FM."
/// OrganisationRadioName.candidates(context)   // ORG Horizon FM
/// ```
enum OrganisationRadioName {
    static func candidates(_ context: EntityContext) -> [EntityCandidate] {
        let words = context.words
        var out = [EntityCandidate]()
        for i in words.indices.dropFirst() where OrganisationRecognizer.radioBands.contains(words[i].form) && !words[i].sentenceStart {
            var start = i
            while start > 0, i - start < 3, words[start - 1].spaceAfter, isNamePart(start - 1, context) {
                start -= 1
                if words[start].sentenceStart { break }
            }
            guard start < i else { continue }
            out.append(EntityCandidate(start..<(i + 1), .organisation, rule: .organisationRadioName, priority: EntityPriority.pattern))
        }
        return out
    }

    /// A capitalised word of a station's name: no title, month or function word (`Selon`).
    private static func isNamePart(_ k: Int, _ context: EntityContext) -> Bool {
        let w = context.words[k]
        guard w.wordClass == .word, w.isCapitalized, context.isNameWord(k) else { return false }
        return !PersonRecognizer.nameStops.contains(w.key) && !EntityContext.functionWords.contains(w.key)
    }
}
