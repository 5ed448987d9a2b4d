#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// Catches Ctrl-C (SIGINT), SIGTERM and SIGHUP sent to mp-tutor while a run is supervised,
/// so that mp-tutor can stop the run's whole process group before it exits.
///
/// A plain `sigaction` handler writes the signal number as one byte to a pipe that the
/// supervisor polls next to the child's output (the self-pipe trick). Dispatch signal sources
/// are not used: on Linux, libdispatch installs its own handler only the first time a signal
/// is watched, so after we restore the previous disposition once, later runs lose the signal.
///
/// The pipe is created once and never closed, so a handler still running on another thread
/// while a run ends can never write into a reused descriptor. Only one run at a time catches
/// interrupts; `install()` returns `nil` for a run nested in or parallel to another.
final class InterruptCatcher: @unchecked Sendable {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// The process-wide pipe: the handler writes to `.write`, the active run polls `.read`.
    private static let pipeEnds: (read: Int32, write: Int32)? = {
        guard let ends = try? Descriptors.makePipe() else { return nil }
        // Neither end may block: not the handler, not `takeSignals`.
        for fd in [ends.read, ends.write] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        handlerFD = ends.write
        return ends
    }()
    /// Read by the signal handler; written once, before any handler is installed.
    nonisolated(unsafe) private static var handlerFD: Int32 = -1
    private static let activeLock = ProcessLock()
    nonisolated(unsafe) private static var isActive = false

    /// The end to `poll`; readable once a signal arrived.
    var readFD: Int32 { Self.pipeEnds?.read ?? -1 }
    private var saved: [(signal: Int32, action: sigaction)] = []

    /// Starts catching, or returns `nil` when another run already does.
    static func install() -> InterruptCatcher? {
        guard pipeEnds != nil else { return nil }
        let claimed = activeLock.withLock { () -> Bool in
            if isActive { return false }
            isActive = true
            return true
        }
        return claimed ? InterruptCatcher() : nil
    }

    private init() {
        _ = takeSignals()  // stale bytes from an earlier run
        for signalNumber in Self.signals {
            var previous = sigaction()
            sigaction(signalNumber, nil, &previous)
            // A signal ignored when we started (nohup, a background job) stays ignored.
            if Self.isIgnored(previous) { continue }
            // SA_RESTART: other threads' blocking calls just continue.
            if SignalAction.install(Self.handler, for: signalNumber) != nil {
                saved.append((signalNumber, previous))
            }
        }
    }

    /// The first SIGTERM or SIGHUP a run saw (Ctrl-C is not counted: a view's key delivers it too).
    nonisolated(unsafe) static var firstStopSignal: Int32?

    /// The signals that arrived since the last call, oldest first.
    func takeSignals() -> [Int32] {
        var buffer = [UInt8](repeating: 0, count: 64)
        var result: [Int32] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { read(readFD, $0.baseAddress, $0.count) }
            if count > 0 {
                result += buffer[0..<count].map { Int32($0) }
                if Self.firstStopSignal == nil, let stop = result.first(where: { $0 == SIGTERM || $0 == SIGHUP }) {
                    Self.firstStopSignal = stop
                }
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return result
            }
        }
    }

    /// Puts back the dispositions mp-tutor had before the run and lets another run catch.
    func restore() {
        for (signalNumber, action) in saved {
            var action = action
            sigaction(signalNumber, &action, nil)
        }
        saved.removeAll()
        Self.activeLock.withLock { Self.isActive = false }
    }

    /// Hands `signalNumber` to the active run exactly as the handler would, for a Ctrl-C that arrived
    /// as a key (raw mode turns it into a byte). With no active run the byte waits in the pipe and the
    /// next run drops it as stale when it starts.
    static func deliver(_ signalNumber: Int32) {
        guard let ends = pipeEnds else { return }
        var byte = UInt8(truncatingIfNeeded: signalNumber)
        _ = write(ends.write, &byte, 1)
    }

    /// Async-signal-safe: one `write`, with `errno` preserved for the interrupted code.
    private static let handler: @convention(c) (Int32) -> Void = { signalNumber in
        let savedErrno = errno
        var byte = UInt8(truncatingIfNeeded: signalNumber)
        _ = write(InterruptCatcher.handlerFD, &byte, 1)
        errno = savedErrno
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        #if canImport(Darwin)
        let handler = unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self)
        #else
        let handler = unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
        #endif
        return handler == 1  // SIG_IGN
    }
}
