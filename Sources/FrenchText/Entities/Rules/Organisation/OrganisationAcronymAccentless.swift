/// A word in capitals that is a common word once an accent is put back on one of its `e` is that word, no acronym:
/// `VIDEO` (vidéo) before a headline, `CREDIT : Var Actu` (crédit) under a photo, `ETAT` (état). Capitals drop
/// accents; a real acronym (`CEDEAO`, `MEDEF`) spells no word so.
extension OrganisationRecognizer {
    func isAccentlessCommonWord(_ w: Word) -> Bool {
        guard w.isAllCaps, w.text.count >= 4, let lexicon = context.lexicon else { return false }
        let lower = Array(w.text.lowercased())
        for (n, c) in lower.enumerated() where c == "e" {
            var variant = lower
            variant[n] = "é"
            if !lexicon.analyses(of: String(variant)).isEmpty { return true }
        }
        return false
    }
}
