import ArgumentParser
import Foundation
import FrenchText
import FrenchTextStore

#if canImport(Glibc)
import Glibc
#endif

/// `frtext report DIR -o corpus.sqlite`: an incremental run into a corpus database. Files whose
/// bytes and settings are unchanged since the last run are not analysed again; files that
/// disappeared lose their rows; the rest is written `batchSize` documents a transaction.
struct SQLiteReport {
    let input: InputOptions
    let path: String
    /// Documents a transaction (`FRTEXT_SQLITE_BATCH` changes it; the tests use small batches).
    var batchSize = ProcessInfo.processInfo.environment["FRTEXT_SQLITE_BATCH"].flatMap(Int.init).map { max(1, $0) } ?? 32

    /// What one input turned into on a worker thread.
    enum Outcome: Sendable {
        case unchanged
        case analysed(Processed, StoredDocument)
    }

    /// Runs the batch; returns the summary of the documents analysed in this run.
    func run() throws -> CorpusSummary {
        let started = Date()
        // The database (and its journal) is never one of its own documents, whatever --glob says.
        let own = [path, path + "-journal", path + "-wal", path + "-shm"].map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let items = input.items().filter { !own.contains(URL(fileURLWithPath: $0.path).standardizedFileURL.path) }
        if items.contains(where: \.isStandardInput) {
            throw ValidationError("A corpus database is made of files: give files or folders, not standard input (-).")
        }
        let store = try StoreCLI.open(path)
        let known = try StoreCLI.guarded { try store.fingerprints() }
        let removed = Set(known.keys).subtracting(items.map(\.path))
        let removedCount = try StoreCLI.guarded { try store.remove(paths: removed.sorted()) }

        let console = Console(total: items.count, quiet: input.quiet)
        let reader = input.reader
        let date = input.documentDate
        let dates = input.documentDates()
        let settingsBase = "source-by=\(input.sourceBy);relative-dates=\(input.relativeDates ? 1 : 0)"
        let analyzer = FrenchAnalyzer(relativeDates: input.relativeDates)
        // Test hooks: SIGKILL (or a pause, for another process to send it) inside the transaction
        // that writes document N, as `kill -9` at the worst moment would.
        let killAfter = ProcessInfo.processInfo.environment["FRTEXT_TEST_KILL_AFTER_DOCUMENTS"].flatMap(Int.init)
        let pauseAfter = ProcessInfo.processInfo.environment["FRTEXT_TEST_PAUSE_AFTER_DOCUMENTS"].flatMap(Int.init)

        var summary = CorpusSummary()
        var pending = [StoredDocument]()
        var written = 0, unchanged = 0
        var failure: Error?
        func flush() {
            guard failure == nil, !pending.isEmpty else { return }
            do {
                let before = written
                try store.write(pending) { n in
                    if let killAfter, before + n + 1 >= killAfter { kill(getpid(), SIGKILL) }
                    if let pauseAfter, before + n + 1 == pauseAfter {
                        FileHandleOutput.standardError.write("frtext: paused inside a transaction\n")
                        sleep(120)
                    }
                }
                written += pending.count
            } catch {
                failure = error
            }
            pending.removeAll(keepingCapacity: true)
        }

        OrderedBatch.run(count: items.count, concurrency: input.concurrency) { i in
            let item = items[i]
            let itemDate = dates.date(forPath: item.path) ?? date
            let settings = settingsBase + ";date=\(itemDate?.iso ?? "")"
            let hash = Self.hash(item.path, limit: reader.maxBytes)
            let fingerprint = DocumentFingerprint(contentHash: hash, settings: settings)
            if fingerprint.isCurrent(comparedTo: known[item.path]) { return .unchanged }
            let processed = BatchRunner.process(item, reader: reader, analyzer: analyzer, date: itemDate, keepText: false)
            return .analysed(processed, StoredDocument(record: processed.record, contentHash: hash, settings: settings))
        } emit: { (_: Int, outcome: Outcome) in
            switch outcome {
            case .unchanged:
                unchanged += 1
            case let .analysed(processed, stored):
                for m in processed.messages { console.message(m) }
                summary.add(processed.record)
                pending.append(stored)
                if pending.count >= batchSize { flush() }
            }
            console.advance()
        }
        flush()
        console.finish()
        if let failure { throw StoreCLI.failure(failure) }
        if !input.quiet {
            let seconds = Date().timeIntervalSince(started)
            var line = "frtext: \(path): \(written) document\(written == 1 ? "" : "s") analysed, \(unchanged) unchanged"
            line += ", \(removedCount) removed"
            if !summary.skipped.isEmpty { line += " (\(summary.skipped.count) skipped)" }
            line += String(format: " in %.2f s", seconds)
            console.message(line)
        }
        if items.isEmpty { console.message("frtext: no input files found (folders are searched for \(input.glob))") }
        return summary
    }

    /// The aggregates of every document in the database (not only those analysed in this run).
    func corpusSummary() throws -> CorpusSummary {
        let store = try StoreCLI.open(path, create: false)
        var summary = CorpusSummary()
        try StoreCLI.guarded {
            let paths = try store.paths()
            var start = 0
            while start < paths.count {
                for document in try store.documents(Array(paths[start..<min(start + 256, paths.count)])) { summary.add(document.record) }
                start += 256
            }
        }
        return summary
    }

    /// The content hash of a file, nil when it cannot be read or is over the size limit
    /// (it is then analysed, which reports why it was skipped).
    static func hash(_ path: String, limit: Int) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = (attributes[.size] as? NSNumber)?.intValue, size <= limit,
              let data = FileManager.default.contents(atPath: path)
        else { return nil }
        return ContentHash.hex(data)
    }
}

/// How the store commands report their errors: `error: MESSAGE [FT05x]` on standard error, exit status 1.
enum StoreCLI {
    static func open(_ path: String, create: Bool = true) throws -> CorpusStore {
        try guarded { try CorpusStore(path: path, create: create) }
    }

    static func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw failure(error) }
    }

    /// Prints the error and gives the exit code to throw.
    static func failure(_ error: Error) -> Error {
        if error is ExitCode || error is ValidationError { return error }
        if let error = error as? CorpusStoreError {
            FileHandleOutput.standardError.write("error: \(error.message) [\(error.code)]\n")
        } else {
            FileHandleOutput.standardError.write("error: \(error)\n")
        }
        return ExitCode(1)
    }
}
