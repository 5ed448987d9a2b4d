#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The supervised run's processes as job control must see them (fix 25). Untraced, Ctrl-Z stops the program; traced,
/// the run's processes lead a process group of their own that the terminal's Ctrl-Z does not reach, so whoever stops
/// mp-tutor (the run's signal catcher on SIGTSTP, the step view on its Ctrl-Z key) stops them first, in
/// `whileStopped`, and continues them as soon as mp-tutor is continued. The time stopped is not the program's: the
/// watchdog (`--timeout`) adds it to its deadline (`stoppedNs`).
///
/// Process-wide, as the signal catcher is: one supervised run at a time registers here (`Supervisor.run`).
public enum RunSuspension {
    private static let lock = ProcessLock()
    nonisolated(unsafe) private static var group: Int32 = 0
    nonisolated(unsafe) private static var escaped: [Int32] = []
    nonisolated(unsafe) private static var stoppedTotalNs: UInt64 = 0
    /// When the stop under way began: counted already, for the supervisor's thread continued with mp-tutor before the
    /// thread that stopped it adds it up.
    nonisolated(unsafe) private static var stoppedSinceNs: UInt64?
    nonisolated(unsafe) private static var stopList: [Stop] = []
    nonisolated(unsafe) private static var writeStop: (@Sendable (Stop, Bool) -> Void)?

    /// One stretch during which the registered run was stopped with mp-tutor (gaps 27B: the transcript records it).
    public struct Stop: Sendable, Equatable {
        /// CLOCK_MONOTONIC when the run's processes were sent the stop, and when they were sent SIGCONT.
        public var stoppedAtNs: UInt64
        public var continuedAtNs: UInt64
        /// What stopped mp-tutor and was sent on to the run (SIGTSTP: Ctrl-Z; SIGTTIN, SIGTTOU: a background read, write).
        public var signal: Int32
        /// Who sent mp-tutor that signal with kill(): 0 when the kernel did (a terminal's Ctrl-Z, a background read or
        /// write; `SignalAction.senderPid` tells them apart by `si_code`), so only a stop with 0 is worded "Ctrl-Z".
        public var senderPid: Int32 = 0
    }

    /// The run's process group (its main process's pid) from its start; its time stopped starts at zero.
    /// `writeStop`: called as each stop of the run happens (`false`: the run's processes were just sent the stop,
    /// `continuedAtNs` not known yet) and ends (`true`), so that the run's record holds it when it happens (gaps 29D:
    /// a live view showed it only at the run's end, and a SIGKILLed mp-tutor never wrote it).
    public static func register(processGroup: Int32, writeStop: (@Sendable (Stop, Bool) -> Void)? = nil) {
        lock.withLock {
            (group, escaped, stoppedTotalNs, stoppedSinceNs, stopList) = (processGroup, [], 0, nil, [])
            Self.writeStop = writeStop
        }
    }

    /// The run is over: a later Ctrl-Z stops mp-tutor alone.
    public static func unregister(processGroup: Int32) {
        lock.withLock { if group == processGroup { (group, escaped, writeStop) = (0, [], nil) } }
    }

    /// The run's processes that left its group (`setsid`), as the supervisor last found them.
    public static func noteEscaped(_ pids: [Int32]) {
        lock.withLock { escaped = pids }
    }

    /// The stops of the last registered run, oldest first (kept after it is unregistered, until the next registers).
    public static var stops: [Stop] { lock.withLock { stopList } }

    /// How long the registered run was stopped with mp-tutor, in total.
    public static var stoppedNs: UInt64 {
        lock.withLock { stoppedTotalNs + (stoppedSinceNs.map { MonotonicClock.nowNs() - $0 } ?? 0) }
    }

    /// Stops the run's processes, runs `stopSelf` (which returns once mp-tutor is continued), then continues them.
    /// SIGTSTP to the run's group, what the terminal sends a program untraced (a handler of the program's runs as it
    /// would); SIGSTOP to a process that left it (in a session of its own a SIGTSTP would be discarded: its group is
    /// orphaned). Not under the lock while stopped: the supervisor's thread takes it again after the continue.
    /// `signal`: what stops mp-tutor, sent on to the run's group as a shell job's members all get it (guard 26: a
    /// background mp-tutor's read or, under `stty tostop`, write stops it by SIGTTIN or SIGTTOU).
    /// `sender`: who sent it by kill() (0: the kernel, as for a terminal's Ctrl-Z or the step view's Ctrl-Z key).
    ///
    /// Clean 34: in an orphaned group (no shell left to continue it) nothing is stopped, as the kernel discards a
    /// terminal's stop there. `writeStop(_, false)` also tells the run's lifeline that mp-tutor is stopping: it then
    /// watches for a stop that no shell can end (`Lifeline.script`).
    public static func whileStopped(sending signal: Int32 = SIGTSTP, sender: Int32 = 0, _ stopSelf: () -> Void) {
        guard !JobGroup.isOrphaned else { return }
        let (runGroup, others) = lock.withLock { (group, escaped) }
        if runGroup > 0 { _ = kill(-runGroup, signal) }
        for pid in others { _ = kill(pid, SIGSTOP) }
        let stoppedAt = MonotonicClock.nowNs()
        let write = lock.withLock { () -> (@Sendable (Stop, Bool) -> Void)? in
            guard group == runGroup, runGroup > 0 else { return nil }
            stoppedSinceNs = stoppedAt
            return writeStop
        }
        let sender = max(sender, 0)
        // written before mp-tutor stops: a SIGKILL while stopped must find it in the run's folder
        write?(Stop(stoppedAtNs: stoppedAt, continuedAtNs: stoppedAt, signal: signal, senderPid: sender), false)
        stopSelf()
        if runGroup > 0 { _ = kill(-runGroup, SIGCONT) }
        for pid in others { _ = kill(pid, SIGCONT) }
        let continuedAt = MonotonicClock.nowNs()
        let stop = Stop(stoppedAtNs: stoppedAt, continuedAtNs: continuedAt, signal: signal, senderPid: sender)
        let writeContinue = lock.withLock { () -> (@Sendable (Stop, Bool) -> Void)? in
            defer { stoppedSinceNs = nil }
            guard group == runGroup, runGroup > 0 else { return nil }
            stoppedTotalNs += continuedAt - stoppedAt
            stopList.append(stop)
            return writeStop
        }
        writeContinue?(stop, true)
    }
}
