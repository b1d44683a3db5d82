import Foundation

/// At most `limit` analyses at once, each on a Dispatch thread (not on Swift's cooperative pool,
/// which the server's own tasks need), with at most `queueLimit` requests waiting for a slot;
/// beyond that, ``ServiceError/busy``.
actor AnalysisSlots {
    let limit: Int
    let queueLimit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int, queueLimit: Int) {
        self.limit = max(1, limit)
        self.queueLimit = max(0, queueLimit)
    }

    /// Runs `work` in a free slot, waiting for one if needed.
    func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws(ServiceError) -> T {
        if running < limit {
            running += 1
        } else {
            guard waiting.count < queueLimit else { throw .busy }
            await withCheckedContinuation { waiting.append($0) }
        }
        defer { release() }
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }

    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
