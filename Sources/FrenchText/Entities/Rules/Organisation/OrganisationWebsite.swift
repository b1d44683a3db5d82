/// A website named by its bare address as a source or medium is the organisation that publishes it: `sur le site
/// www.lefigaro.fr`, `selon infosport.be`, an address opening a sentence (`puremedias.com vous propose…`, a credit line).
/// An address given to visit (`plus d’informations : www.….fr`, `réservations sur www.….fr`), a full link
/// (`https://…/article`), an e-mail address and a platform's address (`facebook.com`) are not.
extension OrganisationRecognizer {
    /// Platform names in lower case, as a domain writes them (`facebook`, `tiktok`).
    static let platformDomains: Set<String> = Set(LexicalTables.lines(.platforms).map { $0.lowercased() })
    /// Words before a bare address that name it as a source (`site`, `selon`), as lookup keys.
    static let websiteLeads: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgWebsiteLeads))

    /// The `organisation-website` rule at word `i`.
    func websiteRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.kind == .url, !w.text.contains("/"), !w.text.contains("@") else { return nil }
        let labels = w.text.lowercased().split(separator: ".")
        guard labels.count >= 2, let top = labels.last, (2...6).contains(top.count), top.allSatisfy(\.isLetter),
              !Self.platformDomains.contains(String(labels[labels.count - 2])) else { return nil }
        // selon infosport.be, a constaté infosport.be, a headline's source after a dash (… - infosport.be).
        let afterLead = context.word(i - 1).map { Self.websiteLeads.contains($0.key) || isReportingVerb($0) || EntityWordGroups.dashes.contains($0.text) } ?? false
        // puremedias.com vous propose…, a credit line: the address opens a sentence (the segmenter may not have
        // cut after a closing quotation mark and its period).
        let opensSentence = w.sentenceStart || context.word(i - 1).map { [".", "!", "?"].contains($0.text) } ?? true
        guard afterLead || opensSentence || isKnownMediumSite(w.text) else { return nil }
        return [EntityCandidate(i..<(i + 1), .organisation, rule: .organisationWebsite, priority: EntityPriority.pattern)]
    }

    /// Dashes before a headline's source (`… - infosport.be`).

    /// True when the address's name is a known organisation's (`BFMTV.com`, `Africaguinee.com`): the medium's own site.
    func isKnownMediumSite(_ address: String) -> Bool {
        let labels = address.split(separator: ".")
        guard labels.count >= 2 else { return false }
        return context.gazetteer.oneWordEntry(String(labels[labels.count - 2]))?.type == .organisation
    }
}
