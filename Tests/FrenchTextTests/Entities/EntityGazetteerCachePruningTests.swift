import Foundation
import Testing
@testable import FrenchText

/// Gazetteer files left by programs that no longer exist (a removed checkout, a deleted build folder) are removed
/// when a new file is written; live programs' files, the file just written and other files stay.
@Suite struct EntityGazetteerCachePruningTests {
    private func folder() -> String {
        let dir = NSTemporaryDirectory() + "frtext-gazetteer-prune-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A small gazetteer file whose key names `image` (with its stamp, or `?`).
    private func file(image: String, stamp: String) -> Data {
        Data(EntityGazetteerCache.encode(EntityGazetteer(lexicon: nil),
                                         identity: "frenchtext gazetteer cache 1|image \(image) \(stamp)|lexicon x"))
    }

    @Test func theProgramPathIsReadBackFromTheKey() throws {
        let spaced = "/opt/mes outils/frtext"
        let bytes = EntityGazetteerCache.encode(EntityGazetteer(lexicon: nil),
                                                identity: "frenchtext gazetteer cache 1|image \(spaced) 6724 1765.25|lexicon x")
        #expect(EntityGazetteerCache.storedImage(bytes) == spaced)
        let unstamped = EntityGazetteerCache.encode(EntityGazetteer(lexicon: nil), identity: "c|image /tmp/frtext ?|lexicon x")
        #expect(EntityGazetteerCache.storedImage(unstamped) == "/tmp/frtext")
        #expect(EntityGazetteerCache.storedImage(Array("pas un fichier du cache".utf8)) == nil)
        #expect(EntityGazetteerCache.storedImage([]) == nil)
    }

    @Test func onlyFilesOfMissingProgramsGo() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let live = try #require(EntityGazetteerCache.imagePath())
        let gone = dir + "/ancienne copie/frtext"
        let fm = FileManager.default
        fm.createFile(atPath: dir + "/gazetteer-1.bin", contents: file(image: gone, stamp: "10 20.5"))
        fm.createFile(atPath: dir + "/gazetteer-2.bin", contents: file(image: gone, stamp: "?"))
        fm.createFile(atPath: dir + "/gazetteer-3.bin", contents: file(image: live, stamp: "10 20.5"))
        fm.createFile(atPath: dir + "/gazetteer-4.bin", contents: file(image: gone, stamp: "10 20.5"))
        fm.createFile(atPath: dir + "/gazetteer-5.bin", contents: Data("abîmé".utf8))
        fm.createFile(atPath: dir + "/lexicon-6.bin", contents: file(image: gone, stamp: "10 20.5"))
        EntityGazetteerCache.pruneOrphans(in: dir, keeping: dir + "/gazetteer-4.bin")
        let left = Set(try fm.contentsOfDirectory(atPath: dir))
        #expect(left == ["gazetteer-3.bin", "gazetteer-4.bin", "gazetteer-5.bin", "lexicon-6.bin"])
    }

    @Test func writingANewFilePrunesTheFolder() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        FileManager.default.createFile(atPath: dir + "/gazetteer-0.bin", contents: file(image: dir + "/supprimé/frtext", stamp: "1 2.0"))
        let loaded = EntityGazetteerCache.load(lexicon: nil, directory: dir)
        #expect(!loaded.fromFile)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(left.count == 1 && left[0] != "gazetteer-0.bin" && left[0].hasPrefix("gazetteer-"))
    }
}
