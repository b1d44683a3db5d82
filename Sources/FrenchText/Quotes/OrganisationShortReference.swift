/// A common-noun phrase naming back an organisation the text named in full: the full name's opening words
/// (`le gouvernement provincial` → `gouvernement provincial de Kinshasa`), or its head noun with the adjective of its
/// place (`le parquet bayonnais` → `parquet de Bayonne`, `le gouvernement malien` → `gouvernement du Mali`).
///
/// Both sides are given as lookup keys of their words (``LookupKey/make(_:)``), determiner left out.
///
/// ```swift
/// func keys(_ phrase: String) -> [String] { phrase.split(separator: " ").map { LookupKey.make($0) } }
/// OrganisationShortReference.refers(keys("parquet bayonnais"), to: keys("parquet de Bayonne"))                        // true
/// OrganisationShortReference.refers(keys("gouvernement provincial"), to: keys("gouvernement provincial de Kinshasa"))  // true
/// OrganisationShortReference.refers(keys("parquet national"), to: keys("parquet de Bayonne"))                         // false
/// ```
enum OrganisationShortReference {
    /// Letters the adjective and the place name must share at their start (`mali` / `malien`).
    static let sharedStem = 4

    static func refers(_ mention: [String], to name: [String]) -> Bool {
        guard mention.count >= 2, name.count > mention.count, mention[0] == name[0] else { return false }
        // (the full name's opening words, then its complement: `gouvernement provincial` of `… de Kinshasa`)
        if Array(name.prefix(mention.count)) == mention { return QuoteFunctionWords.deContracted.contains(name[mention.count])
            || QuoteFunctionWords.deElided.contains(name[mention.count]) || name[mention.count].hasPrefix(QuoteFunctionWords.deApostropheWord) }
        guard mention.count == 2, let place = place(after: 1, in: name) else { return false }
        return isAdjective(mention[1], of: place)
    }

    /// The first word of the place a `de` complement opens at word `i` (`de Bayonne`, `du Mali`, `de l’Isère`, `d’Aubagne`).
    static func place(after i: Int, in name: [String]) -> String? {
        guard i < name.count else { return nil }
        var word = name[i]
        var next = i + 1
        if QuoteFunctionWords.deContracted.contains(word) || QuoteFunctionWords.deElided.contains(word) {
            guard next < name.count else { return nil }
            word = name[next]
            next += 1
            if QuoteFunctionWords.definiteArticle.contains(word), next < name.count { word = name[next] }
        } else if word.hasPrefix(QuoteFunctionWords.deApostropheWord) {
            word = String(word.dropFirst(QuoteFunctionWords.deApostropheWord.count))
        } else {
            return nil
        }
        if word.hasPrefix(QuoteFunctionWords.definiteApostropheWord) { word = String(word.dropFirst(QuoteFunctionWords.definiteApostropheWord.count)) }
        return word.isEmpty ? nil : word
    }

    /// `bayonnais` of `bayonne`, `malien` of `mali`: the adjective opens with the place's stem (its first ``sharedStem``
    /// letters at least, and most of the place's letters) and is longer than it.
    static func isAdjective(_ adjective: String, of place: String) -> Bool {
        let a = Array(adjective), p = Array(place.split(separator: "-").first ?? Substring(place))
        guard a.count > p.count - 1, p.count >= sharedStem else { return false }
        var shared = 0
        while shared < min(a.count, p.count), a[shared] == p[shared] { shared += 1 }
        return shared >= sharedStem && Double(shared) >= 0.6 * Double(p.count) && a != p
    }
}
