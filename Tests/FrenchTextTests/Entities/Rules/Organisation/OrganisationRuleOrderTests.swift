import Testing
@testable import FrenchText

/// The organisation rules run in one ordered list, each rule once.
@Suite struct OrganisationRuleOrderTests {
    @Test func everyRuleIsListedOnce() {
        let names = OrganisationRecognizer.rules
        #expect(Set(names).count == names.count)
        #expect(names.first == .organisationAcronymExpansion)
        #expect(names.allSatisfy { $0.rawValue.hasPrefix("organisation-") })
    }
}
