import Foundation

/// Runs `work` over `0..<count` on several threads and hands the results to `emit` in index
/// order, as soon as each one and all before it are done.
///
/// At most `window` results wait between the workers and `emit`: a worker does not start item
/// `i` until item `i - window` has been emitted, so memory stays flat however long the batch
/// is, and one slow document holds back at most `window` finished ones.
///
/// ```swift
/// OrderedBatch.run(count: files.count, concurrency: 8) { i in
///     analyse(files[i])                       // on a worker thread
/// } emit: { i, record in
///     print(try! record.jsonLine())           // on the calling thread, in order 0, 1, 2…
/// }
/// ```
///
/// When `emit` throws (an output failed), no further item starts and the error is rethrown.
package enum OrderedBatch {
    /// - Parameters:
    ///   - concurrency: worker threads (at least 1).
    ///   - window: results that may wait for their turn; at least `concurrency`; default 4 × `concurrency`.
    package static func run<Output: Sendable>(
        count: Int, concurrency: Int, window: Int? = nil,
        work: @escaping @Sendable (Int) -> Output,
        emit: (Int, Output) throws -> Void
    ) rethrows {
        guard count > 0 else { return }
        let workers = max(1, min(concurrency, count))
        let state = State<Output>(window: max(workers, window ?? 4 * workers))
        for _ in 0..<workers {
            let thread = Thread {
                while let i = state.claim(count: count) {
                    state.finish(i, work(i))
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        do {
            for i in 0..<count {
                try emit(i, state.take(i))
            }
        } catch {
            // No new item starts; those under way finish on their threads and are dropped.
            state.cancel()
            throw error
        }
    }

    private final class State<Output: Sendable>: @unchecked Sendable {
        let window: Int
        let condition = NSCondition()
        var nextToStart = 0
        var nextToEmit = 0
        var results = [Int: Output]()

        init(window: Int) { self.window = window }

        /// The next index to work on, waiting while the window is full; nil when all are claimed.
        var cancelled = false

        func claim(count: Int) -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while !cancelled && nextToStart < count && nextToStart - nextToEmit >= window { condition.wait() }
            guard !cancelled, nextToStart < count else { return nil }
            nextToStart += 1
            return nextToStart - 1
        }

        func cancel() {
            condition.lock()
            cancelled = true
            results.removeAll()
            condition.broadcast()
            condition.unlock()
        }

        func finish(_ i: Int, _ output: Output) {
            condition.lock()
            if !cancelled { results[i] = output }
            condition.broadcast()
            condition.unlock()
        }

        /// Waits for result `i`, removes it and opens the window by one.
        func take(_ i: Int) -> Output {
            condition.lock()
            defer { condition.unlock() }
            while results[i] == nil { condition.wait() }
            nextToEmit = i + 1
            condition.broadcast()
            return results.removeValue(forKey: i)!
        }
    }
}
