extension CorpusStore {
    /// What ``merge(from:batchSize:)`` did.
    public struct MergeResult: Sendable, Equatable {
        /// Documents copied.
        public var documents: Int
        /// Paths that were already in this database (from an earlier input) and were replaced.
        public var replaced: [String]
    }

    /// Copies every document of `other` (a shard written by `frtext report --shard K/N -o shard-K.sqlite`)
    /// into this database, `batchSize` documents a transaction; a document already here under the same
    /// path is replaced. Participants are matched by name, so a speaker quoted in two shards is one row.
    @discardableResult
    public func merge(from other: CorpusStore, batchSize: Int = 64) throws -> MergeResult {
        let present = Set(try paths())
        let incoming = try other.paths()
        var start = 0
        while start < incoming.count {
            let slice = Array(incoming[start..<min(start + batchSize, incoming.count)])
            try write(try other.documents(slice))
            start += batchSize
        }
        return MergeResult(documents: incoming.count, replaced: incoming.filter(present.contains))
    }
}
