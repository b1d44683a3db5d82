import Testing
@testable import FrenchText

/// `ScalarSplit.swift`: the pieces are the standard library's, marks next to a separator included.
@Suite struct ScalarSplitTests {
    static let texts = [
        "Régis Labeaume", "  Volker  Türk ", "", " ", "Côte d’Ivoire", "Jean-Baptiste N’Diaye", "Lévy- Bruhl",
        "e\u{301} te\u{301}", "a \u{301}b", "x\u{301} y", "a \u{200D}b", "\u{600} b", "🇫🇷 🇧🇪", "a\u{A0}b c",
        "Jean-Luc  Mélenchon-", "-é-è--", "a\u{301}-b", "x -\u{301}y", "Île-de-France ", "中文 名字",
    ]

    @Test(arguments: texts)
    func spacesAsTheStandardSplit(_ text: String) {
        #expect(text.splitScalars(separator: " ") == text.split(separator: " "))
        #expect(text.splitScalars(separator: " ", omittingEmptySubsequences: false)
                == text.split(separator: " ", omittingEmptySubsequences: false))
    }

    @Test(arguments: texts)
    func hyphensAsTheStandardSplit(_ text: String) {
        #expect(text.splitScalars(separator: "-") == text.split(separator: "-"))
        #expect(text.splitScalars(separator: "-", omittingEmptySubsequences: false)
                == text.split(separator: "-", omittingEmptySubsequences: false))
    }

    @Test(arguments: texts)
    func severalSeparatorsAsTheStandardSplit(_ text: String) {
        let scalars = text.splitScalars { $0 == " " || $0 == "\u{A0}" || $0 == "’" || $0 == "-" }
        let characters = text.split { $0 == " " || $0 == "\u{A0}" || $0 == "’" || $0 == "-" }
        #expect(scalars == characters)
    }

    @Test func substringsToo() {
        let line = "  Anna Wright, spécialiste"
        let tail = line.dropFirst(2)
        #expect(tail.splitScalars(separator: " ") == tail.split(separator: " "))
        let middle = "Côte d’Ivoire et Île-de-France".dropFirst(5).dropLast(3)
        #expect(middle.splitScalars(separator: " ") == middle.split(separator: " "))
        #expect(middle.splitScalars(separator: "-", omittingEmptySubsequences: false)
                == middle.split(separator: "-", omittingEmptySubsequences: false))
    }
}
