import FrenchText

/// What `frtext serve` answers a request it cannot analyse: an HTTP status and a stable code.
/// Input problems keep their ``FrenchTextError`` code (`FT001` bad UTF-8, `FT002` empty,
/// `FT003` binary, `FT005` too large); problems of the request itself have `FT060`–`FT069` codes.
///
/// The body is `{"error":{"code":"FT001","message":"request body: invalid UTF-8 at byte 12"}}`.
public enum ServiceError: Error, Sendable, Equatable {
    /// The text could not be accepted (status 400, or 413 for ``FrenchTextError/tooLarge(source:bytes:limit:)``).
    case input(FrenchTextError)
    /// The body is not the JSON object `{"text": …, "name": …, "date": …}` (400).
    case invalidJSON(reason: String)
    /// A field has a bad value: a date that is not YYYY-MM-DD… (400).
    case invalidField(name: String, reason: String)
    /// Every analysis slot is taken and the queue is full (503).
    case busy

    /// Stable error code.
    public var code: String {
        switch self {
        case let .input(error): error.code
        case .invalidJSON: "FT060"
        case .invalidField: "FT061"
        case .busy: "FT062"
        }
    }

    public var message: String {
        switch self {
        case let .input(error): error.message
        case let .invalidJSON(reason): "request body: not a JSON object {\"text\": …, \"name\": …, \"date\": …} (\(reason))"
        case let .invalidField(name, reason): "\(name): \(reason)"
        case .busy: "every analysis slot is taken; retry in a moment"
        }
    }

    /// The HTTP status code.
    public var status: Int {
        switch self {
        case .input(.tooLarge): 413
        case .input, .invalidJSON, .invalidField: 400
        case .busy: 503
        }
    }

    /// The JSON body of the error response, with a final line feed.
    public var json: String {
        struct Body: Encodable {
            struct Inner: Encodable { let code: String; let message: String }
            let error: Inner
        }
        return AnalysisService.encode(Body(error: .init(code: code, message: message))) + "\n"
    }
}
