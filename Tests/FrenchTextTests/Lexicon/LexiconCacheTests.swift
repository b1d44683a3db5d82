import Foundation
import Testing
@testable import FrenchText

/// The compiled lexicon file: built by a first run, reused by the next, ignored with a warning when
/// corrupt or unwritable, and always giving Hunspell's own answers.
@Suite(.enabled(if: Lexicon.shared != nil, "the French Hunspell dictionary is not installed (make deps installs hunspell-fr-comprehensive)"))
struct LexiconCacheTests {
    /// Forms of every kind the library asks about: inflected, capitalised, elided, hyphenated,
    /// inverted, proper names, unknown names, numbers, punctuation, empty.
    static let forms = ["déclarait", "Déclarait", "MATERNITÉ", "l’hôpital", "l'hôpital", "qu'il", "aujourd’hui",
                        "Saint-Joseph", "Jean-Paul", "Claire", "claire", "Dumont", "soignant·e·s", "a-t-il", "-t-elle",
                        "M.", "etc.", "Lyon", "2025", "12", "1er", "4e", ",", "«", "-", "", "militantes", "préfète"]

    /// A fresh folder for one test.
    private func folder() -> String {
        let dir = NSTemporaryDirectory() + "frtext-lexicon-cache-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    private func cacheFiles(in dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasPrefix("lexicon-") && $0.hasSuffix(".bin") }
    }

    @Test func builtByAFirstRunAndReusedByTheNext() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try Lexicon(cacheDirectory: dir)
        #expect(first.compiledFormCount == 0)
        #expect(first.hunspellLoaded)
        let answers = Self.forms.map { first.analyses(of: $0) }
        #expect(first.saveCache().isEmpty)
        #expect(cacheFiles(in: dir).count == 1)

        let second = try Lexicon(cacheDirectory: dir)
        #expect(second.compiledFormCount > 20)
        #expect(Self.forms.map { second.analyses(of: $0) } == answers)
        #expect(!second.hunspellLoaded, "every form came from the compiled file")
        #expect(second.analyses(of: "rédigeait").contains { $0.lemma == "rédiger" })
        #expect(second.hunspellLoaded, "a form the file lacks is asked of Hunspell")
        #expect(second.saveCache().isEmpty)

        let third = try Lexicon(cacheDirectory: dir)
        #expect(third.analyses(of: "rédigeait").contains { $0.lemma == "rédiger" })
        #expect(!third.hunspellLoaded)
    }

    @Test func givesTheSameAnswersAsHunspell() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let hunspell = try Lexicon(cacheDirectory: nil)
        let writer = try Lexicon(cacheDirectory: dir)
        for form in Self.forms { _ = writer.analyses(of: form) }
        writer.saveCache()
        let reader = try Lexicon(cacheDirectory: dir)
        for form in Self.forms {
            #expect(reader.analyses(of: form) == hunspell.analyses(of: form), "\(form)")
        }
        #expect(!reader.hunspellLoaded)
    }

    @Test(arguments: ["truncated", "altered", "garbage"])
    func aCorruptFileIsAWarningAndIsRebuilt(damage: String) throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let writer = try Lexicon(cacheDirectory: dir)
        for form in Self.forms { _ = writer.analyses(of: form) }
        writer.saveCache()
        let path = dir + "/" + cacheFiles(in: dir)[0]
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        switch damage {
        case "truncated": bytes = bytes.prefix(bytes.count - 7)
        case "altered": bytes[bytes.count - 3] ^= 0x20
        default: bytes = Data("FTLXC001 not a cache at all".utf8)
        }
        try bytes.write(to: URL(fileURLWithPath: path))

        let reader = try Lexicon(cacheDirectory: dir)
        #expect(reader.compiledFormCount == 0)
        #expect(reader.analyses(of: "déclarait").contains { $0.lemma == "déclarer" })
        let warnings = reader.saveCache()
        #expect(warnings.map(\.code) == ["FT011"])
        #expect(warnings.allSatisfy { $0.isWarning })
        let rebuilt = try Lexicon(cacheDirectory: dir)
        #expect(rebuilt.compiledFormCount > 0)
        #expect(rebuilt.analyses(of: "déclarait").contains { $0.lemma == "déclarer" })
    }

    @Test func anUnwritableFolderIsAWarning() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/not-a-folder"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let lexicon = try Lexicon(cacheDirectory: file + "/cache")
        #expect(lexicon.analyses(of: "Anna").contains { $0.isFirstName })
        let warnings = lexicon.saveCache()
        #expect(warnings.map(\.code) == ["FT011"])
        #expect(lexicon.analyses(of: "Anna").contains { $0.isFirstName })
    }

    @Test func noFolderMeansHunspellAlone() throws {
        let lexicon = try Lexicon(cacheDirectory: nil)
        #expect(lexicon.compiledFormCount == 0)
        #expect(lexicon.analyses(of: "déclarait").contains { $0.lemma == "déclarer" })
        #expect(lexicon.saveCache().isEmpty)
    }
}
