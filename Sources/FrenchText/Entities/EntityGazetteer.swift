import Foundation

/// Known names indexed by their first word, for one lookup per word of a document.
///
/// Built once from the resource files (organisations, countries and variants, regions, cities,
/// ministry metonyms) and ICU's French country names and exemplar cities.
///
/// ```swift
/// // "… de la République démocratique du Congo : M. Türk …"
/// gazetteer.longestMatch(at: i, in: words)   // République démocratique du Congo, LOC, 5 words
/// ```
final class EntityGazetteer: Sendable {
    /// Read from the compiled file of an earlier run when it has one (``EntityGazetteerCache``), else built.
    static let shared = EntityGazetteerCache.load(lexicon: Lexicon.shared, directory: Lexicon.defaultCacheDirectory).gazetteer

    /// The id of every word key of every entry (ids are the gazetteer's own, dense from 0).
    let keyIDs: [String: Int32]
    /// The entries, those with the same first key together, longest first.
    let entries: [GazetteerEntry]
    /// Per key id: where its entries start in ``entries``; they end where the next id's start (one more
    /// element at the end). Empty for a key no entry starts with.
    let listStarts: [Int32]
    /// Per entry: where its key ids and case rules start in ``flatKeys`` and ``flatCases`` (one more
    /// element at the end), so that matching reads integers and copies no entry.
    let keyStarts: [Int32]
    let flatKeys: [Int32]
    let flatCases: [CaseRule]
    /// Word keys of the known towns, also those that share their name with a region (`Liège`, `Namur`).
    let cityKeys: Set<[String]>
    /// ``keyIDs`` by the key's form id, filled as documents ask (one string hash per form and process).
    private let keyIDsByForm = FormMemo<Int32>(filler: -1)

    init(lexicon: Lexicon?) {
        var builder = Builder()
        // Organisations first: their names win over places with the same words.
        // Public bodies first (they have local branches), then parties, unions, clubs, media and companies.
        let organisationTables: [(LexicalTable, Bool)] = [(.organisations, true), (.parties, false), (.unions, false),
                                                          (.clubs, false), (.media, false), (.companies, false)]
        for (table, branches) in organisationTables {
            for row in LexicalTables.rows(table) where !row.isEmpty && !row[0].isEmpty {
                builder.addOrganisation(row, hasBranches: branches)
            }
        }
        for name in LexicalTables.lines(.ministryMetonyms) {
            builder.add(GazetteerEntry(name, kind: .metonym, canonical: name))
        }
        var canonicalCountry = [String: String]()
        for row in LexicalTables.rows(.countriesVariants) where row.count >= 2 {
            canonicalCountry[LookupKey.make(row[0])] = row[1]
            builder.add(GazetteerEntry(row[0], kind: .country, canonical: row[1]))
        }
        for name in ICUPlaceNames.countries() {
            // Dominique, Maurice: a country that is also a first name comes only from the variants file.
            if canonicalCountry[LookupKey.make(name)] == nil, !name.contains(" "), !name.contains("-"),
               lexicon?.analyses(of: name).contains(where: \.isFirstName) == true { continue }
            builder.add(GazetteerEntry(name, kind: .country, canonical: canonicalCountry[LookupKey.make(name)] ?? name))
        }
        // Senegal, Cote d'Ivoire, SENEGAL: a country's name is often written without any of its accents.
        for list in builder.byFirst.values {
            for e in list where e.kind == .country { builder.addUnaccented(e, lexicon: lexicon) }
        }
        for name in LexicalTables.lines(.regions) {
            builder.add(GazetteerEntry(name, kind: .region, canonical: name))
        }
        for name in LexicalTables.lines(.geographicFeatures) {
            builder.add(GazetteerEntry(name, kind: .region, canonical: name))
        }
        self.cityKeys = Self.addListedCities(to: &builder)
        for name in ICUPlaceNames.cities() {
            // A one-word exemplar city that is also a first name, surname or common word (Regina, Nome) is left out.
            if !name.contains(" ") && !name.contains("-"), let lexicon {
                let analyses = lexicon.analyses(of: name)
                if analyses.contains(where: { $0.isFirstName || $0.isSurname }) { continue }
                if !lexicon.analyses(of: name.lowercased()).isEmpty { continue }
            }
            builder.add(GazetteerEntry(name, kind: .city, canonical: name))
            if let spaced = Self.spacedVariant(name) { builder.add(GazetteerEntry(spaced, kind: .city, canonical: name)) }
        }
        for key in builder.byFirst.keys { builder.byFirst[key]!.sort { $0.keys.count > $1.keys.count } }
        var keyIDs = [String: Int32]()
        for (first, list) in builder.byFirst {
            for key in [first] + list.flatMap(\.keys) where keyIDs[key] == nil { keyIDs[key] = Int32(keyIDs.count) }
        }
        var byID = [[GazetteerEntry]](repeating: [], count: keyIDs.count)
        for (first, list) in builder.byFirst { byID[Int(keyIDs[first]!)] = list }
        var entries = [GazetteerEntry](), listStarts = [Int32](), keyStarts = [Int32]()
        var flatKeys = [Int32](), flatCases = [CaseRule]()
        for list in byID {
            listStarts.append(Int32(entries.count))
            for e in list {
                entries.append(e)
                keyStarts.append(Int32(flatKeys.count))
                flatKeys += e.keys.map { keyIDs[$0]! }
                flatCases += e.words.map(CaseRule.init)
            }
        }
        listStarts.append(Int32(entries.count))
        keyStarts.append(Int32(flatKeys.count))
        self.keyIDs = keyIDs
        self.entries = entries
        self.listStarts = listStarts
        self.keyStarts = keyStarts
        self.flatKeys = flatKeys
        self.flatCases = flatCases
    }

    /// A gazetteer from the parts of one built earlier (``EntityGazetteerCache``).
    init(keyIDs: [String: Int32], entries: [GazetteerEntry], listStarts: [Int32], keyStarts: [Int32], flatKeys: [Int32],
         flatCases: [CaseRule], cityKeys: Set<[String]>) {
        self.keyIDs = keyIDs
        self.entries = entries
        self.listStarts = listStarts
        self.keyStarts = keyStarts
        self.flatKeys = flatKeys
        self.flatCases = flatCases
        self.cityKeys = cityKeys
    }

    /// Adds the towns of `cities.txt`, each also with spaces for its hyphens where it has a link word (`Port au
    /// Prince`, ``spacedVariant(_:)``); returns their word keys.
    private static func addListedCities(to builder: inout Builder) -> Set<[String]> {
        var cityKeys = Set<[String]>()
        for name in LexicalTables.lines(.cities) {
            for spelling in [name] + [spacedVariant(name)].compactMap({ $0 }) {
                let entry = GazetteerEntry(spelling, kind: .city, canonical: name)
                cityKeys.insert(entry.keys)
                builder.add(entry)
            }
        }
        return cityKeys
    }

    /// `Port au Prince` for `Port-au-Prince`: a hyphenated town name with a lower-case link word (`au`, `sur`, `en`)
    /// written with spaces, as many newsrooms do; nil for other names (`Saint-Pierre` with spaces is rather a person).
    static func spacedVariant(_ name: String) -> String? {
        guard name.contains("-") else { return nil }
        let parts = name.split(separator: "-")
        guard parts.count >= 3, parts.contains(where: { $0.first?.isLowercase == true }) else { return nil }
        return parts.joined(separator: " ")
    }

    /// The id of the lookup key whose form is `key` (a ``Word/key``), -1 when no entry has that key.
    func keyID(ofKey key: FormID) -> Int32 {
        keyIDsByForm.value(key) { keyIDs[FormStore.shared.string(key)] ?? -1 }
    }

    /// The range in ``entries`` of the entries whose first key has id `key`.
    @inline(__always) func list(_ key: Int32) -> Range<Int> {
        Int(listStarts[Int(key)])..<Int(listStarts[Int(key) + 1])
    }

    /// The entries starting with lookup key `key`, longest first.
    func entries(startingWith key: String) -> ArraySlice<GazetteerEntry>? {
        guard let id = keyIDs[key], !list(id).isEmpty else { return nil }
        return entries[list(id)]
    }

    /// The known place spelled by one word key (`valais` → Valais, a region), or nil.
    func place(named key: String) -> GazetteerEntry? {
        entries(startingWith: key)?.first { $0.keys.count == 1 && $0.type == .location }
    }

    /// True when the word keys spell a known town (`le` `havre`).
    func isCity(keys: [String]) -> Bool { cityKeys.contains(keys) }

    /// True when words `range` spell a known town (`Liège` in `province de Liège`).
    func isCity(_ range: Range<Int>, in words: [Word]) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= words.count else { return false }
        return cityKeys.contains(range.map { words[$0].keyText })
    }

    /// Collects entries while the gazetteer is built.
    private struct Builder {
        var byFirst: [String: [GazetteerEntry]] = [:]
        var seen = Set<[String]>()

        /// A row of an organisation table: name, acronyms (comma-separated), other spellings (|-separated).
        mutating func addOrganisation(_ row: [String], hasBranches: Bool) {
            let name = row[0]
            add(GazetteerEntry(name, kind: .organisation, canonical: name, hasBranches: hasBranches))
            if let first = name.split(separator: " ").first, EntityWordGroups.capitalisedArticles.contains(string: String(first)), name.contains(" ") {
                add(GazetteerEntry(String(name.drop(while: { $0 != " " }).dropFirst()), kind: .organisation, canonical: name, hasBranches: hasBranches))
            }
            if row.count > 1 {
                for acronym in row[1].split(separator: ",") where !acronym.isEmpty {
                    let a = acronym.trimmingCharacters(in: " ")
                    add(GazetteerEntry(a, kind: a == name ? .organisation : .acronym, canonical: name, hasBranches: hasBranches))
                }
            }
            if row.count > 2 {
                for variant in row[2].split(separator: "|") where !variant.isEmpty {
                    add(GazetteerEntry(variant.trimmingCharacters(in: " "), kind: .organisation, canonical: name, hasBranches: hasBranches))
                }
            }
        }

        /// `Senegal` for `Sénégal`, `Cote d'Ivoire`: the name with no accent at all; a one-word name only when the
        /// dictionary does not know it then as a word.
        mutating func addUnaccented(_ entry: GazetteerEntry, lexicon: Lexicon?) {
            let name = entry.words.joined(separator: " ").replacingOccurrences(of: "' ", with: "'")
            let plain = name.folding(options: .diacriticInsensitive, locale: nil)
            guard plain != name else { return }
            if entry.words.count == 1, let lexicon, !lexicon.analyses(of: plain).isEmpty || !lexicon.analyses(of: plain.lowercased()).isEmpty { return }
            insert(GazetteerEntry(plain, kind: entry.kind, canonical: entry.canonical, hasBranches: entry.hasBranches))
        }

        mutating func add(_ entry: GazetteerEntry) {
            insert(entry)
            // Capitals often lose their accent: Etats-Unis, Elysée.
            let folded = entry.words.map { w -> String in
                // An ASCII first character (followed by ASCII or nothing) has no accent to drop.
                if Self.startsWithASCIICharacter(w) { return w }
                guard let f = w.first, f.isUppercase, let plain = EntityTables.unaccentedInitial(String(f).lowercased()).first,
                      String(plain) != String(f).lowercased() else { return w }
                return plain.uppercased() + w.dropFirst()
            }
            if folded != entry.words { insert(GazetteerEntry(folded.joined(separator: " ").replacingOccurrences(of: "' ", with: "'"), kind: entry.kind, canonical: entry.canonical, hasBranches: entry.hasBranches)) }
        }

        private mutating func insert(_ entry: GazetteerEntry) {
            // The same words may be an acronym and a name (UNICEF, Unicef): one entry per spelling.
            guard let first = entry.keys.first, seen.insert(entry.words).inserted else { return }
            byFirst[first, default: []].append(entry)
        }

        /// True when the first character of `w` is one ASCII scalar: an ASCII byte followed by an ASCII byte or
        /// by nothing (no combining mark can follow it into the same character).
        static func startsWithASCIICharacter(_ w: String) -> Bool {
            var utf8 = w.utf8.makeIterator()
            guard let first = utf8.next(), first < 0x80 else { return false }
            guard let second = utf8.next() else { return true }
            return second < 0x80 && !(first == 0x0D && second == 0x0A)
        }
    }

    /// The longest known name starting at `words[i]`, with the number of words it covers. Rules read it through
    /// ``DocumentGazetteer``, which makes the look-ups of each word once per document.
    func longestMatch(at i: Int, in words: [Word], where accept: (GazetteerEntry) -> Bool = { _ in true }) -> (entry: GazetteerEntry, length: Int)? {
        DocumentGazetteer(self, words: words).longestMatch(at: i, in: words, where: accept)
    }

    /// The first one-word entry spelled by `text` (`CEDEAO`), or nil.
    func oneWordEntry(_ text: String) -> GazetteerEntry? {
        let capitalised = text.unicodeScalars.first?.isUppercaseProperty ?? false
        return entries(startingWith: LookupKey.make(text))?.first { $0.keys.count == 1 && CaseRule($0.words[0]).matches(text, capitalised: capitalised) }
    }
}
