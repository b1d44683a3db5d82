/// Photo and video credits under a picture: `… de Clamecy. / JEFF PACHOUD / AFP`, `AFP/JEFF PACHOUD`, `Photo AFP Franck
/// Bizet`, `(Photo : Jean Dupont)`. The photographer and the agency there are no participants: a later `le maire de X`
/// or `il` never means them. A name is a credit when a credit lead (`/`, `©`, `photo`, `crédit`: `quote_credit_leads.txt`)
/// comes before it (over agencies in capitals and marks: `© MAXPPP - Jean Dupont`), or an agency in capitals opening the
/// line or following a sentence's end, and what follows it to the end of the line is at most a few marks and capitalised
/// words (`/ AFP`, `)`). `selon l’AFP Franck Bizet, délégué CGT, …` is no credit: the line goes on, and a verb comes before.
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
        // Back from the name over agencies in capitals and marks: a credit lead (`/`, `©`, `Photo`), or a line or sentence
        // start after an agency (`… à Nevers. AFP Jean Dupont`); not `l’AFP Jean Dupont` after a verb.
        var k = r.lowerBound - 1
        var agency = false, boundary = false
        while k >= 0, words[k].paragraph == paragraph, r.lowerBound - k <= Self.creditTail + 1 {
            if Self.creditLeads.contains(words[k].key) { return true }
            if !words[k].is(.word), words[k].key != Self.comma { boundary = true; k -= 1; continue }
            guard words[k].is(.allCaps), !words[k].is(.elided), keys[k].count >= 2 else { break }
            agency = true
            k -= 1
        }
        return agency && (k < 0 || words[k].paragraph != paragraph || boundary)
    }
}
