#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

extension Supervisor {
    /// Stops the run being supervised (on any thread) exactly as Ctrl-C would: SIGINT to its process
    /// group, SIGTERM after the grace, then SIGKILL; a second call kills at once. For a view that reads
    /// Ctrl-C as a key in raw mode.
    public static func interruptRun() {
        InterruptCatcher.deliver(SIGINT)
    }

    /// Ends mp-tutor the way an interrupted program should: killed by SIGINT, so the shell
    /// sees a real interrupt (status 130, and a script running mp-tutor stops too).
    /// Call it after the run was `interrupted` and the terminal was restored.
    public static func exitAfterInterrupt() -> Never {
        exitBySignal(SIGINT)
    }

    /// The signal (SIGTERM, SIGHUP or SIGQUIT) that stopped a run of this mp-tutor, if one did: mp-tutor then ends
    /// by the same signal once it has cleaned up, as a well-behaved program does.
    public static var receivedStopSignal: Int32? {
        InterruptCatcher.firstStopSignal
    }

    /// Ends mp-tutor killed by `signalNumber` (status 128+N in a shell), after the run was stopped by it.
    public static func exitBySignal(_ signalNumber: Int32) -> Never {
        if signalNumber == SIGQUIT {
            // SIGQUIT's default action dumps core: the run was stopped cleanly, so say "quit" without leaving a core file.
            #if canImport(Glibc)
            let core = __rlimit_resource_t(RLIMIT_CORE.rawValue)
            #else
            let core = RLIMIT_CORE
            #endif
            var limit = rlimit(rlim_cur: 0, rlim_max: 0)
            _ = getrlimit(core, &limit)
            limit.rlim_cur = 0
            _ = setrlimit(core, &limit)
        }
        signal(signalNumber, SIG_DFL)
        // The signal source machinery may have left it blocked on this thread.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signalNumber)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(signalNumber)
        exit(128 + signalNumber)
    }
}
