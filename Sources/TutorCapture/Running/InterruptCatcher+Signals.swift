#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension InterruptCatcher {
    /// The signals that, from outside the run, stop it. SIGQUIT (a terminal's Ctrl-\) too (guard 24): it stops the
    /// run as SIGTERM does, with no survivors and the terminal restored, and mp-tutor then ends by SIGQUIT with no
    /// core file (`Supervisor.exitBySignal`).
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Signals a program may send its parent whose default action would end mp-tutor: noted, never acted on, whoever
    /// sent them (guard 23: SIGUSR1, SIGUSR2, SIGALRM; guard 24: the rest, with the real-time signals on Linux).
    static let noticeSignals: [Int32] = {
        var list: [Int32] = [SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGIO]
        #if os(Linux)
        list += [SIGPWR, SIGSTKFLT]
        list += Array(realTimeSignals)
        #endif
        return list
    }()

    /// Signals whose default action stops mp-tutor (guard 24). From a process of the run they are noted; from anyone
    /// else (a terminal's Ctrl-Z, a background read or write) they do what they did before (`passOn`).
    static let jobControlSignals: [Int32] = [SIGTSTP, SIGTTIN, SIGTTOU]

    #if os(Linux)
    /// SIGRTMIN...SIGRTMAX as this glibc reserves them (it keeps the first two or three for itself).
    static let realTimeSignals: ClosedRange<Int32> = __libc_current_sigrtmin()...__libc_current_sigrtmax()
    #endif
}
