/// The desk codes a news agency prints in brackets at the end of a dispatch, before its language code:
/// `(INT, ECO, THA, fr)`, `(POL, SOC, nl)`. Short capitals listed with a two-letter lower-case code are labels, not
/// organisations; a list holding a known name (`(CGT, FO, CFDT)`) or no lower-case code is left to the other rules.
extension NonEntityRecognizer {
    /// The non-entity spans of the code list opening at the bracket `i`, or none.
    func codeList(at i: Int) -> [EntityCandidate] {
        let words = context.words
        guard words[i].text == "(" else { return [] }
        var items = [Int]()
        var k = i + 1
        while let w = context.word(k), w.wordClass == .word, w.text.count <= 4, items.count < 12 {
            items.append(k)
            guard let sep = context.word(k + 1) else { return [] }
            if sep.text == ")" { break }
            guard sep.text == "," else { return [] }
            k += 2
        }
        guard items.count >= 3, context.word(items[items.count - 1] + 1)?.text == ")",
              items.contains(where: { words[$0].text.count == 2 && words[$0].text.allSatisfy(\.isLowercase) }),
              items.filter({ words[$0].isAllCaps }).count >= 2,
              !items.contains(where: { context.knownName(at: $0) != nil }) else { return [] }
        return items.filter { words[$0].isAllCaps }.map { Self.nonEntity($0..<($0 + 1), rule: .nonEntityCodeList) }
    }
}
