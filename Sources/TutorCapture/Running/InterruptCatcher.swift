#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// Catches Ctrl-C (SIGINT), SIGTERM, SIGHUP and SIGQUIT sent to mp-tutor while a run is supervised,
/// so that mp-tutor can stop the run's whole process group before it exits; and the signals whose default
/// action would end or stop mp-tutor (guard 23, guard 24: see `noticeSignals`, `jobControlSignals`): mp-tutor is the run's child subreaper,
/// so an orphan of the run that signals its `os.getppid()` signals mp-tutor. Each signal comes with its
/// sender's pid and process group, so the supervisor can tell a signal from the run itself (never a stop).
/// Handlers, not `SIG_IGN`: exec resets a handler to the default, so the traced program sees the
/// dispositions it would see untraced.
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
    static let signals: [Int32] = stopSignals + noticeSignals + jobControlSignals

    /// The process-wide pipe: the handler writes to `.write`, the active run polls `.read`.
    private static let pipeEnds: (read: Int32, write: Int32)? = {
        guard let ends = try? Descriptors.makePipe() else { return nil }
        // Neither end may block: not the handler, not `takeSignals`.
        for fd in [ends.read, ends.write] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        handlerFD = ends.write
        return ends
    }()
    /// Read by the signal handler; written once, before any handler is installed.
    nonisolated(unsafe) static var handlerFD: Int32 = -1
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
        for signalNumber in Self.signals + Self.faultSignals {
            var previous = sigaction()
            sigaction(signalNumber, nil, &previous)
            // A signal ignored when we started (nohup, a background job) stays ignored.
            if Self.isIgnored(previous) { continue }
            let isFault = Self.faultSignals.contains(signalNumber)
            if isFault { Self.faultPrevious[Int(signalNumber)] = previous }
            // SA_RESTART: other threads' blocking calls just continue.
            if SignalAction.installWithInfo(isFault ? Self.faultHandler : Self.handler, for: signalNumber) != nil {
                saved.append((signalNumber, previous))
            }
        }
    }

    /// The first SIGTERM, SIGHUP or SIGQUIT that stopped a run (Ctrl-C is not counted: a view's key delivers it too).
    nonisolated(unsafe) static var firstStopSignal: Int32?

    /// The signals that arrived since the last call, oldest first.
    func takeSignals() -> [CaughtSignal] {
        var buffer = [Int32](repeating: 0, count: 3 * 32)
        var result: [CaughtSignal] = []
        var pending: [Int32] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { read(readFD, $0.baseAddress, $0.count) }
            if count > 0 {
                // Records are written whole (a pipe write under PIPE_BUF is atomic) and the buffer holds whole
                // records, so a read ends on a record's end; `pending` only guards against the impossible.
                pending += buffer[0..<(count / MemoryLayout<Int32>.size)]
                while pending.count >= 3 {
                    result.append(CaughtSignal(signal: pending[0], senderPid: pending[1], senderGroup: pending[2]))
                    pending.removeFirst(3)
                }
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return result
            }
        }
    }

    /// Lets `signalNumber` do what it did before the run (the default action: SIGTSTP stops mp-tutor until SIGCONT;
    /// or the handler a live view installed), then catches it again. For a job-control signal from outside the run.
    ///
    /// Raised while still caught and blocked in this thread, unblocked once the previous action is back (tests 30):
    /// while the default action is back, another thread's call that the kernel answers with the same stop (a
    /// background mp-tutor's raw-mode `tcsetattr`, retried until the stop, guard 26) may stop mp-tutor first. The
    /// shell's `fg` then continues it, and a signal raised after that stopped mp-tutor again in the foreground
    /// (status 150, seen under load). A stop signal still pending when SIGCONT comes is discarded by the kernel, so
    /// the one raised here stops mp-tutor unless it was stopped and continued meanwhile.
    func passOn(_ signalNumber: Int32) {
        guard var previous = saved.first(where: { $0.signal == signalNumber })?.action else { return }
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signalNumber)
        pthread_sigmask(SIG_BLOCK, &set, nil)
        raise(signalNumber)
        var ours = sigaction()
        guard sigaction(signalNumber, &previous, &ours) == 0 else {
            var taken: Int32 = 0
            _ = sigwait(&set, &taken)  // the raised one, pending here, not to be caught as a new stop (POSIX: Darwin too)
            pthread_sigmask(SIG_UNBLOCK, &set, nil)
            return
        }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        sigaction(signalNumber, &ours, nil)
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
        var record: (Int32, Int32, Int32) = (signalNumber, 0, -1)
        _ = withUnsafeBytes(of: &record) { write(ends.write, $0.baseAddress, $0.count) }
    }

    /// Async-signal-safe: `getpgid` and one `write`, with `errno` preserved for the interrupted code. The
    /// sender's group is read here, while the sender cannot yet have been reaped by mp-tutor.
    private static let handler: SignalAction.InfoHandler = { signalNumber, info, _ in
        let savedErrno = errno
        let sender = SignalAction.senderPid(info)
        var record: (Int32, Int32, Int32) = (signalNumber, sender, sender > 0 ? getpgid(sender) : -1)
        _ = withUnsafeBytes(of: &record) { write(InterruptCatcher.handlerFD, $0.baseAddress, $0.count) }
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
