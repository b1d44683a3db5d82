/// Periphrases that name an office by another role noun and its complement, read from
/// `quote_role_periphrases.tsv`: `le chef de l’État` stands for `président`, so
/// the stage-2 `role` sieve looks for the person the text calls `président`.
///
/// ```swift
/// // "Le président français, François Hollande, a reconnu… « … », a déclaré le chef de l’État."
/// RolePeriphrasis.role(lemma: "chef", complement: ["état"])   // "président"
/// ```
enum RolePeriphrasis {
    struct Entry: Sendable {
        /// Lemma of the role noun as written (`chef`).
        let lemma: String
        /// Each complement word, with its spellings (`état|etat`): all must be in the mention's complement.
        let complement: [Set<String>]
        /// Lemma of the role it stands for (`président`).
        let role: String
    }

    static let entries: [Entry] = LexicalTables.rows(.quoteRolePeriphrases).compactMap { row in
        guard row.count >= 3, !row[0].isEmpty, !row[2].isEmpty else { return nil }
        let words = row[1].split(separator: " ").map { Set($0.split(separator: "|").map { LookupKey.make($0) }) }
        return Entry(lemma: LookupKey.make(row[0]), complement: words, role: LookupKey.make(row[2]))
    }

    /// The role lemma a role noun with these complement keys stands for, or nil when it is no known periphrasis.
    /// The complement must hold the entry's words and nothing else (`le chef de l’État major` is not the president).
    static func role(lemma: String, complement: [String]) -> String? {
        entries.first { entry in
            entry.lemma == lemma && complement.count == entry.complement.count
                && zip(entry.complement, complement).allSatisfy { $0.contains($1) }
        }?.role
    }
}
