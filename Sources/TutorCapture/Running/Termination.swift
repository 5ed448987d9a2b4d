import TutorCore

/// How the main process of a run ended.
public enum Termination: Sendable, Equatable {
    /// It called `exit` (or returned from main) with this status.
    case exited(Int32)
    /// A signal ended it (for example 9 for SIGKILL, 15 for SIGTERM).
    case signaled(Int32)

    /// Decodes a `waitpid` status. The `WIFEXITED` family are C macros that Swift does not
    /// import, so the (stable, POSIX-wide) bit layout is spelled out here.
    init(waitStatus status: Int32) {
        let signal = status & 0x7f
        if signal == 0 {
            self = .exited((status >> 8) & 0xff)
        } else {
            self = .signaled(signal)
        }
    }
}
