import Foundation
import FrenchText

/// What `POST /analyze` does, without HTTP: a body in, the document's JSON out (the same line as
/// `frtext report --format json` prints for the document), or a ``ServiceError``.
///
/// ```swift
/// let service = AnalysisService()
/// let json = try service.analyze(body: Array("« Nous resterons », a-t-elle dit.".utf8), contentType: "text/plain")
/// // {"characters":33,"document":"stdin","path":"-","quotes":[{"kind":"direct",…}],…}
/// ```
public struct AnalysisService: Sendable {
    /// The JSON body `{"text": …, "name": …, "date": …}`; only `text` is required.
    public struct Request: Codable, Sendable, Equatable {
        public var text: String
        /// The document's name or path (its source is the folder holding it), as on the command line.
        public var name: String?
        /// The document's date: YYYY-MM-DD, YYYY-MM or YYYY.
        public var date: String?

        public init(text: String, name: String? = nil, date: String? = nil) {
            self.text = text
            self.name = name
            self.date = date
        }
    }

    /// Largest body accepted, in bytes (beyond: 413).
    public var maxBodyBytes: Int
    let analyzer: FrenchAnalyzer
    let decoder = TextDecoder()

    public init(maxBodyBytes: Int = 1 << 20, relativeDates: Bool = false) {
        self.maxBodyBytes = maxBodyBytes
        analyzer = FrenchAnalyzer(relativeDates: relativeDates)
    }

    /// Analyses a request body. JSON when `contentType` says `application/json`, else the text
    /// itself (UTF-8); `name` and `date` may also come from the query string.
    public func analyze(body: [UInt8], contentType: String?, name: String? = nil, date: String? = nil) throws(ServiceError) -> String {
        if body.count > maxBodyBytes {
            throw .input(.tooLarge(source: "request body", bytes: body.count, limit: maxBodyBytes))
        }
        var text: String
        var name = name, date = date
        if Self.isJSON(contentType) {
            if let bad = UTF8Validation.firstInvalidOffset(in: body) { throw .input(.invalidUTF8(source: "request body", byteOffset: bad)) }
            let request: Request
            do {
                request = try JSONDecoder().decode(Request.self, from: Data(body))
            } catch {
                throw .invalidJSON(reason: Self.describe(error))
            }
            text = request.text
            name = request.name ?? name
            date = request.date ?? date
        } else {
            do {
                text = try UTF8Validation.decode(body, source: "request body")
            } catch let error as FrenchTextError {
                throw .input(error)
            } catch {
                throw .input(.invalidUTF8(source: "request body", byteOffset: 0))
            }
        }
        var documentDate: DocumentDate?
        if let date {
            do { documentDate = try DocumentDate(iso: date) } catch {
                throw .invalidField(name: "date", reason: "wants YYYY-MM-DD, YYYY-MM or YYYY: \((error as? FrenchTextError)?.message ?? "'\(date)'")")
            }
        }
        if let n = name, n.isEmpty || n.contains("\0") { throw .invalidField(name: "name", reason: "wants a file name or path") }
        let item = Self.item(named: name)
        let bytes = Array(text.utf8)
        do {
            // The same checks as for a file: empty or binary text is refused.
            text = try decoder.decode(bytes, source: item.path).text
        } catch let error as FrenchTextError {
            throw .input(error)
        } catch {
            throw .input(.unreadable(source: item.path, reason: "\(error)"))
        }
        var record = BlockAnalysis.record(of: text, item: item, input: nil, analyzer: analyzer, date: documentDate)
        record.bytes = Self.isJSON(contentType) ? bytes.count : body.count
        return JSONRenderer.encode(record) + "\n"
    }

    /// Analyses a short text once, so that the lexicon is loaded before the first request.
    public func warmUp() {
        _ = analyzer.analyze("« Nous resterons mobilisés », a déclaré Anna Wright le 1er septembre 2025 à Paris.")
    }

    /// The input item a name stands for, as `frtext report NAME` would see it; standard input's without a name.
    static func item(named name: String?) -> InputItem {
        guard let name else { return InputItem(path: "-", document: "stdin", source: "stdin") }
        let document = name.split(separator: "/").last.map(String.init) ?? name
        return InputItem(path: name, document: document, source: SourceRule.folder.source(ofPath: name))
    }

    static func isJSON(_ contentType: String?) -> Bool {
        guard let type = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return type == "application/json" || type.hasSuffix("+json")
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "no \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type"
        default: "invalid JSON"
        }
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "{}"
    }
}
