import Testing
@testable import FrenchText

/// The person rules run in one ordered list, each rule once; a title ends the search at its word.
@Suite struct PersonRuleOrderTests {
    @Test func everyRuleIsListedOnce() {
        let names = PersonRecognizer.rules.map(\.rule)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.rawValue.hasPrefix("person-") })
        #expect(PersonRecognizer.rules.first?.exclusive == true)
    }
}
