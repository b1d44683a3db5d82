import Foundation

/// Messages on standard error, and a progress bar there when it is a terminal:
/// `[██████░░░░░░]  612/1000  48.3 files/s  ETA 0:08`. Messages clear the bar first.
final class Console: @unchecked Sendable {
    private let showBar: Bool
    private let total: Int
    private let start = Date()
    private var done = 0
    private var lastDraw = Date.distantPast
    private var barVisible = false
    private let lock = NSLock()

    init(total: Int, quiet: Bool) {
        self.total = total
        self.showBar = !quiet && Terminal.stderrIsTTY && total > 1
    }

    /// A warning or error line.
    func message(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        clearLocked()
        FileHandleOutput.standardError.write(text + "\n")
    }

    /// One more input finished.
    func advance() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        guard showBar else { return }
        let now = Date()
        if done == total || now.timeIntervalSince(lastDraw) >= 0.1 {
            lastDraw = now
            draw(now)
        }
    }

    private func draw(_ now: Date) {
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let width = 24
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let eta = rate > 0 ? Int(Double(total - done) / rate) : 0
        let line = "\r[\(bar)] \(done)/\(total)  \(String(format: "%.1f", rate)) files/s  ETA \(eta / 60):\(String(format: "%02d", eta % 60)) "
        FileHandleOutput.standardError.write(line)
        barVisible = true
    }

    private func clearLocked() {
        if barVisible {
            FileHandleOutput.standardError.write("\r\u{1B}[2K")
            barVisible = false
        }
    }

    /// Removes the bar.
    func finish() {
        lock.lock()
        clearLocked()
        lock.unlock()
    }
}
