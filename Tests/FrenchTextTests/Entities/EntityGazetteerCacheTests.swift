import Foundation
import Testing
@testable import FrenchText

/// The compiled gazetteer file: written by a first run, read back by the next with every entry, key and table as
/// built, and ignored when its key or its bytes are not what this code wrote.
@Suite struct EntityGazetteerCacheTests {
    /// A fresh folder for one test.
    private func folder() -> String {
        let dir = NSTemporaryDirectory() + "frtext-gazetteer-cache-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The same gazetteer, field by field (key ids compared through their keys).
    private func expectSame(_ a: EntityGazetteer, _ b: EntityGazetteer) {
        #expect(a.keyIDs == b.keyIDs)
        #expect(a.listStarts == b.listStarts)
        #expect(a.keyStarts == b.keyStarts)
        #expect(a.flatKeys == b.flatKeys)
        #expect(a.flatCases == b.flatCases)
        #expect(a.cityKeys == b.cityKeys)
        #expect(a.entries.count == b.entries.count)
        for (x, y) in zip(a.entries, b.entries) {
            #expect(x.words == y.words && x.keys == y.keys && x.kind == y.kind && x.canonical == y.canonical
                    && x.hasBranches == y.hasBranches, "\(x.canonical)")
        }
    }

    @Test func readBackAsBuilt() throws {
        let built = EntityGazetteer(lexicon: Lexicon.shared)
        let bytes = EntityGazetteerCache.encode(built, identity: "test")
        let read = try #require(EntityGazetteerCache.decode(bytes, identity: "test"))
        expectSame(built, read)
        #expect(read.place(named: "valais")?.canonical == "Valais")
        #expect(read.isCity(keys: ["le", "havre"]))
        #expect(read.oneWordEntry("CEDEAO") != nil)
    }

    @Test func writtenByAFirstRunAndReadByTheNext() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = EntityGazetteerCache.load(lexicon: Lexicon.shared, directory: dir)
        #expect(!first.fromFile)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(files.count == 1 && files[0].hasPrefix("gazetteer-") && files[0].hasSuffix(".bin"))
        let second = EntityGazetteerCache.load(lexicon: Lexicon.shared, directory: dir)
        #expect(second.fromFile)
        expectSame(first.gazetteer, second.gazetteer)
    }

    @Test func noFolderBuildsIt() {
        let loaded = EntityGazetteerCache.load(lexicon: Lexicon.shared, directory: nil)
        #expect(!loaded.fromFile)
        #expect(loaded.gazetteer.entries.count == EntityGazetteer.shared.entries.count)
    }

    @Test func anotherKeyOrDamagedBytesAreIgnored() {
        let bytes = EntityGazetteerCache.encode(EntityGazetteer(lexicon: nil), identity: "image a|icu b|lexicon c")
        #expect(EntityGazetteerCache.decode(bytes, identity: "image a|icu b|lexicon c") != nil)
        #expect(EntityGazetteerCache.decode(bytes, identity: "image a2|icu b|lexicon c") == nil)
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x40
        #expect(EntityGazetteerCache.decode(flipped, identity: "image a|icu b|lexicon c") == nil)
        #expect(EntityGazetteerCache.decode(Array(bytes.prefix(bytes.count - 3)), identity: "image a|icu b|lexicon c") == nil)
        #expect(EntityGazetteerCache.decode([], identity: "image a|icu b|lexicon c") == nil)
    }

    @Test func keyedByTheProgramTheLexiconAndICU() throws {
        let image = try #require(EntityGazetteerCache.imagePath())
        #expect(FileManager.default.fileExists(atPath: image))
        let identity = EntityGazetteerCache.identity(image: image, lexicon: Lexicon.shared)
        #expect(identity.contains("image \(image) "))
        #expect(identity.contains("|library /") && identity.contains("libicu"), "the ICU libraries the process maps")
        #expect(identity.contains("|lexicon "))
    }
}
