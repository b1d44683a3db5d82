import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the CLI needs to know about its terminal.
enum Terminal {
    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }
    /// Colours unless `NO_COLOR` is set (https://no-color.org).
    static var coloursAllowed: Bool { ProcessInfo.processInfo.environment["NO_COLOR"] == nil }
}

