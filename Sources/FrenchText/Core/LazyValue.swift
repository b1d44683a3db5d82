import Foundation

/// A value built the first time someone asks for it, once, safely from any thread (a class, so
/// that copies of a document share what one of them built).
final class LazyValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var built: Value?

    init() {}

    func value(_ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let value = make()
        built = value
        return value
    }
}
