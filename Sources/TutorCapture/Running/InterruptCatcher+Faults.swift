#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

extension InterruptCatcher {
    /// Signals that usually report a fault of mp-tutor itself, and whose default ends it (guard 25). A program of the
    /// run may send them to its parent (`os.kill(os.getppid(), signal.SIGSEGV)`), and traced that parent is mp-tutor.
    /// Sent by another process with kill(), tgkill() or sigqueue() they are noted as the notice signals are, whoever
    /// sent them (from outside too: handing a kill()ed SIGSEGV to the old action printed "Program crashed: Bad pointer
    /// dereference" for a fault that never happened); a fault of mp-tutor's own (the kernel's codes) or one it raised
    /// itself (abort()) goes to the action it had before the run, untouched (`faultHandler`).
    static let faultSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGSYS, SIGTRAP, SIGXFSZ]

    /// The action each fault signal had before the run (index: the signal), for the handler to put back: a fixed
    /// buffer, allocated before any handler is installed, as a Swift array would not be async-signal-safe.
    nonisolated(unsafe) static let faultPrevious: UnsafeMutablePointer<sigaction> = {
        let buffer = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        buffer.initialize(repeating: sigaction(), count: 65)
        return buffer
    }()

    /// Async-signal-safe. Another process's kill(): written to the pipe like any caught signal. Anything else is
    /// mp-tutor's own: the previous action is put back and the signal goes to it. A fault the kernel raised at an
    /// instruction (SIGSEGV, SIGBUS, SIGILL, SIGFPE) happens again when the handler returns, with its own context
    /// (a crash report names the real fault); any other (abort()'s SIGABRT, SIGXFSZ, SIGTRAP, SIGSYS) is raised again.
    static let faultHandler: SignalAction.InfoHandler = { signalNumber, info, _ in
        let savedErrno = errno
        let sender = SignalAction.senderPid(info)
        if sender > 0 && sender != getpid() {
            var record: (Int32, Int32, Int32) = (signalNumber, sender, getpgid(sender))
            _ = withUnsafeBytes(of: &record) { write(InterruptCatcher.handlerFD, $0.baseAddress, $0.count) }
            errno = savedErrno
            return
        }
        guard signalNumber > 0 && signalNumber < 65 else { return }
        sigaction(signalNumber, InterruptCatcher.faultPrevious + Int(signalNumber), nil)
        let atInstruction = sender == 0 && (signalNumber == SIGSEGV || signalNumber == SIGBUS || signalNumber == SIGILL
                                            || signalNumber == SIGFPE)
        if !atInstruction { raise(signalNumber) }
        errno = savedErrno
    }
}
