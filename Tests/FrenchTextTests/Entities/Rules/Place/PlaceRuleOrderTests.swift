import Testing
@testable import FrenchText

/// The place rules run in one ordered list, each rule once.
@Suite struct PlaceRuleOrderTests {
    @Test func everyRuleIsListedOnce() {
        let names = PlaceRecognizer.rules
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.rawValue.hasPrefix("place-") })
        // A saint's name is read only where no compound name is.
        #expect(names.firstIndex(of: .placeCompound)! < names.firstIndex(of: .placeSaint)!)
    }
}
