#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// The columns and rows the step-through view may use.
struct TerminalSize: Sendable, Equatable {
    var width: Int
    var height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// No height limit: what printing every step to a pipe uses, so nothing is cut.
    static func unlimitedHeight(width: Int) -> TerminalSize { .init(width: width, height: 1_000_000) }

    /// The size of the terminal behind `fileDescriptor` (TIOCGWINSZ), or nil when it is not a terminal.
    static func of(fileDescriptor: Int32) -> TerminalSize? {
        var size = winsize()
        // Glibc imports TIOCGWINSZ as Int32 while ioctl takes UInt; Darwin uses UInt for both.
        let status = withUnsafeMutablePointer(to: &size) { ioctl(fileDescriptor, UInt(TIOCGWINSZ), $0) }
        guard status == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return TerminalSize(width: Int(size.ws_col), height: Int(size.ws_row))
    }
}
