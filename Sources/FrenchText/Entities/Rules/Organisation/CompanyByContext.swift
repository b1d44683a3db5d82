/// A capitalised word the dictionary does not know at all (no common word, first name or surname) is a company
/// where companies are named: as the subject or the object of a business verb (`Vivalto a racheté la clinique`,
/// `Norvia a racheté Tecmatic`), after `chez` (`chez Decathlon`, `chez Vivalto`), written with a capital inside
/// (`Ibrahima Diallo de SenePlus`, `BlaBlaCar`), or before an apposition that
/// names a company (`Kalixa, filiale du groupe Norvia, …`, `Tecmatic, fabricant de capteurs`).
enum CompanyByContext {
    /// Nouns of a company in an apposition after its name (`filiale`, `spécialiste`), as lookup keys.
    static let appositionNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgAppositionNouns))
    /// Verb forms whose object is a company (`a racheté Tecmatic`), as lookup keys.
    static let acquisitionVerbs: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgAcquisitionVerbs))
    /// Prepositions before a company's name (`chez`), as lookup keys.
    static let companyLeads: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgCompanyLeads))

    static func candidates(_ context: EntityContext) -> [EntityCandidate] {
        var out = [EntityCandidate]()
        let words = context.words
        for i in words.indices where isCoinedName(i, context) {
            let afterChez = context.word(i - 1).map { companyLeads.contains($0.key) } ?? false
            var businessSubject = false
            if let aux = context.nextInSentence(i) {
                // Vivalto a racheté la clinique; Tervalis emploie 300 personnes.
                if PersonRecognizer.cueAuxiliaries.contains(aux.key), let verb = context.nextInSentence(i + 1) {
                    businessSubject = context.tables.businessVerbs.contains(verb.key)
                } else {
                    businessSubject = context.tables.businessVerbs.contains(aux.key)
                }
            }
            // Norvia a racheté Tecmatic: the object of an acquisition (not of a hiring: `a recruté Bernardoni`).
            let businessObject = !words[i].sentenceStart && context.word(i - 1).map { acquisitionVerbs.contains($0.key) } == true
            // SenePlus, BlaBlaCar: a coined name with a capital inside is a brand, a company or a medium.
            let camelCase = PersonRecognizer.hasInnerCapital(words[i]) && !context.tables.platforms.contains(words[i].form)
            guard afterChez || businessSubject || businessObject || camelCase || isNamedByApposition(i, context)
                    || isSpeakingWithArticle(i, context) else { continue }
            out.append(EntityCandidate(i..<(i + 1), .organisation, rule: .organisationCompanyContext, priority: EntityPriority.context))
        }
        return out
    }

    /// `Le Synesci a dénoncé`, `la Fesci a annoncé`: a coined name after a definite article, subject of a speech
    /// verb, is an organisation (a person's name takes no article).
    private static func isSpeakingWithArticle(_ i: Int, _ context: EntityContext) -> Bool {
        guard let a = context.word(i - 1), OrganisationRecognizer.articles.contains(a.key), a.isWordLike,
              let aux = context.nextInSentence(i), PersonRecognizer.cueAuxiliaries.contains(aux.key),
              let verb = context.nextInSentence(i + 1) else { return false }
        return context.tables.speechCues.contains(verb.key)
    }

    /// `Kalixa, filiale du groupe Norvia`: a comma, an optional article and a company noun after the name.
    private static func isNamedByApposition(_ i: Int, _ context: EntityContext) -> Bool {
        guard let comma = context.nextInSentence(i), comma.text == ",", let first = context.nextInSentence(i + 1) else { return false }
        var k = i + 2
        if PlaceRecognizer.placeArticles.contains(first.key) || PersonRecognizer.pairArticles.contains(first.key) { k += 1 }
        guard let noun = context.nextInSentence(k - 1), noun.wordClass == .word, !noun.isCapitalized else { return false }
        return appositionNouns.contains(noun.key)
    }

    private static func isCoinedName(_ i: Int, _ context: EntityContext) -> Bool {
        let w = context.words[i]
        guard w.wordClass == .word, w.isCapitalized, !w.isAllCaps, !w.isInitial, context.isNameWord(i), !context.isKnown(w),
              !context.isFirstName(w), w.text.count >= 3 else { return false }
        // Part of a longer name (`Jean Vivalto`, `Vivalto Santé`): other rules decide.
        // Chez Vivalto, Selon Vivalto: a common word opening the sentence is no part of the name.
        if let p = context.word(i - 1), p.wordClass == .word, p.isCapitalized, !p.sentenceStart || !companyLeads.contains(p.key) && !context.isCommonLower(p) { return false }
        if let n = context.nextInSentence(i), n.wordClass == .word, n.isCapitalized { return false }
        return context.gazetteer.longestMatch(at: i, in: context.words) == nil
    }
}
