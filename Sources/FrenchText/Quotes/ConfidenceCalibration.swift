/// A quote's confidence read from how often quotes attributed the same way were right on real annotated news,
/// instead of a number set by hand in each sieve.
///
/// The table (`quote_confidence.tsv`, made by `Scripts/calibrate_confidence.py` from the scorer's quote pairings)
/// counts, for each attribution *path* — the stage-1 rule (``QuoteRule``) and how stage 2 reached the speaker —,
/// the matched quotes and how many had the right speaker. A path's confidence is its share of right speakers,
/// shrunk towards its rule's share, and the rule's towards the share over all paths, so that a path seen twice does
/// not claim 1.0:
///
///     p(rule)       = (right(rule) + k · p(all)) / (total(rule) + k)
///     p(rule, path) = (right(rule, path) + k · p(rule)) / (total(rule, path) + k)
///
/// A rule the table has never seen keeps the confidence its sieve set. Fragments are not attributed and keep theirs.
///
/// ```swift
/// // « Nous resterons mobilisés », a-t-elle déclaré.      (rule cue-after, stage 2 pronoun)
/// ConfidenceCalibration.shared.confidence(rule: "cue-after", path: "pronoun")   // about 0.87: 40 of 46 were right
/// // « … », ajoute le Français.                            (rule cue-after, stage 2 demonym)
/// ```
package struct ConfidenceCalibration: Sendable {
    /// Right and total matched quotes.
    package struct Count: Sendable, Equatable {
        package var right: Int
        package var total: Int
    }

    /// The weight of the prior, in quotes.
    package static let strength = 3.0
    package static let shared = ConfidenceCalibration(rows: LexicalTables.rows(.quoteConfidence))

    let cells: [String: [String: Count]]
    let rules: [String: Count]
    let overall: Double

    /// Rows `rule<TAB>path<TAB>right<TAB>total`; malformed rows are skipped (the resource test reads them all).
    package init(rows: [[String]]) {
        var cells = [String: [String: Count]]()
        var rules = [String: Count]()
        var all = Count(right: 0, total: 0)
        for row in rows where row.count >= 4 {
            guard let right = Int(row[2]), let total = Int(row[3]), total > 0, (0...total).contains(right) else { continue }
            cells[row[0], default: [:]][row[1], default: Count(right: 0, total: 0)].right += right
            cells[row[0], default: [:]][row[1], default: Count(right: 0, total: 0)].total += total
            rules[row[0], default: Count(right: 0, total: 0)].right += right
            rules[row[0], default: Count(right: 0, total: 0)].total += total
            all.right += right
            all.total += total
        }
        self.cells = cells
        self.rules = rules
        overall = (Double(all.right) + 1) / (Double(all.total) + 2)
    }

    /// How the quote's speaker was reached: the stage-2 sieve or late sieve (``Quote/resolution``) when one linked
    /// it; else how stage 1's own reading named it — `name` when the mention is the name or part of it, `pronoun`
    /// when it is one lower-case word, `described` otherwise —, `unnamed` when the speaker is a mention the document
    /// never names (`un habitant`), `no-speaker` when there is no speaker.
    ///
    /// ```swift
    /// // « … », a dit Paul Henry.                                      path "name"
    /// // Paul Henry est maire. « … », a-t-il dit.                      path "pronoun" (stage 1 linked il)
    /// // « … », a ajouté le maire.  (stage 2 role → Paul Henry)        path "role"
    /// ```
    package static func path(of quote: Quote) -> String {
        guard let speaker = quote.speaker else { return "no-speaker" }
        if let resolution = quote.resolution { return resolution }
        guard let name = speaker.name else { return "unnamed" }
        return mentionShape(mention: speaker.mention, name: name)
    }

    /// `name`, `pronoun` or `described`: the shape of a mention stage 1 resolved to `name` (the same test as
    /// `Scripts/calibrate_confidence.py`, which reads the report's `speaker_mention`).
    static func mentionShape(mention: String, name: String) -> String {
        let m = mention.lowercased(), n = name.lowercased()
        // (Foundation's `contains`, byte for byte on plain text: ``DocumentTextSearch/contains(_:_:)``)
        let contains = DocumentTextSearch.contains(_:_:)
        if m.isEmpty || contains(n, m) || contains(m, n) { return "name" }
        let oneWord = !contains(m, " ") && !contains(m, "\u{2019}") && !contains(m, "'")
        return oneWord && mention == m ? "pronoun" : "described"
    }

    /// The calibrated confidence of a path, or nil when the table has never seen `rule`.
    package func confidence(rule: String, path: String) -> Double? {
        guard let r = rules[rule] else { return nil }
        let k = Self.strength
        let pRule = (Double(r.right) + k * overall) / (Double(r.total) + k)
        let cell = cells[rule]?[path] ?? Count(right: 0, total: 0)
        return ((Double(cell.right) + k * pRule) / (Double(cell.total) + k) * 100).rounded() / 100
    }

    /// The counts behind a path, for `frtext explain`.
    package func count(rule: String, path: String) -> Count? { cells[rule]?[path] }

    /// `quotes` with each attributed quote's confidence read from the table.
    package func calibrated(_ quotes: [Quote]) -> [Quote] {
        quotes.map { q in
            guard q.kind != .fragment, let c = confidence(rule: q.rule.rawValue, path: Self.path(of: q)) else { return q }
            var out = q
            out.confidence = c
            return out
        }
    }
}
