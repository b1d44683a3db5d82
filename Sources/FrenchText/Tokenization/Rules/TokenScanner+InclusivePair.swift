/// Pronoun and determiner pairs of inclusive writing are one token, even with a space inside:
/// `ceux·celles`, `ils/elles`, `du·de la`, `de la·du`, `le.la`. Ordinary text is left alone:
/// `du. De la`, `le. La`, `lui-même`, `le.la.fr` (see ``InclusiveWriting/matchPair(_:from:limit:)``).
extension TokenScanner {
    /// The pair starting at `pos`, whose first word ends at `stop`; nil when there is none.
    mutating func scanInclusivePair(at pos: Int, stop: Int) -> Int? {
        let next = unit(stop)
        if next == 0x20 {
            // de la·du, à la·au: only the first words of such variants, and only when the next word is glued to a
            // separator and a letter (`de la` + `·du`; most `de la` are ordinary text).
            guard InclusiveTables.mayStart(spacedPairWordShapes, u[pos], length: stop - pos) else { return nil }
            var k = stop + 1
            while k < n, isLetter(u[k]) { k += 1 }
            guard k > stop + 1, InclusiveWriting.isPairSeparator(unit(k)), isLetter(unit(k + 1)),
                  InclusiveTables.spacedPairWordUnits.contains(where: {
                $0.count == stop - pos && InclusiveWriting.equalsLowercased(u, pos, stop, $0)
            }) else { return nil }
        } else if !InclusiveWriting.isPairSeparator(next) || !isLetter(unit(stop + 1)) {
            return nil
        }
        guard let (end, form) = inclusive.matchPair(u, from: pos, limit: n) else { return nil }
        emit(pos, end, .word, .inclusive, inclusive: form)
        return end
    }
}
