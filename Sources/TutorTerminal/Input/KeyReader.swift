#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// Waits for keys on stdin, and wakes up when the terminal is resized (SIGWINCH, through a self-pipe).
public final class KeyReader {
    /// What woke the reader.
    public enum Wake {
        case keys([Key])
        case resized
        /// stdin closed or failed.
        case closed
        /// Nothing came within the time asked for.
        case timedOut
    }

    /// How long a lone ESC waits for the rest of an arrow key's sequence.
    static let escapeWaitMs: Int32 = 40

    private var decoder = KeyDecoder()
    private let resize = ResizeSignal()

    public init() { resize.start() }

    deinit { resize.stop() }

    /// Waits for keys or a resize, for at most `timeoutMs` (-1: for ever).
    public func next(timeoutMs: Int32 = -1) -> Wake {
        while true {
            var fds = [pollfd(fd: KeyboardDevice.descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: resize.readFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, nfds_t(resize.readFD >= 0 ? 2 : 1), timeoutMs)
            if ready < 0 {
                // A signal handled on this thread (the run's catcher): the caller's loop decides again.
                if errno == EINTR { if timeoutMs < 0 { continue } else { return .timedOut } }
                return .closed
            }
            if ready == 0 { return .timedOut }
            if fds.count > 1, fds[1].revents != 0 {
                resize.drain()
                return .resized
            }
            guard fds[0].revents != 0 else { continue }
            guard let bytes = readAvailable() else { return .closed }
            var keys = decoder.feed(bytes)
            // The rest of an escape sequence may come in a later read: wait a moment for it.
            while decoder.hasPending {
                var more = [pollfd(fd: KeyboardDevice.descriptor, events: Int16(POLLIN), revents: 0)]
                if poll(&more, 1, Self.escapeWaitMs) > 0, let extra = readAvailable() {
                    keys += decoder.feed(extra)
                } else {
                    keys += decoder.flush()
                }
            }
            if !keys.isEmpty { return .keys(keys) }
        }
    }

    private func readAvailable() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(KeyboardDevice.descriptor, $0.baseAddress, $0.count) }
            if count > 0 { return Array(buffer[0..<count]) }
            if count < 0, errno == EINTR { continue }
            return nil
        }
    }
}
