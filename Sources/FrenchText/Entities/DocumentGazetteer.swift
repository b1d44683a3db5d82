/// The gazetteer as the rules of one document read it: each word's gazetteer key, its case and the longest
/// known name starting at it are looked up once per document (by word index), then compared as integers,
/// however many rules ask (``PersonRecognizer`` asks at every capitalised word).
///
/// ```swift
/// // "… de la République démocratique du Congo : M. Türk …"
/// context.gazetteer.longestMatch(at: i, in: context.words)   // République démocratique du Congo, LOC, 5 words
/// ```
final class DocumentGazetteer {
    let base: EntityGazetteer
    let words: [Word]
    // The caches are buffers the instance owns (one document, one thread): read and written at every rule's question,
    // they skip the exclusivity and uniqueness checks of arrays held in a class's `var`s.
    /// Per word: its key's gazetteer id, -1 when no entry has that key, -2 not looked up yet.
    private let keyIDs: UnsafeMutableBufferPointer<Int32>
    /// Per word: 1 when its text has no lower-case letter, 0 when it has one, -1 not looked up yet.
    private let noLowercase: UnsafeMutableBufferPointer<Int8>
    /// Per word: the unfiltered longest match as an index in the gazetteer's entries, -1 none, -2 not looked up yet.
    private let longest: UnsafeMutableBufferPointer<Int32>

    init(_ base: EntityGazetteer, words: [Word]) {
        self.base = base
        self.words = words
        keyIDs = .allocate(capacity: words.count)
        keyIDs.initialize(repeating: -2)
        noLowercase = .allocate(capacity: words.count)
        noLowercase.initialize(repeating: -1)
        longest = .allocate(capacity: words.count)
        longest.initialize(repeating: -2)
    }

    deinit {
        keyIDs.deallocate()
        noLowercase.deallocate()
        longest.deallocate()
    }

    /// The longest known name starting at `words[i]`, with the number of words it covers.
    func longestMatch(at i: Int, in words: [Word]) -> (entry: GazetteerEntry, length: Int)? {
        guard isMine(words) else { return DocumentGazetteer(base, words: words).longestMatch(at: i, in: words) }
        guard i >= 0, i < words.count else { return nil }
        if longest[i] == -2 {
            longest[i] = -1
            let key = keyID(i)
            if key >= 0 {
                for e in base.list(key) where matches(e, at: i) {
                    longest[i] = Int32(e)
                    break
                }
            }
        }
        guard longest[i] >= 0 else { return nil }
        let e = Int(longest[i])
        return (base.entries[e], Int(base.keyStarts[e + 1] - base.keyStarts[e]))
    }

    /// The longest known name starting at `words[i]` that `accept` accepts.
    func longestMatch(at i: Int, in words: [Word], where accept: (GazetteerEntry) -> Bool) -> (entry: GazetteerEntry, length: Int)? {
        guard isMine(words) else { return DocumentGazetteer(base, words: words).longestMatch(at: i, in: words, where: accept) }
        guard i >= 0, i < words.count else { return nil }
        let key = keyID(i)
        guard key >= 0 else { return nil }
        for e in base.list(key) where accept(base.entries[e]) && matches(e, at: i) {
            return (base.entries[e], Int(base.keyStarts[e + 1] - base.keyStarts[e]))
        }
        return nil
    }

    /// The longest known name that `accept` accepts spelled from `words[i]` by its lookup keys alone, whatever the case
    /// of its words (`l’assemblée nationale`, `radio France`): the same words as ``longestMatch(at:in:where:)`` asks
    /// for, without their case rule.
    func longestMatchAnyCase(at i: Int, in words: [Word], where accept: (GazetteerEntry) -> Bool) -> (entry: GazetteerEntry, length: Int)? {
        guard isMine(words) else { return DocumentGazetteer(base, words: words).longestMatchAnyCase(at: i, in: words, where: accept) }
        guard i >= 0, i < words.count else { return nil }
        let key = keyID(i)
        guard key >= 0 else { return nil }
        for e in base.list(key) where matches(e, at: i, anyCase: true) && accept(base.entries[e]) {  // (integer keys first)
            return (base.entries[e], Int(base.keyStarts[e + 1] - base.keyStarts[e]))
        }
        return nil
    }

    /// The known place spelled by one word key (`valais` → Valais, a region), or nil.
    func place(named key: String) -> GazetteerEntry? { base.place(named: key) }

    /// True when words `range` spell a known town (`Liège` in `province de Liège`).
    func isCity(_ range: Range<Int>, in words: [Word]) -> Bool { base.isCity(range, in: words) }

    /// True when the lookup keys spell a known town (`le` `havre` for `au Havre`).
    func isCity(keys: [String]) -> Bool { base.isCity(keys: keys) }

    /// The first one-word entry spelled by `text` (`CEDEAO`), or nil.
    func oneWordEntry(_ text: String) -> GazetteerEntry? { base.oneWordEntry(text) }

    /// True when entry `e` is spelled by the words from `i`: same keys, case as the data asks, and a name runs
    /// over spaces (or an elided article), not over glued punctuation.
    private func matches(_ e: Int, at i: Int, anyCase: Bool = false) -> Bool {
        let start = Int(base.keyStarts[e]), n = Int(base.keyStarts[e + 1]) - start
        guard i + n <= words.count else { return false }
        // The keys first: the entries of a first word mostly differ at the second.
        for k in 1..<max(1, n) where keyID(i + k) != base.flatKeys[start + k] { return false }
        for k in 0..<n {
            guard keyID(i + k) == base.flatKeys[start + k] else { return false }
            let w = words[i + k]
            switch anyCase ? .any : base.flatCases[start + k] {
            case .any: break
            case .capitalised: if !w.isCapitalized { return false }
            case .noLowercase: if !hasNoLowercase(i + k) { return false }
            }
            if k < n - 1 && w.wordClass != .elision && !w.spaceAfter { return false }
        }
        return true
    }

    private func keyID(_ i: Int) -> Int32 {
        if keyIDs[i] == -2 { keyIDs[i] = base.keyID(ofKey: words[i].key) }
        return keyIDs[i]
    }

    private func hasNoLowercase(_ i: Int) -> Bool {
        if noLowercase[i] == -1 { noLowercase[i] = CaseRule.hasNoLowercase(words[i].text) ? 1 : 0 }
        return noLowercase[i] == 1
    }

    /// True when `words` is this document's array (the same storage), the only one the caches describe.
    private func isMine(_ words: [Word]) -> Bool {
        words.count == self.words.count
            && words.withUnsafeBufferPointer { a in self.words.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
    }
}
