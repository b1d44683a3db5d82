import ArgumentParser
import Foundation
import FrenchTextStore

/// `frtext merge a.sqlite b.sqlite -o all.sqlite`: the corpus databases of several shards
/// (`frtext report DIR --shard K/N -o shard-K.sqlite`) copied into one.
enum SQLiteMerge {
    /// True when this merge is about databases: the output is a `.sqlite` file (or `--format sqlite`)
    /// or the first input is an SQLite file.
    static func applies(shards: [String], output: String?, format: OutputFormat) -> Bool {
        if format == .sqlite { return true }
        if let output, ["sqlite", "sqlite3", "db"].contains((output as NSString).pathExtension.lowercased()) { return true }
        return shards.first.map(isSQLite) ?? false
    }

    /// True when the file starts with SQLite's header.
    static func isSQLite(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\0".utf8)
    }

    static func run(shards: [String], output: String?) throws {
        guard let output, output != "-" else {
            throw ValidationError("Merging corpus databases writes a database: give it with --output all.sqlite.")
        }
        let target = (output as NSString).standardizingPath
        for shard in shards {
            if !isSQLite(shard) { throw ValidationError("\(shard) is not a corpus database (frtext report DIR -o \(shard)); JSON Lines and databases do not mix.") }
            if (shard as NSString).standardizingPath == target { throw ValidationError("\(shard) is both an input and the output.") }
        }
        let started = Date()
        let store = try StoreCLI.open(output)
        var total = 0
        for shard in shards {
            let source = try StoreCLI.open(shard, create: false)
            let result = try StoreCLI.guarded { try store.merge(from: source) }
            total += result.documents
            for path in result.replaced {
                FileHandleOutput.standardError.write("warning: \(shard): \(path) was already merged from another input; this copy replaces it\n")
            }
        }
        let seconds = Date().timeIntervalSince(started)
        FileHandleOutput.standardError.write("frtext: \(output): \(total) document\(total == 1 ? "" : "s") merged from \(shards.count) database\(shards.count == 1 ? "" : "s")\(String(format: " in %.2f s", seconds))\n")
    }
}
