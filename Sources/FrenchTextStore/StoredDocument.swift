import FrenchText

/// One document as the corpus database keeps it: its report record plus what tells, at the
/// next run, whether it must be analysed again.
///
/// ```swift
/// let stored = StoredDocument(record: record, contentHash: ContentHash.hex(bytes), settings: "date=2025-09-01")
/// try store.write([stored])
/// ```
public struct StoredDocument: Sendable, Equatable {
    /// What `frtext report --format json` gives for the document.
    public var record: AnalysisRecord
    /// ``ContentHash`` of the file's bytes; nil when the file could not be read.
    public var contentHash: String?
    /// Everything besides the bytes that decided the analysis (date given, source rule…).
    public var settings: String
    /// When it was analysed (ISO 8601, UTC).
    public var analysedAt: String
    /// The FrenchText that analysed it.
    public var toolVersion: String

    public init(record: AnalysisRecord, contentHash: String?, settings: String = "", analysedAt: String? = nil, toolVersion: String = CorpusStore.toolVersion) {
        self.record = record
        self.contentHash = contentHash
        self.settings = settings
        self.analysedAt = analysedAt ?? CorpusStore.now()
        self.toolVersion = toolVersion
    }

    /// What a later run compares to decide that the file need not be analysed again.
    public var fingerprint: DocumentFingerprint {
        DocumentFingerprint(contentHash: contentHash, settings: settings, toolVersion: toolVersion)
    }
}

/// The part of a stored document that says whether it is up to date: same bytes, same
/// settings, same FrenchText.
public struct DocumentFingerprint: Sendable, Hashable {
    public var contentHash: String?
    public var settings: String
    public var toolVersion: String

    public init(contentHash: String?, settings: String, toolVersion: String = CorpusStore.toolVersion) {
        self.contentHash = contentHash
        self.settings = settings
        self.toolVersion = toolVersion
    }

    /// True when a file with this fingerprint need not be analysed again (an unreadable file,
    /// with no hash, always is).
    public func isCurrent(comparedTo stored: DocumentFingerprint?) -> Bool {
        guard let stored, contentHash != nil else { return false }
        return stored == self
    }
}
