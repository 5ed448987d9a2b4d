#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// Reads a run's stdout and stderr pipes as data arrives, so the child never blocks on a full
/// pipe, and keeps everything it read.
struct OutputPump {
    private var stdoutFD: Int32
    private var stderrFD: Int32
    private let onOutput: (@Sendable (OutputStream, [UInt8]) -> Void)?
    private(set) var stdout: [UInt8] = []
    private(set) var stderr: [UInt8] = []
    private var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    /// The learner's terminal relayed to the run's stdin, while the run may read it.
    var relay: InputRelay?

    init(stdoutFD: Int32, stderrFD: Int32, onOutput: (@Sendable (OutputStream, [UInt8]) -> Void)?) {
        self.stdoutFD = stdoutFD
        self.stderrFD = stderrFD
        self.onOutput = onOutput
    }

    /// Both pipes reported end of file (every writer closed them).
    var reachedEnd: Bool { stdoutFD < 0 && stderrFD < 0 }

    /// Waits up to `timeoutMs` for output or for `wakeFD` to become readable, reads what is
    /// ready (one chunk per pipe), and returns whether `wakeFD` is readable.
    mutating func pump(timeoutMs: Int32, wakeFD: Int32) throws -> Bool {
        var fds = [stdoutFD, stderrFD, wakeFD, relay?.pollFD ?? -1].map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        // poll ignores negative descriptors, so closed pipes and "no wake pipe" need no special case.
        let ready = poll(&fds, nfds_t(fds.count), max(timeoutMs, 0))
        if ready < 0 {
            if errno == EINTR { return false }
            throw MPTutorError.runFailed(Phrase.errWatchOutput.text(["reason": Descriptors.errorText()]))
        }
        let readable = Int16(POLLIN | POLLHUP | POLLERR | POLLNVAL)
        if fds[0].revents & readable != 0 { readOnce(.stdout) }
        if fds[1].revents & readable != 0 { readOnce(.stderr) }
        if fds[3].revents & readable != 0 { relay?.forward() }
        return fds[2].revents & readable != 0
    }

    /// Reads whatever is already waiting in the pipes, without blocking.
    mutating func drainAvailable() throws {
        var rounds = 0
        while !reachedEnd, rounds < 10_000 {
            var fds = [stdoutFD, stderrFD].map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), 0)
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { return }
            _ = try pump(timeoutMs: 0, wakeFD: -1)  // (the relay is closed by then: the main process ended)
            rounds += 1
        }
    }

    /// Closes whatever pipe ends are still open.
    mutating func closeAll() {
        Descriptors.closeIfOpen(&stdoutFD)
        Descriptors.closeIfOpen(&stderrFD)
        relay?.close()
    }

    private mutating func readOnce(_ stream: OutputStream) {
        let fd = stream == .stdout ? stdoutFD : stderrFD
        var count: Int
        repeat {
            count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        } while count < 0 && errno == EINTR
        guard count > 0 else {
            // End of file, or an error that will not go away: either way this pipe is done.
            if stream == .stdout { Descriptors.closeIfOpen(&stdoutFD) } else { Descriptors.closeIfOpen(&stderrFD) }
            return
        }
        let bytes = Array(chunk[0..<count])
        if stream == .stdout { stdout += bytes } else { stderr += bytes }
        onOutput?(stream, bytes)
    }
}
