import Testing
@testable import FrenchText

/// A quote's confidence read from counts of right speakers on annotated news, shrunk towards its rule and towards all.
@Suite struct ConfidenceCalibrationTests {
    /// 33 right of 40: cue-after 28 of 30 (pronoun 8 of 10, name 20 of 20), selon 5 of 10.
    static let table = ConfidenceCalibration(rows: [
        ["cue-after", "pronoun", "8", "10"],
        ["cue-after", "name", "20", "20"],
        ["selon", "name", "5", "10"],
    ])

    @Test func aPathIsShrunkTowardsItsRuleAndTheRuleTowardsAll() throws {
        // p(all) = (33 + 1) / (40 + 2); p(cue-after) = (28 + 3 p(all)) / 33; p(pronoun) = (8 + 3 p(cue-after)) / 13.
        let all = 34.0 / 42.0
        let rule = (28 + 3 * all) / 33
        let pronoun = (8 + 3 * rule) / 13
        #expect(try #require(Self.table.confidence(rule: "cue-after", path: "pronoun")) == (pronoun * 100).rounded() / 100)
        // Twenty right of twenty does not claim certainty.
        let named = try #require(Self.table.confidence(rule: "cue-after", path: "name"))
        #expect(named < 1 && named > 0.95)
        // A weak rule stays weak, pulled a little towards the whole.
        let selon = try #require(Self.table.confidence(rule: "selon", path: "name"))
        #expect(selon > 0.5 && selon < 0.65)
    }

    @Test func aPathNeverSeenTakesItsRuleShare() throws {
        let all = 34.0 / 42.0
        let rule = (28 + 3 * all) / 33
        #expect(try #require(Self.table.confidence(rule: "cue-after", path: "demonym")) == (rule * 100).rounded() / 100)
        #expect(Self.table.count(rule: "cue-after", path: "demonym") == nil)
        #expect(Self.table.count(rule: "selon", path: "name") == .init(right: 5, total: 10))
    }

    @Test func aRuleNeverSeenKeepsTheSieveConfidence() throws {
        #expect(Self.table.confidence(rule: "colon", path: "name") == nil)
        let quotes = QuoteTestSupport.direct("Le maire Paul Henry a été clair : « Nous ne fermerons aucune école cette année. »")
        let q = try #require(quotes.first)
        let empty = ConfidenceCalibration(rows: [])
        #expect(empty.calibrated([q]).first?.confidence == q.confidence)
    }

    @Test func malformedRowsAreSkipped() {
        let t = ConfidenceCalibration(rows: [["cue-after", "name", "9", "5"], ["cue-after", "name", "x", "5"], ["selon"], ["selon", "name", "1", "0"]])
        #expect(t.confidence(rule: "cue-after", path: "name") == nil)
        #expect(t.confidence(rule: "selon", path: "name") == nil)
    }

    @Test(arguments: [
        // The name read by stage 1 is kept.
        ("« Nous ne fermerons aucune école cette année », a déclaré Paul Henry.", "name"),
        // A role noun stage 1 linked to the person who holds it.
        ("Le maire Paul Henry a reçu les parents. « Nous ne fermerons aucune école cette année », a ajouté le maire.", "described"),
        // A pronoun stage 1 linked to the person named before.
        ("Paul Henry est maire depuis 2020. « Nous ne fermerons aucune école cette année », a-t-il déclaré.", "pronoun"),
        ("Anne Lenoir a visité l’usine. « Les salariés méritent mieux que des promesses », affirme-t-elle.", "pronoun"),
        // A speaker the text never names.
        ("« Nous avons eu très peur cette nuit-là », raconte une habitante du quartier.", "unnamed"),
    ])
    func pathOfAQuote(_ text: String, _ path: String) throws {
        let q = try #require(QuoteTestSupport.direct(text).first)
        #expect(ConfidenceCalibration.path(of: q) == path)
    }

    @Test func aQuoteWithoutSpeakerHasPathNone() throws {
        let q = try #require(QuoteTestSupport.direct("Sur la banderole, on pouvait lire « Nos enfants ne sont pas des numéros » en lettres rouges.").first)
        if q.speaker == nil { #expect(ConfidenceCalibration.path(of: q) == "no-speaker") }
    }

    @Test func calibrationReplacesTheConfidenceOfAKnownPath() throws {
        let q = try #require(QuoteTestSupport.direct("« Nous ne fermerons aucune école cette année », a déclaré Paul Henry.").first)
        let table = ConfidenceCalibration(rows: [[q.rule.rawValue, "name", "3", "6"]])
        let c = try #require(table.calibrated([q]).first?.confidence)
        #expect(c == table.confidence(rule: q.rule.rawValue, path: "name"))
        #expect(c < 0.7)
    }

    @Test func explainSaysWhereTheConfidenceComesFrom() throws {
        let q = try #require(QuoteTestSupport.direct("« Nous ne fermerons aucune école cette année », a déclaré Paul Henry.").first)
        let note = q.calibrationNote()
        #expect(note.contains(q.rule.rawValue))
        #expect(note.hasPrefix(": "))
    }

    @Test func theShippedTableIsWellFormed() {
        let rows = LexicalTables.rows(.quoteConfidence)
        for row in rows {
            #expect(row.count == 4, "\(row)")
            #expect(QuoteRule(rawValue: row[0]) != nil, "unknown rule \(row[0])")
            if let right = Int(row[2]), let total = Int(row[3]) { #expect(total > 0 && right <= total) } else { Issue.record("counts \(row)") }
        }
    }
}
