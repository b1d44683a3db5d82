import Foundation
import Testing
@testable import FrenchText

/// The process-wide memo per form id: an answer is computed once, then read; ids far apart grow the table.
@Suite struct FormMemoTests {
    let store = FormStore.shared

    @Test func computesOnceThenReads() {
        let memo = FormMemo<Int32>(filler: -1)
        let id = store.intern("Genève")
        var calls = 0
        #expect(memo.value(id) { calls += 1; return 7 } == 7)
        #expect(memo.value(id) { calls += 1; return 9 } == 7)
        #expect(calls == 1)
    }

    @Test func formsAreApart() {
        let memo = FormMemo<UInt8>(filler: 0)
        let a = store.intern("Lausanne"), b = store.intern("lausanne")
        #expect(memo.value(a) { 1 } == 1)
        #expect(memo.value(b) { 2 } == 2)
        #expect(memo.value(a) { 3 } == 1)
    }

    @Test func theFillerIsNeverAnAnswer() {
        // A slot grown for a later id is not known: its form is computed when asked.
        let memo = FormMemo<Int32>(filler: -1)
        #expect(memo.value(FormID(rawValue: 5000)) { 5 } == 5)
        #expect(memo.value(FormID(rawValue: 10)) { 10 } == 10)
        #expect(memo.value(FormID(rawValue: 4999)) { 4 } == 4)
    }

    @Test func sameAnswersFromSeveralThreads() async {
        let memo = FormMemo<Int32>(filler: -1)
        let ids = ["Brest", "Rennes", "Nantes", "Quimper", "Lorient"].map { store.intern($0) }
        let results = await withTaskGroup(of: [Int32].self) { group in
            for _ in 0..<8 { group.addTask { ids.map { id in memo.value(id) { Int32(id.rawValue % 1000) } } } }
            return await group.reduce(into: [[Int32]]()) { $0.append($1) }
        }
        let expected = ids.map { Int32($0.rawValue % 1000) }
        #expect(results.allSatisfy { $0 == expected })
    }
}
