#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SignalAction {
    /// A handler that is also told who sent the signal (`SA_SIGINFO`).
    public typealias InfoHandler = @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void

    /// Installs `handler` with `SA_SIGINFO` (and `flags`); returns the action it replaced, or nil when sigaction failed.
    /// A handler, unlike `SIG_IGN`, is reset to the default action by exec: a program mp-tutor starts does not inherit it.
    @discardableResult
    public static func installWithInfo(_ handler: @escaping InfoHandler, for signalNumber: Int32,
                                       flags: Int32 = SA_RESTART) -> sigaction? {
        var action = sigaction()
        #if canImport(Darwin)
        action.__sigaction_u.__sa_sigaction = handler
        #else
        action.__sigaction_handler.sa_sigaction = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = flags | SA_SIGINFO
        var previous = sigaction()
        return sigaction(signalNumber, &action, &previous) == 0 ? previous : nil
    }

    /// The pid that sent a signal with kill(), sigqueue() or tgkill(); 0 when the kernel sent it (a terminal's
    /// Ctrl-C, a timer, a pipe). Async-signal-safe.
    public static func senderPid(_ info: UnsafeMutablePointer<siginfo_t>?) -> Int32 {
        guard let info else { return 0 }
        // SI_USER 0, SI_QUEUE -1, SI_TKILL -6 and the other user codes are <= 0; the kernel's are > 0.
        guard info.pointee.si_code <= 0 else { return 0 }
        #if canImport(Darwin)
        return info.pointee.si_pid
        #else
        return info.pointee._sifields._kill.si_pid
        #endif
    }
}
