import Foundation
import Synchronization
import Testing
@testable import FrenchText

@Suite struct OrderedBatchTests {
    @Test(arguments: [1, 2, 4, 8])
    func resultsComeInInputOrder(concurrency: Int) {
        var seen = [Int]()
        OrderedBatch.run(count: 60, concurrency: concurrency, window: 6) { i in
            usleep(UInt32((i * 7919) % 5) * 300)   // uneven work
            return i * i
        } emit: { i, value in
            #expect(value == i * i)
            seen.append(i)
        }
        #expect(seen == Array(0..<60))
    }

    @Test func atMostAWindowOfResultsWaits() {
        let running = Mutex((now: 0, started: 0, maxAhead: 0))
        var emitted = 0
        let window = 5
        OrderedBatch.run(count: 50, concurrency: 4, window: window) { i in
            running.withLock { $0.started = max($0.started, i + 1) }
            usleep(i == 0 ? 20_000 : 200)   // the first one is slow: the others must wait for it
            return i
        } emit: { i, _ in
            running.withLock { $0.maxAhead = max($0.maxAhead, $0.started - i) }
            emitted += 1
        }
        #expect(emitted == 50)
        #expect(running.withLock { $0.maxAhead } <= window + 1)
    }

    @Test func emptyBatchEmitsNothing() {
        var count = 0
        OrderedBatch.run(count: 0, concurrency: 4) { $0 } emit: { _, _ in count += 1 }
        #expect(count == 0)
    }
}
