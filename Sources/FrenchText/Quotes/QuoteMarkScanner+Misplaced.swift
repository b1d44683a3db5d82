/// Quotation marks typed the wrong way round or glued to the previous sentence, as pages pasted from print or
/// written in a hurry often have them.
extension QuoteMarkScanner {
    /// A `»` typed where `«` was meant: nothing is open, it stands where a quote begins (the paragraph's start, or after
    /// `:`, `.`, `!`, `?`, `…`), a word follows it, and a later `»` of the same paragraph, with no `«` between them,
    /// closes it in a closing context.
    ///
    /// ```swift
    /// // Le maire a appelé au calme : » Je demande à chacun de rester chez soi ».
    /// // »La route restera fermée jusqu’à lundi », a précisé la préfecture.
    /// ```
    static func opensReversed(_ s: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        var b = i
        while b > range.lowerBound, isSpace(s[b - 1]) { b -= 1 }
        if b > range.lowerBound, !":.!?…".unicodeScalars.contains(s[b - 1]) { return false }
        let first = skipSpace(s, from: i + 1, to: range.upperBound)
        guard first < range.upperBound, isWordScalar(s[first]) else { return false }
        var j = first + 1
        while j < range.upperBound {
            switch s[j] {
            case "«": return false
            case "»": return j + 1 >= range.upperBound || !isWordScalar(s[j + 1])
            default: j += 1
            }
        }
        return false
    }

    /// A straight `"` glued to the end of the previous sentence and followed by a capital: it opens a quote
    /// (`a-t-elle nuancé."Les pays voisins restent des frères"`). Asked only when no straight quote is open.
    static func opensAfterSentenceEnd(_ s: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        guard i > range.lowerBound, i + 1 < range.upperBound, ".!?;".unicodeScalars.contains(s[i - 1]) else { return false }
        return s[i + 1].properties.isUppercase
    }

    /// A straight `"` with a space before it and a word glued after it, while a straight quote is open, is that
    /// quote's closing mark typed on the wrong side of the space when no other `"` follows in the paragraph
    /// (`il y a "un patrimoine qu’il faut préserver "car il a été bâti…`): straight quotes never nest.
    static func closesBeforeAWord(_ s: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        !s[(i + 1)..<range.upperBound].contains("\"")
    }
}
