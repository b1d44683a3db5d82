import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension EntityGazetteerCache {
    /// Removes the gazetteer files in `directory` whose program no longer exists (a deleted build folder, a removed
    /// checkout, an uninstalled copy): no run can read them again, since the program's path is part of their key.
    /// Called after a new file is written, so the folder keeps one file per program still on disk; `kept` (the file
    /// just written) and anything that is not a gazetteer file are left alone.
    ///
    /// ```swift
    /// // ~/.cache/frenchtext/gazetteer-1fd….bin  (written by /tmp/old-checkout/.build/release/frtext, now deleted)
    /// EntityGazetteerCache.pruneOrphans(in: "~/.cache/frenchtext", keeping: newPath)   // removes it
    /// ```
    static func pruneOrphans(in directory: String, keeping kept: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(filePrefix) && name.hasSuffix(fileSuffix) {
            let path = directory + "/" + name
            guard path != kept, let bytes = readFile(path), let image = storedImage(bytes), stamp(image) == nil else {
                continue
            }
            unlink(path)
        }
    }

    /// The program path a gazetteer file's key names (`image /usr/local/bin/frtext 6724… 1765….…`), or nil when
    /// the bytes are not a gazetteer file.
    static func storedImage(_ file: [UInt8]) -> String? {
        let start = magic.count + 4
        guard file.count >= start, file.starts(with: magic) else { return nil }
        let length = file[magic.count..<start].reversed().reduce(0) { $0 << 8 | Int($1) }
        guard length <= file.count - start else { return nil }
        let identity = String(decoding: file[start..<(start + length)], as: UTF8.self)
        guard let part = identity.split(separator: "|").first(where: { $0.hasPrefix(imageTag) }) else { return nil }
        var words = part.dropFirst(imageTag.count).split(separator: " ", omittingEmptySubsequences: false)
        // The stamp after the path: size and modification time, or `?` when the program could not be read.
        words.removeLast(words.last == "?" ? 1 : min(2, words.count))
        let path = words.joined(separator: " ")
        return path.isEmpty ? nil : path
    }
}
