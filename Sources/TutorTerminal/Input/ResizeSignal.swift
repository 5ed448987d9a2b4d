#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// Turns SIGWINCH into a readable byte on a pipe (the self-pipe trick), so the key loop can `poll` for
/// keys and resizes together.
final class ResizeSignal {
    /// The handler's end; static because a signal handler can reach nothing else.
    nonisolated(unsafe) private static var writeFD: Int32 = -1
    private(set) var readFD: Int32 = -1
    private var previous = sigaction()
    private var installed = false

    func start() {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readFD = fds[0]
        Self.writeFD = fds[1]
        if let replaced = SignalAction.install(Self.handler, for: SIGWINCH) {
            previous = replaced
            installed = true
        }
    }

    func stop() {
        if installed { sigaction(SIGWINCH, &previous, nil) }
        installed = false
        let writeEnd = Self.writeFD
        Self.writeFD = -1
        if writeEnd >= 0 { close(writeEnd) }
        if readFD >= 0 { close(readFD) }
        readFD = -1
    }

    func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while buffer.withUnsafeMutableBytes({ read(readFD, $0.baseAddress, $0.count) }) > 0 {}
    }

    private static let handler: @convention(c) (Int32) -> Void = { _ in
        let savedErrno = errno
        var byte: UInt8 = 1
        if ResizeSignal.writeFD >= 0 { _ = write(ResizeSignal.writeFD, &byte, 1) }
        errno = savedErrno
    }
}
