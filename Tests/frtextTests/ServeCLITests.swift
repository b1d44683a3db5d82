import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `frtext serve` running as a process on loopback, asked by a real HTTP client (URLSession).
final class RunningServer: @unchecked Sendable {
    let process = Process()
    let port: Int
    private let err = Pipe()
    private let lock = NSLock()
    private var stderrText = ""

    /// Starts `frtext serve --port 0 …` and waits until it says which port it listens on.
    init(_ arguments: [String] = []) throws {
        process.executableURL = CLI.binary
        process.arguments = ["serve", "--port", "0"] + arguments
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            // One byte at a time, so that nothing after the line is taken from the pipe here.
            guard let byte = try? err.fileHandleForReading.read(upToCount: 1) else { continue }
            if byte.isEmpty { break }
            text += String(decoding: byte, as: UTF8.self)
            if text.hasSuffix("\n"), text.contains("serving on http") { break }
        }
        guard let range = text.range(of: #"serving on http://127\.0\.0\.1:(\d+)"#, options: .regularExpression),
              let port = Int(text[range].split(separator: ":").last ?? "")
        else {
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "server did not start: \(text)"])
        }
        self.port = port
        stderrText = text
    }

    var base: String { "http://127.0.0.1:\(port)" }

    /// Sends SIGTERM and waits for the process; returns its status and what it wrote on standard error.
    func stop() -> (status: Int32, stderr: String) {
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
        let rest = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, stderrText + String(decoding: rest, as: UTF8.self))
    }

    deinit { if process.isRunning { process.terminate() } }
}

enum HTTP {
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 60
        return URLSession(configuration: configuration)
    }()

    static func send(_ method: String, _ url: String, body: Data? = nil, contentType: String? = nil) async throws -> (status: Int, body: Data, contentType: String?) {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        request.httpBody = body
        if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        return (http.statusCode, data, http.value(forHTTPHeaderField: "Content-Type"))
    }

    static func errorCode(_ data: Data) -> String? {
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        return (object?["error"] as? [String: Any])?["code"] as? String
    }
}

@Suite(.serialized) struct ServeCLITests {
    static let release = Scratch.releases[0].1 + "\n"

    @Test func analyzeAnswersTheSameJSONAsTheCommandLine() async throws {
        let server = try RunningServer()
        defer { _ = server.stop() }

        // Plain text: the document is standard input's, as with `frtext report -`.
        let cli = try CLI.run(["report", "-", "--format", "json"], stdin: Data(Self.release.utf8))
        let cliLines = cli.lines
        try #require(cliLines.count == 3 && cliLines[0] == "[" && cliLines[2] == "]")
        let plain = try await HTTP.send("POST", server.base + "/analyze", body: Data(Self.release.utf8), contentType: "text/plain; charset=utf-8")
        #expect(plain.status == 200)
        #expect(plain.contentType?.hasPrefix("application/json") == true)
        #expect(String(decoding: plain.body, as: UTF8.self) == cliLines[1] + "\n")

        // JSON with a name and a date: the same as the file of that name with --date.
        let s = Scratch()
        defer { s.remove() }
        let file = s.write("amnesty/belarus.txt", Self.release)
        let cliFile = try CLI.run(["report", file, "--format", "json", "--date", "2025-09-02"])
        try #require(cliFile.lines.count == 3)
        let request = try JSONSerialization.data(withJSONObject: ["text": Self.release, "name": file, "date": "2025-09-02"])
        let json = try await HTTP.send("POST", server.base + "/analyze", body: request, contentType: "application/json")
        #expect(json.status == 200)
        #expect(String(decoding: json.body, as: UTF8.self) == cliFile.lines[1] + "\n")
        #expect(String(decoding: json.body, as: UTF8.self).contains(#""speaker":"Anna Wright""#))
    }

    @Test func badInputGetsA4xxWithACode() async throws {
        let server = try RunningServer(["--max-body", "4K"])
        defer { _ = server.stop() }
        let url = server.base + "/analyze"

        let badUTF8 = try await HTTP.send("POST", url, body: Data([0x4C, 0x65, 0x20, 0xC3, 0x28, 0x74]), contentType: "text/plain")
        #expect(badUTF8.status == 400)
        #expect(HTTP.errorCode(badUTF8.body) == "FT001")

        let badJSON = try await HTTP.send("POST", url, body: Data(#"{"text": "« Nous resterons »", "#.utf8), contentType: "application/json")
        #expect(badJSON.status == 400)
        #expect(HTTP.errorCode(badJSON.body) == "FT060")

        let noText = try await HTTP.send("POST", url, body: Data(#"{"name": "a.txt"}"#.utf8), contentType: "application/json")
        #expect(noText.status == 400)
        #expect(String(decoding: noText.body, as: UTF8.self).contains("no \\\"text\\\""))

        let badDate = try await HTTP.send("POST", url, body: Data(#"{"text": "Bonjour.", "date": "12/03/2025"}"#.utf8), contentType: "application/json")
        #expect(badDate.status == 400)
        #expect(HTTP.errorCode(badDate.body) == "FT061")

        let empty = try await HTTP.send("POST", url, body: Data("  \n".utf8), contentType: "text/plain")
        #expect(empty.status == 400)
        #expect(HTTP.errorCode(empty.body) == "FT002")

        let large = try await HTTP.send("POST", url, body: Data(String(repeating: "Le déficit se creuse. ", count: 400).utf8), contentType: "text/plain")
        #expect(large.status == 413)
        #expect(HTTP.errorCode(large.body) == "FT005")

        // The server is still there after all that.
        let ok = try await HTTP.send("POST", url, body: Data("« Nous resterons », a déclaré Anna Wright.".utf8))
        #expect(ok.status == 200)
    }

    @Test func healthAndOpenAPI() async throws {
        let server = try RunningServer()
        defer { _ = server.stop() }
        let health = try await HTTP.send("GET", server.base + "/health")
        #expect(health.status == 200)
        #expect(String(decoding: health.body, as: UTF8.self).contains(#""status":"ok""#))

        let openapi = try await HTTP.send("GET", server.base + "/openapi.json")
        #expect(openapi.status == 200)
        let document = try #require(try JSONSerialization.jsonObject(with: openapi.body) as? [String: Any])
        #expect((document["openapi"] as? String)?.hasPrefix("3.") == true)
        let paths = try #require(document["paths"] as? [String: Any])
        #expect(Set(paths.keys) == ["/analyze", "/health", "/openapi.json"])

        #expect(try await HTTP.send("GET", server.base + "/nowhere").status == 404)
    }

    @Test func sigtermLetsTheRequestInFlightFinish() async throws {
        let server = try RunningServer(["--max-body", "4M"])
        // A long text keeps the analysis busy while SIGTERM arrives.
        let long = String(repeating: Self.release, count: 400)
        async let answer = HTTP.send("POST", server.base + "/analyze", body: Data(long.utf8), contentType: "text/plain")
        try await Task.sleep(for: .milliseconds(300))
        kill(server.process.processIdentifier, SIGTERM)
        let response = try await answer
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self).hasPrefix("{"))
        let stopped = server.stop()
        #expect(stopped.status == 0, "\(stopped.stderr)")
        #expect(stopped.stderr.contains("frtext: stopped"))
    }

    @Test func manyClientsAtOnceAllGetTheirAnswer() async throws {
        let server = try RunningServer(["--jobs", "2"])
        defer { _ = server.stop() }
        let texts = Scratch.releases.map { $0.1 }
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<24 {
                group.addTask { try await HTTP.send("POST", server.base + "/analyze", body: Data(texts[i % texts.count].utf8)).status }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(statuses.count == 24 && statuses.allSatisfy { $0 == 200 })
    }
}
