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
package struct InputCollector: Sendable {
    /// Shell pattern (fnmatch) matched against a file's name, or against its path under the
    /// folder when the pattern holds a `/`.
    package var glob: String
    package var sourceRule: SourceRule

    package init(glob: String = "*.txt", sourceRule: SourceRule = .folder) {
        self.glob = glob
        self.sourceRule = sourceRule
    }

    /// The documents of `inputs`, in order.
    package func collect(_ inputs: [String]) -> [InputItem] {
        var items = [InputItem]()
        for input in inputs {
            if input == "-" {
                items.append(InputItem(path: "-", document: "stdin", source: "stdin"))
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
                items += entries(under: input)
            } else {
                items.append(item(input))
            }
        }
        return items
    }

    private func item(_ path: String, problem: FrenchTextError? = nil) -> InputItem {
        let name = path.splitScalars(separator: "/").last.map(String.init) ?? path
        return InputItem(path: path, document: name, source: sourceRule.source(ofPath: path), problem: problem)
    }

    /// Files under `folder` matching the glob, sorted by path (byte order, so the same on every machine).
    func files(under folder: String) -> [String] {
        entries(under: folder).filter { $0.problem == nil }.map(\.path)
    }

    /// The inputs under `folder`, sorted by path: the files matching the glob, and what cannot be
    /// read with its problem — a sub-folder that cannot be listed, a dangling or looping symbolic
    /// link, a FIFO, socket or device (never opened: reading one would hang the batch).
    /// Symbolic links to folders are followed once.
    func entries(under folder: String) -> [InputItem] {
        let root = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        var found = [InputItem]()
        var visited = Set<[UInt64]>()
        var info = stat()
        if stat(root, &info) == 0 { visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]) }
        walk(root, relative: "", into: &found, visited: &visited)
        return found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    private func walk(_ folder: String, relative: String, into found: inout [InputItem], visited: inout Set<[UInt64]>) {
        guard let dir = opendir(folder) else {
            found.append(item(folder, problem: .unreadable(source: folder, reason: "the folder cannot be listed: " + Self.reason(errno))))
            return
        }
        var names = [String]()
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(dir)
        let matchPath = glob.contains("/")
        for name in names where !name.hasPrefix(".") {
            let path = folder + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            let matches = fnmatch(glob, matchPath ? rel : name, 0) == 0
            var link = stat()
            guard lstat(path, &link) == 0 else { continue }
            var info = stat()
            let isLink = (link.st_mode & S_IFMT) == S_IFLNK
            if isLink && stat(path, &info) != 0 {
                let code = errno
                if matches {
                    let reason = code == ELOOP ? "a symbolic link loop" : code == ENOENT ? "a dangling symbolic link (its target does not exist)" : "a symbolic link that cannot be followed: " + Self.reason(code)
                    found.append(item(path, problem: .unreadable(source: path, reason: reason)))
                }
                continue
            }
            if !isLink { info = link }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if !visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted {
                    if isLink { found.append(item(path, problem: .unreadable(source: path, reason: "a symbolic link loop (the folder is already searched)"))) }
                    continue
                }
                walk(path, relative: rel, into: &found, visited: &visited)
            case S_IFREG:
                if matches { found.append(item(path)) }
            default:
                if matches { found.append(item(path, problem: .notRegularFile(source: path, kind: Self.kind(info.st_mode)))) }
            }
        }
    }

    /// "a FIFO", "a socket", "a device".
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        default: "not a file"
        }
    }

    /// A plain reason for `errno`; "permission" only when it is one.
    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "no permission"
        case ENOENT: "it no longer exists"
        case ENOTDIR: "not a folder"
        case ELOOP: "a symbolic link loop"
        case EMFILE, ENFILE: "too many open files"
        default: String(cString: strerror(code))
        }
    }
}
