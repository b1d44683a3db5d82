import Foundation

/// An ``OffsetMap`` built the first time someone asks for it, safely from any thread.
/// Tokenizing never needs it (the tokenizer counts offsets in its own pass); spans made later
/// from UTF-8 or UTF-16 offsets do.
final class LazyOffsetMap: @unchecked Sendable {
    private let text: String
    private let lock = NSLock()
    private var built: OffsetMap?

    init(_ text: String) { self.text = text }

    var map: OffsetMap {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let map = OffsetMap(text)
        built = map
        return map
    }
}
