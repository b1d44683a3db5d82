import Foundation

/// Runs the built `frtext` binary as a process.
enum CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    /// The built `frtext` beside the test bundle.
    static var binary: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("frtext")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/frtext")
    }

    static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil) throws -> Result {
        try run(executable: binary, arguments, stdin: stdin, in: directory)
    }

    /// ``run(_:stdin:in:)`` that kills the process after `timeout` seconds (a hang is a failure, not a stuck suite).
    static func run(_ arguments: [String], timeout: TimeInterval) throws -> Result {
        try run(executable: binary, arguments, timeout: timeout)
    }

    /// Runs any `executable` (frtext itself, or a wrapper such as `sh` or `setpriv` around it) and collects both
    /// outputs. The process reads `stdin` (or nothing) from a pipe; with `timeout` it is killed after that
    /// many seconds.
    static func run(executable: URL, _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil,
                    timeout: TimeInterval? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let killer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        if let timeout { DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer) }
        // Read both pipes at once so neither fills up and blocks the process.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        killer.cancel()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A temporary folder of French texts for one test.
struct Scratch {
    let root: String

    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("frtext-cli-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { root + "/" + name }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, bytes: Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let p = path(name)
        try? FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: p, contents: Data(bytes))
        return p
    }

    func read(_ name: String) -> String { (try? String(contentsOfFile: path(name), encoding: .utf8)) ?? "" }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// Short French news items, each with a quote, a speaker and entities.
    static let releases: [(String, String)] = [
        ("amnesty/belarus.txt", """
        Le 1er septembre 2025, Anna Wright, spécialiste de la région à Amnesty International, a déclaré : « La libération de ces détenu·e·s est une bonne nouvelle, mais des centaines restent derrière les barreaux. »

        « Les autorités doivent libérer toutes les personnes détenues arbitrairement », a-t-elle ajouté depuis Londres.
        """),
        ("amnesty/congo.txt", """
        À Goma, les combats ont repris mardi 4 février 2025. « Les civils paient le prix fort de cette guerre », a déclaré Volker Türk, haut-commissaire des Nations unies aux droits de l’homme.
        """),
        ("hrw/rwanda.txt", """
        (New York, le 2 juin 2014) – Human Rights Watch publie un nouveau rapport sur le Rwanda. « Nos recherches suivent une méthodologie rigoureuse », a affirmé Daniel Bekele, directeur de la division Afrique.
        """),
        ("presse/caen.txt", """
        Douze musiciens ont été verbalisés samedi à Caen, place Saint-Pierre. « On jouait simplement de la musique pour les passants », a expliqué Marie Lefèvre, trompettiste de la fanfare.
        """),
        ("presse/quebec.txt", """
        Le maire de Québec, Régis Labeaume, a présenté le projet le 22 septembre 2012. « Les Plaines appartiennent à tous les Québécois », a-t-il déclaré devant les élu·e·s municipaux.
        """),
        ("presse/greve.txt", """
        L’assemblée générale des étudiant·e·s s’est tenue le 18/10/2022 à Montréal. « Nous ne reculerons pas devant le ministère », a lancé Julie Tremblay, porte-parole de l’association étudiante.
        """),
    ]

    /// A scratch folder holding ``releases``.
    static func corpus() -> Scratch {
        let s = Scratch()
        for (name, text) in releases { s.write(name, text + "\n") }
        return s
    }
}

/// Checks that an HTML page's elements nest properly (void elements aside).
enum HTMLCheck {
    static let void: Set<String> = ["meta", "br", "hr", "img", "input", "link", "wbr", "col", "area", "base", "source"]

    /// nil when well formed, else what went wrong.
    static func problem(in html: String) -> String? {
        var stack = [String]()
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { return "unclosed <" }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") { continue }
            if tag.hasPrefix("/") {
                let name = tag.dropFirst().lowercased()
                guard let top = stack.popLast() else { return "</\(name)> without opening" }
                if top != name { return "</\(name)> closes <\(top)>" }
                continue
            }
            let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
            if name == "style" || name == "script" {
                guard let end = rest.range(of: "</\(name)>") else { return "unclosed <\(name)>" }
                rest = rest[end.upperBound...]
                continue
            }
            if !void.contains(name) && !tag.hasSuffix("/") { stack.append(name) }
        }
        return stack.isEmpty ? nil : "unclosed <\(stack.last!)>"
    }
}
