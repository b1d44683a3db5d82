/// Tags people, places, organisations and dates in a tokenized document.
///
/// Rule- and lexicon-based: recognizers propose candidates (``PersonRecognizer``, ``PlaceRecognizer``,
/// ``OrganisationRecognizer``, ``KnownNameRecognizer``, ``DateRecognizer``) and ``EntityResolver`` keeps
/// the longest non-overlapping ones, one type per name, with canonical names.
///
/// ```swift
/// let doc = Tokenizer().document(from: "Le 1er septembre 2025, M. Volker Türk est arrivé à Genève.")
/// EntityTagger().mentions(in: doc).map { "\($0.type.rawValue) \($0.text) \($0.value ?? "")" }
/// // ["DATE 1er septembre 2025 2025-09-01", "PER Volker Türk ", "LOC Genève "]
/// ```
public struct EntityTagger: Sendable {
    public let lexicon: Lexicon?
    /// Also tag relative expressions (`hier`, `aujourd’hui`, `la semaine dernière`) as dates, resolved against
    /// the document's date. Off by default: the press annotation conventions FrenchText is scored on count
    /// only calendar expressions.
    public let relativeDates: Bool

    public init(lexicon: Lexicon? = Lexicon.shared, relativeDates: Bool = false) {
        self.lexicon = lexicon
        self.relativeDates = relativeDates
    }

    /// All mentions, in document order, not overlapping. `documentDate` anchors dates without a year (and
    /// relative dates, when it gives the day); when nil, the date the text gives (a dateline such as
    /// `(New York, le 2 juin 2014)` or a full date in the first sentences, else the latest full date) is used.
    public func mentions(in document: Document, documentDate: DocumentDate? = nil) -> [EntityMention] {
        tag(document, documentDate: documentDate).mentions
    }

    /// The mentions and the date they were anchored on: `documentDate` when given, else the
    /// date the text gives (nil when it gives none).
    public func tag(_ document: Document, documentDate: DocumentDate? = nil) -> (mentions: [EntityMention], documentDate: DocumentDate?) {
        let (resolved, anchor) = explained(document, documentDate: documentDate)
        return (resolved.map(\.mention), anchor)
    }

    /// Each mention with the resolver passes that changed it after its rule made it (`frtext explain --entities`).
    func explained(_ document: Document, documentDate: DocumentDate? = nil) -> (mentions: [(mention: EntityMention, passes: [EntityResolverPass])], anchor: DocumentDate?) {
        let words = EntityWords.view(of: document)
        guard !words.isEmpty else { return ([], documentDate) }
        let context = EntityContext(words: words, tables: .shared, gazetteer: .shared, lexicon: lexicon)
        let (candidates, anchor) = Self.candidates(in: context, documentDate: documentDate, relativeDates: relativeDates)

        let resolver = EntityResolver(context: context)
        let mentions = resolver.resolve(candidates).filter { !$0.isNonEntity }.map { c in
            let span = document.span(utf8: words[c.range.lowerBound].utf8Start, words[c.range.upperBound - 1].utf8End)
            let text = String(document.text(of: span))
            // Canonical names use the typographic apostrophe of French print, as the gazetteer's do (`l’accès`).
            let canonical = c.type == .date ? (c.value ?? text) : Self.typographic(c.canonical ?? Self.canonicalForm(text))
            return (EntityMention(text: text, type: c.type, span: span, canonical: canonical, value: c.value, rule: c.rule.rawValue), c.passes)
        }
        return (mentions, anchor)
    }

    /// Every rule's candidates over `context`, in rule order, before the resolver chooses, and the date dates
    /// without a year are anchored on.
    static func candidates(in context: EntityContext, documentDate: DocumentDate?, relativeDates: Bool) -> ([EntityCandidate], DocumentDate?) {
        let dates = DateRecognizer(context: context, relativeDates: relativeDates)
        let dateMatches = dates.matches()
        let anchor = documentDate ?? dates.documentDate(in: dateMatches)

        var candidates = dates.candidates(dateMatches, documentDate: anchor)
        candidates += KnownNameRecognizer(context: context).candidates()
        candidates += KnownOrganisationLowerCase.candidates(context)
        candidates += OrganisationRecognizer(context: context).candidates()
        candidates += PlaceRecognizer(context: context).candidates()
        candidates += PersonRecognizer(context: context).candidates()
        candidates += PersonRoleList(context: context).candidates()
        candidates += ClubDemonym.candidates(context)
        candidates += ClubTown.candidates(context)
        candidates += OrganisationNationalTeam.candidates(context)
        candidates += OrganisationTeamNickname.candidates(context)
        candidates += OrganisationAddressedMedium.candidates(context)
        candidates += OrganisationRadioName.candidates(context)
        candidates += PlaceSponsorVenue.candidates(context)
        candidates += CompanyByContext.candidates(context)
        candidates += OrganisationBracketAffiliation.candidates(context)
        candidates += OrganisationApposition.candidates(context)
        candidates += OrganisationOfficerRole.candidates(context)
        candidates += CreditLine.candidates(context)
        candidates += OrganisationAffiliation.candidates(extending: candidates, context: context)
        candidates += NonEntityRecognizer(context: context).candidates(after: candidates)
        return (candidates, anchor)
    }

    /// One line per mention: offsets (code points), type, text, the rule that made it, the date's value and the
    /// resolver passes that changed it.
    ///
    /// ```text
    /// 0..18      DATE  1er septembre 2025   date-day-month  = 2025-09-01
    /// 61..65     PER   Türk                 person-title  ← link-surnames (Volker Türk)
    /// ```
    public func explanation(of document: Document, documentDate: DocumentDate? = nil) -> String {
        let (mentions, anchor) = explained(document, documentDate: documentDate)
        var out = "document date: \(anchor?.iso ?? "none")\n"
        for (m, passes) in mentions {
            var line = "\(m.span.start)..\(m.span.end)".padding(toLength: 11, withPad: " ", startingAt: 0)
            line += m.type.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
            line += m.text.replacingOccurrences(of: "\n", with: "⏎") + "  " + m.rule
            if m.type == .date { line += "  = " + (m.value ?? "nil") }
            if !passes.isEmpty { line += "  ← " + passes.map(\.rawValue).joined(separator: ", ") }
            if m.type != .date, m.canonical != Self.canonicalForm(m.text) { line += " (\(m.canonical))" }
            out += line + "\n"
        }
        return out
    }

    /// The document's date as the tagger reads it from the text (dateline or first full date near the top, else
    /// the latest full date), or nil.
    public func documentDate(in document: Document) -> DocumentDate? {
        let words = EntityWords.view(of: document)
        let context = EntityContext(words: words, tables: .shared, gazetteer: .shared, lexicon: lexicon)
        let dates = DateRecognizer(context: context, relativeDates: false)
        return dates.documentDate(in: dates.matches())
    }

    /// `name` with the typographic apostrophe (Foundation's replacement only when there is one to replace).
    static func typographic(_ name: String) -> String {
        name.containsByte(0x27) ? name.replacingOccurrences(of: "'", with: "\u{2019}") : name
    }

    /// A name as one line: runs of whitespace become one space.
    static func canonicalForm(_ text: String) -> String {
        // Most names are one line with single spaces already: kept as they are, without cutting the text into
        // characters (only scalars that never join a space into one character: below U+0300 but controls, U+00A0
        // and U+00AD, and the dashes, quotes and marks of U+2010–U+2027 and U+2030–U+205E).
        var afterSpace = true
        let single = text.unicodeScalars.allSatisfy { s in
            let v = s.value
            if v == 0x20 { defer { afterSpace = true }; return !afterSpace }
            afterSpace = false
            return (0x21..<0x7F).contains(v) || ((0xA1..<0x300).contains(v) && v != 0xAD)
                || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
        }
        if text.isEmpty || single && !afterSpace { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
