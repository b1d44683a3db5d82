@testable import FrenchText

/// A hand-built analysis of a real-looking French release, so report tests do not depend on
/// how well quotes and entities are extracted.
enum ReportFixture {
    static let text = """
    Le 1er septembre 2025, Anna Wright, spécialiste de la région à Amnesty International, a déclaré : « Nous resterons mobilisés pour les détenu·e·s du Bélarus. »

    « Les autorités doivent libérer toutes les personnes détenues », a-t-elle ajouté, avant de citer les « fausses informations » diffusées à Minsk.
    """

    static func span(_ doc: Document, _ s: String, occurrence: Int = 0) -> TextSpan {
        var from = doc.text.startIndex
        var range = doc.text.range(of: s)!
        for _ in 0..<occurrence {
            from = range.upperBound
            range = doc.text.range(of: s, range: from..<doc.text.endIndex)!
        }
        return doc.span(range)
    }

    static func analysis(name: String = "belarus.txt", speaker: String = "Anna Wright", gender: SpeakerGender = .female) -> Analysis {
        let doc = Tokenizer().document(from: text, name: name)
        let wright = span(doc, "Anna Wright")
        let who = Speaker(name: speaker, mention: "Anna Wright", mentionSpan: wright, kind: .person, role: "spécialiste de la région", organisation: "Amnesty International", gender: gender)
        let she = Speaker(name: speaker, mention: "elle", mentionSpan: span(doc, "elle"), kind: .person, role: nil, organisation: "Amnesty International", gender: gender)
        let q1 = "Nous resterons mobilisés pour les détenu·e·s du Bélarus."
        let q2 = "Les autorités doivent libérer toutes les personnes détenues"
        let quotes = [
            Quote(kind: .direct, text: q1, span: span(doc, q1), speaker: who, cue: "déclarer", paragraphIndex: 0, confidence: 0.9, rule: .colonIntro),
            Quote(kind: .direct, text: q2, span: span(doc, q2), speaker: she, cue: "ajouter", paragraphIndex: 1, confidence: 0.8, rule: .cueAfter),
            Quote(kind: .fragment, text: "fausses informations", span: span(doc, "fausses informations"), speaker: nil, cue: nil, paragraphIndex: 1, confidence: 0.5, rule: .fragmentShort),
        ]
        let entities = [
            EntityMention(text: "1er septembre 2025", type: .date, span: span(doc, "1er septembre 2025"), canonical: "1er septembre 2025", value: "2025-09-01", rule: "date"),
            EntityMention(text: "Anna Wright", type: .person, span: wright, canonical: speaker, rule: "first-name"),
            EntityMention(text: "Amnesty International", type: .organisation, span: span(doc, "Amnesty International"), canonical: "Amnesty International", rule: "org-list"),
            EntityMention(text: "Bélarus", type: .location, span: span(doc, "Bélarus"), canonical: "Bélarus", rule: "country"),
            EntityMention(text: "Minsk", type: .location, span: span(doc, "Minsk"), canonical: "Minsk", rule: "city"),
        ]
        return Analysis(document: doc, entities: entities, quotes: quotes, warnings: [], date: try! DocumentDate(iso: "2025-09-02"))
    }

    static func record(name: String = "belarus.txt", source: String = "amnesty", speaker: String = "Anna Wright", gender: SpeakerGender = .female) -> AnalysisRecord {
        let item = InputItem(path: source + "/" + name, document: name, source: source)
        return AnalysisRecord(analysis(name: name, speaker: speaker, gender: gender), item: item)
    }
}
