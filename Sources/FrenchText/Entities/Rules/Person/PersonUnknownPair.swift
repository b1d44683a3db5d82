/// Two capitalised words the dictionary does not know: `Mikalai Statkevich`, `Kossi Agbéko`; not a compound opened by a
/// known place (`Marrakech-Tensift-Al Haouz`).
extension PersonRecognizer {
    /// The `person-unknown-pair` rule at word `i` (Two unknown capitalised words: Mikalai Statkevich).
    func unknownPairRule(at i: Int) -> [EntityCandidate]? {
        guard isNameCandidate(i), !opensWithKnownPlace(i) else { return nil }
        let w = words[i]
        if isUnknownName(i) || relaxedPairStart(i), w.spaceAfter,
           let next = context.nextInSentence(i), next.wordClass == .word, isUnknownName(i + 1), !context.isFirstName(next),
           !(w.isAllCaps && next.isAllCaps), !(w.isAllCaps && (w.text.count <= 4 || tables.orgIntroNouns.contains(w.key))),
           !isKnownNameStart(i + 1), let end = nameEnd(from: i + 1, strong: false) {
            return [EntityCandidate(commonFirstNameStart(i)..<end, .person, rule: .personUnknownPair, priority: EntityPriority.person - 5)]
        }
        return nil
    }

    /// True when the word at `i` is a compound opened by a known place and is no first name: `Marrakech-Tensift-Al
    /// Haouz` names a region, not a person (`Jean-Pierre`, `Marie-Claire` open no place).
    func opensWithKnownPlace(_ i: Int) -> Bool {
        let w = words[i]
        guard w.text.containsByte(0x2D), w.text.contains("-"), !context.isFirstName(w), let head = w.text.split(separator: "-").first, head.count >= 3 else { return false }
        return context.gazetteer.place(named: LookupKey.make(String(head))) != nil
    }
}
