import Testing
@testable import FrenchText

/// Features hash by their case: every case its own number, dictionaries keyed by features unchanged.
@Suite struct SpeakerFeatureHashingTests {
    @Test func everyCaseItsOwnNumber() {
        let all = SpeakerFeature.allCases
        #expect(Set(all.map(\.ordinal)).count == all.count)
        #expect(MemoryLayout<SpeakerFeature>.size == 1)
    }

    @Test func dictionariesFindEveryFeature() {
        var values = [SpeakerFeature: Double]()
        for (i, f) in SpeakerFeature.allCases.enumerated() { values[f] = Double(i) }
        #expect(values.count == SpeakerFeature.allCases.count)
        for (i, f) in SpeakerFeature.allCases.enumerated() { #expect(values[f] == Double(i)) }
        #expect(Set(SpeakerFeature.allCases).count == SpeakerFeature.allCases.count)
    }
}
