/// Photo and video credits under a picture: `… de Clamecy. / JEFF PACHOUD / AFP`, `AFP/JEFF PACHOUD`, `Photo AFP Franck
/// Bizet`, `(Photo : Jean Dupont)`. The photographer and the agency there are no participants: a later `le maire de X`
/// or `il` never means them. A name is a credit when a credit lead (`/`, `©`, `photo`, `crédit`: `quote_credit_leads.txt`)
/// or an agency in capitals comes right before it, and what follows it to the end of the line is at most a few marks and
/// capitalised words (`/ AFP`, `)`). `selon l’AFP Franck Bizet, délégué CGT, …` is no credit: the line goes on.
extension ParticipantModelBuilder {
    static let creditLeads = FormSet(.quoteCreditLeads)

    /// Most tokens a credit leaves after the name on its line (`/ AFP`, `- Reuters )`).
    static let creditTail = 4

    /// True when the name on tokens `r` is a photo or video credit.
    func isCredit(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.upperBound <= words.count else { return false }
        let paragraph = words[r.lowerBound].paragraph
        var end = r.upperBound
        while end < words.count, words[end].paragraph == paragraph, end - r.upperBound <= Self.creditTail { end += 1 }
        // (the line goes on after the credit's few marks and names: a sentence, not a caption)
        guard end - r.upperBound <= Self.creditTail, end == words.count || words[end].paragraph != paragraph,
              (r.upperBound..<end).allSatisfy({ !words[$0].is(.word) || words[$0].is(.capitalised) || words[$0].is(.allCaps) })
        else { return false }
        var before = r.lowerBound - 1
        if before >= 0, words[before].paragraph == paragraph, words[before].key == Self.colon { before -= 1 }
        guard before >= 0, words[before].paragraph == paragraph else { return false }
        if Self.creditLeads.contains(words[before].key) { return true }
        // (`Photo AFP Franck Bizet`, `AFP Franck Bizet` ending a caption: an agency in capitals with no article before it)
        return words[before].is(.allCaps) && !words[before].is(.elided) && keys[before].count >= 2
            && (before == 0 || words[before - 1].paragraph != paragraph || determiner(before - 1) == nil && !words[before - 1].is(.elided))
    }

    static let colon = FormStore.shared.intern(":")
}
