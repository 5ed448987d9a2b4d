#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CaughtSignal {
    /// A SIGTTIN or SIGTTOU the kernel sent (a background mp-tutor read the terminal, or wrote it under `stty tostop`,
    /// or changed its modes) that no longer holds: mp-tutor is the terminal's foreground job by the time the catcher
    /// reads it. The kernel sends one at each try of the call, and a restarted call tries again before the catcher
    /// has stopped mp-tutor: those queued behind the first would stop mp-tutor again at `fg` (guard 26). One sent by
    /// a process (`kill -TTOU`) is never stale: it stops mp-tutor wherever it is, as it did before.
    var isStaleBackgroundStop: Bool {
        guard signal == SIGTTIN || signal == SIGTTOU, senderPid == 0 else { return false }
        let terminal = open("/dev/tty", O_RDONLY | O_NOCTTY | O_CLOEXEC)
        guard terminal >= 0 else { return false }
        defer { close(terminal) }
        let foreground = tcgetpgrp(terminal)
        return foreground > 0 && foreground == getpgrp()
    }
}
