import ArgumentParser
import Foundation
import FrenchText
import FrenchTextServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the analyser over HTTP: POST /analyze, GET /health, GET /openapi.json.",
        discussion: """
        POST /analyze takes the text (UTF-8) or JSON {"text": …, "name": …, "date": …} and answers the \
        document's JSON, the same as frtext report --format json. Bad input gets a 4xx answer \
        {"error":{"code":"FT001",…}}. SIGTERM or SIGINT stops the server once the requests in flight are answered.

        Example:
          frtext serve --port 8080 &
          curl --data-binary @communique.txt http://127.0.0.1:8080/analyze
        """
    )

    @Option(help: "Port to listen on (0: any free port; standard error says which: frtext: serving on http://HOST:PORT).")
    var port: Int = 8080

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .customLong("max-body"), help: ArgumentHelp("Largest request body (bytes, or with K, M).", valueName: "size"))
    var maxBody: String = "1M"

    @Option(name: [.customShort("j"), .long], help: "Analyses at once (default: every core); more requests wait their turn.")
    var jobs: Int?

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port wants 0 to 65535.") }
        if InputOptions.parseSize(maxBody) == nil { throw ValidationError("--max-body wants a size such as 1048576, 512K or 1M, not '\(maxBody)'.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs wants a number of at least 1.") }
    }

    func run() throws {
        let server = AnalysisServer(host: host, port: port, maxBodyBytes: InputOptions.parseSize(maxBody) ?? (1 << 20), concurrency: jobs)
        let host = host
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var failure: Error?
        Task {
            do {
                try await server.run { port in
                    FileHandleOutput.standardError.write("frtext: serving on http://\(host):\(port)\n")
                    FileHandleOutput.standardError.flush()
                }
            } catch {
                failure = error
            }
            done.signal()
        }
        done.wait()
        if let failure {
            FileHandleOutput.standardError.write("error: cannot serve on \(host):\(port): \(failure)\n")
            throw ExitCode(1)
        }
        FileHandleOutput.standardError.write("frtext: stopped\n")
    }
}
