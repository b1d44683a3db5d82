import Testing
@testable import FrenchText

/// The stage-1 sieves: one list, stable names, every sieve writing a typed rule.
@Suite struct AttributionSieveTests {
    @Test func everySieveIsInTheOrderOnce() {
        #expect(Set(AttributionSieve.order) == Set(AttributionSieve.allCases))
        #expect(AttributionSieve.order.count == AttributionSieve.allCases.count)
    }

    @Test func phasesFollowEachOther() {
        let phases = AttributionSieve.order.map(\.phase)
        let firstDocument = phases.firstIndex(of: .document) ?? phases.count
        let firstLate = phases.firstIndex(of: .late) ?? phases.count
        #expect(phases[..<firstDocument].allSatisfy { $0 == .sentence })
        #expect(phases[firstDocument..<firstLate].allSatisfy { $0 == .document })
        #expect(phases[firstLate...].allSatisfy { $0 == .late })
    }

    /// Every sieve writes a rule of the JSON, and the rule names the sieve back (for `frtext explain`).
    @Test(arguments: AttributionSieve.allCases)
    func everySieveWritesARule(_ sieve: AttributionSieve) {
        #expect(sieve.rule != .unattributed)
        #expect(AttributionSieve.firing(sieve.rule) != nil)
    }

    @Test func rawValuesAreTheRulesTheyWrite() {
        #expect(AttributionSieve.cueAfter.rawValue == "cue-after")
        #expect(AttributionSieve.selon.rule == .selon)
        #expect(AttributionSieve.firing(.dApres) == .selon)
        #expect(AttributionSieve.firing(.colonChez) == .colonIntro)
        #expect(AttributionSieve.firing(.queIntro) == .cueBefore)
        #expect(AttributionSieve.previousParagraphSubject.rule == .paragraphSubject)
    }

    @Test func explainShowsTheSievesTriedAndTheOneThatFired() throws {
        let q = try #require(SieveTestSupport.quotes("Le préfet Marc Dubreuil a déclaré : « Nous fermerons la route demain matin. »").first)
        let path = q.stage1Path()
        #expect(path.hasPrefix("incise-inside ✗ › cue-after ✗ › speech-noun-after ✗ › same-sentence:participle ✗ › colon-intro ✓ [colon-intro]"), "\(path)")
    }
}
