import Foundation

/// Expands command-line inputs into the ordered list of documents of a batch.
///
/// Files are taken as given, whatever their extension; folders are walked recursively and
/// give the files whose name matches `glob` (`*.txt` by default), sorted by path; `-` is
/// standard input. A path that does not exist is kept, so that reading it reports the error
/// in its turn without stopping the batch.
///
/// ```swift
/// InputCollector(glob: "*.txt").collect(["presse/", "note.md", "-"])
/// // presse/a/1.txt, presse/a/2.txt, presse/b/1.txt, note.md, -
/// ```
public struct InputCollector: Sendable {
    /// Shell pattern (fnmatch) matched against a file's name, or against its path under the
    /// folder when the pattern holds a `/`.
    public var glob: String
    public var sourceRule: SourceRule

    public init(glob: String = "*.txt", sourceRule: SourceRule = .folder) {
        self.glob = glob
        self.sourceRule = sourceRule
    }

    /// The documents of `inputs`, in order.
    public func collect(_ inputs: [String]) -> [InputItem] {
        var items = [InputItem]()
        for input in inputs {
            if input == "-" {
                items.append(InputItem(path: "-", document: "stdin", source: "stdin"))
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
                items += files(under: input).map(item)
            } else {
                items.append(item(input))
            }
        }
        return items
    }

    private func item(_ path: String) -> InputItem {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return InputItem(path: path, document: name, source: sourceRule.source(ofPath: path))
    }

    /// Files under `folder` matching the glob, sorted by path (byte order, so the same on every machine).
    func files(under folder: String) -> [String] {
        let root = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var found = [String]()
        let matchPath = glob.contains("/")
        while let relative = enumerator.nextObject() as? String {
            let path = root + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            if name.hasPrefix(".") { continue }
            if fnmatch(glob, matchPath ? relative : name, 0) == 0 { found.append(path) }
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
