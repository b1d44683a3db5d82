import Testing
@testable import FrenchText

/// A role's qualifier (`sortant`, `actuel`, `ancien` after the noun) stops before the name and is no part of it:
/// `le maire sortant Jean Tarmoud` → `Jean Tarmoud`.
@Suite struct PersonRoleQualifierTests {
    @Test(arguments: [
        ("Le maire sortant Jean Tarmoud se représente en mars.", "PER Jean Tarmoud"),
        ("Le député sortant Kowalczyk a été battu dès le premier tour.", "PER Kowalczyk"),
        ("La présidente actuelle Sylvie Marchetti reste en poste.", "PER Sylvie Marchetti"),
        ("Le bourgmestre sortant Willy Demeyer a été reconduit.", "PER Willy Demeyer"),
        ("Jean Tarmoud, maire sortant, a reconnu sa défaite.", "PER Jean Tarmoud"),
    ])
    func theQualifierStopsTheName(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
        #expect(!labels.contains { $0.contains("sortant") || $0.contains("actuel") }, "\(labels)")
    }
}
