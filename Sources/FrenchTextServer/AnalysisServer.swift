import Foundation
import FrenchText
import Hummingbird

/// `frtext serve`: the analyser over HTTP, with Hummingbird.
///
/// - `POST /analyze`: the text (plain, UTF-8) or `{"text": …, "name": …, "date": …}` → the document's
///   JSON, the same as `frtext report --format json`; errors are `{"error":{"code":…,"message":…}}`
///   with 400 (bad UTF-8, bad JSON, empty or binary text), 413 (body over the limit) or 503 (queue full).
/// - `GET /health` → `{"status":"ok",…}`.
/// - `GET /openapi.json` → the OpenAPI 3 description of the above.
///
/// ```swift
/// try await AnalysisServer(host: "127.0.0.1", port: 8080).run()   // until SIGTERM or SIGINT
/// ```
public struct AnalysisServer: Sendable {
    public var host: String
    public var port: Int
    /// Analyses at once (default: one per core); further requests wait in a queue of `queueLimit`.
    public var concurrency: Int
    public var queueLimit: Int
    public let service: AnalysisService

    public init(host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 1 << 20, concurrency: Int? = nil, queueLimit: Int = 1024) {
        self.host = host
        self.port = port
        self.concurrency = concurrency ?? ProcessInfo.processInfo.activeProcessorCount
        self.queueLimit = queueLimit
        service = AnalysisService(maxBodyBytes: maxBodyBytes)
    }

    /// Serves until SIGTERM or SIGINT, then finishes the requests in flight and returns.
    /// `onListening` gets the port bound (useful with port 0).
    public func run(onListening: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        service.warmUp()
        let router = Router()
        let service = service
        let slots = AnalysisSlots(limit: concurrency, queueLimit: queueLimit)
        let health = AnalysisService.encode(["status": "ok", "version": Self.version]) + "\n"

        router.get("/health") { _, _ in Self.json(health) }
        router.get("/openapi.json") { _, _ in Self.json(OpenAPIDocument.json) }
        router.post("/analyze") { request, _ -> Response in
            let contentType = request.headers[.contentType]
            let query = request.uri.queryParameters
            let name = query.get("name"), date = query.get("date")
            if let length = request.headers[.contentLength].flatMap(Int.init), length > service.maxBodyBytes {
                return Self.error(.input(.tooLarge(source: "request body", bytes: length, limit: service.maxBodyBytes)))
            }
            let body: [UInt8]
            do {
                var buffer = try await request.body.collect(upTo: service.maxBodyBytes)
                body = buffer.readBytes(length: buffer.readableBytes) ?? []
            } catch let error as HTTPResponseError where error.status == .contentTooLarge {
                return Self.error(.input(.tooLarge(source: "request body", bytes: service.maxBodyBytes + 1, limit: service.maxBodyBytes)))
            }
            do {
                let result = try await slots.run { () -> Result<String, ServiceError> in
                    do throws(ServiceError) {
                        return .success(try service.analyze(body: body, contentType: contentType, name: name, date: date))
                    } catch {
                        return .failure(error)
                    }
                }
                switch result {
                case let .success(json): return Self.json(json)
                case let .failure(error): return Self.error(error)
                }
            } catch let error as ServiceError {
                return Self.error(error)
            } catch {
                return Self.error(.busy)
            }
        }

        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "frtext"),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) }
        )
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }

    /// The version `/health` reports.
    public static let version = "frtext 0.12"

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func error(_ error: ServiceError) -> Response {
        json(error.json, status: HTTPResponse.Status(code: error.status))
    }
}
