import Foundation

/// The package's root folder (the one holding `Package.swift`), found from this file's path: tests read `Corpus/`,
/// `Sources/` and `../shared` from it.
enum PackageRoot {
    static let url: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1, !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()
}
