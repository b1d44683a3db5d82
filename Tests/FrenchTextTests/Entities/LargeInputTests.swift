import Testing
@testable import FrenchText

/// Thousands of names in one sentence (a signatories list): every name comes out, and the repeated-name
/// and speaker passes do not compare every name with every other one.
@Suite struct LargeInputTests {
    static let signatories: String = {
        let names = (0..<3_000).map { "M. Jean Dupont\($0)" }.joined(separator: ", ")
        return "Les élus de la région, \(names) et Mme Anne Martin ont signé la lettre ouverte.\n"
    }()

    @Test func everySignatoryIsAPerson() {
        let analysis = FrenchAnalyzer().analyze(Self.signatories, name: "signataires")
        let people = analysis.entities.filter { $0.type == .person }
        #expect(people.count == 3_001)
        #expect(people.first?.text == "Jean Dupont0")
        #expect(people.last?.text == "Anne Martin")
    }
}
