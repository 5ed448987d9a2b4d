#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// One supervised run, from the spawned main process to the moment nothing of it is left.
///
/// Everything happens on the caller's thread in one `poll` loop: output is read as it comes,
/// the main process is reaped, the timeout and Ctrl-C are turned into a `StopPlan`, and after
/// the main process ended the rest of its process group gets `exitGrace` to finish by itself.
final class RunSession {
    /// How long to keep reading output after every process of the run is gone (a process that
    /// escaped our reach may still hold the pipes).
    static let drainAfterEmptyNs: UInt64 = 200_000_000
    /// How long to wait for processes to disappear after SIGKILL before giving up.
    static let killTimeoutNs: UInt64 = 3_000_000_000

    let request: RunRequest
    let child: SpawnedChild
    let catcher: InterruptCatcher?
    /// `NAME=value` added to the child's environment, to recognise its descendants that left
    /// the process group (e.g. with `setsid`) once they are re-parented to us.
    let marker: String
    var pump: OutputPump
    let ownPid = getpid()

    var mainTermination: Termination?
    var endedAtNs: UInt64 = 0
    var timedOut = false
    var interruptCount = 0
    var interruptSignal: Int32?
    /// When the first SIGINT was passed on to the run's process group (gaps 34A), `CLOCK_MONOTONIC` ns.
    var interruptSentNs: UInt64?
    /// Signals mp-tutor received and did not act on: from a process of the run, or SIGUSR1/SIGUSR2/SIGALRM.
    var noticed: [ReceivedSignal] = []
    /// Signals past `ReceivedSignal.limit`, counted only.
    var noticedDropped = 0
    var plan = StopPlan()
    var leftovers: Set<Int32> = []
    /// The run's processes as last seen in `/proc` (empty without `/proc`).
    var members: [ProcessTable.Entry] = []
    var lastScanNs: UInt64 = 0
    var goneSinceNs: UInt64?
    /// The run's waits for a core and the machine's other work (load 31).
    var load = MachineLoadMeter()
    var cutWhileWaiting = false
    /// When the tracer's first event was written; the watchdog counts from then (load 31).
    var firstEvent: FirstEventWatch?
    /// The run's wait for a core when the first event was seen: only the waits after it move the deadline.
    var waitAtFirstEventNs: UInt64 = 0

    var pgid: Int32 { child.pid }

    init(request: RunRequest, child: SpawnedChild, catcher: InterruptCatcher?, marker: String,
         onOutput: (@Sendable (OutputStream, [UInt8]) -> Void)?) {
        self.request = request
        self.child = child
        self.catcher = catcher
        self.marker = marker
        self.firstEvent = request.eventsFolder.map { FirstEventWatch(folder: $0) }
        self.pump = OutputPump(stdoutFD: child.stdoutFD, stderrFD: child.stderrFD, onOutput: onOutput)
        if child.stdinRelayFD >= 0, let source = request.stdinDescriptor {
            pump.relay = InputRelay(source: source, sink: child.stdinRelayFD)
        }
    }

    /// Supervises until the run is over; on any error, kills what is left before throwing.
    func run() throws -> RunOutcome {
        do {
            try supervise()
        } catch {
            forceStop()
            pump.closeAll()
            throw error
        }
        pump.closeAll()
        guard let termination = mainTermination else {
            throw MPTutorError.runFailed(Phrase.errDidNotEnd.text(["pid": child.pid]))
        }
        var outcome = RunOutcome(
            termination: termination, timedOut: timedOut, interrupted: interruptCount > 0, interruptSignal: interruptSignal,
            startedAtMonotonicNs: child.startedAtNs, endedAtMonotonicNs: endedAtNs, pid: child.pid,
            leftoverPids: leftovers.sorted(), receivedSignals: noticed, stdout: pump.stdout, stderr: pump.stderr)
        outcome.receivedSignalsDropped = noticedDropped
        outcome.interruptSentAtNs = interruptSentNs.map { $0 >= child.startedAtNs ? $0 - child.startedAtNs : 0 }
        let limitNs = request.timeout.map { MonotonicClock.nanoseconds($0) } ?? 0
        let extra = timedOut ? watchdogDeadline(limitNs: limitNs) - child.startedAtNs - limitNs - RunSuspension.stoppedNs : 0
        outcome.machineLoad = load.figures(watchdogExtraNs: extra, cutWhileWaiting: cutWhileWaiting)
        return outcome
    }

    private func supervise() throws {
        let timeoutNs = request.timeout.map { MonotonicClock.nanoseconds($0) }
        // the time the run was stopped with mp-tutor (Ctrl-Z) is not the program's: no hang (fix 25). Read after each
        // wait: mp-tutor's threads may have been stopped in it (the step view's Ctrl-Z). Nor is the start-up before the
        // tracer's first event, nor the time a process of the run stood ready with no free core (load 31: a start-up
        // at load 25 took longer than a lesson's 5 s).
        var deadline: UInt64? { timeoutNs.map { watchdogDeadline(limitNs: $0) } }
        while true {
            let timeout = pollTimeoutMs(nowNs: MonotonicClock.nowNs(), deadline: deadline)
            let woke = try pump.pump(timeoutMs: timeout, wakeFD: catcher?.readFD ?? -1)
            var now = MonotonicClock.nowNs()
            if woke, let catcher {
                for caught in catcher.takeSignals() { noteSignal(caught, nowNs: now) }
            }
            now = max(now, MonotonicClock.nowNs()) // after a Ctrl-Z noted above, the time mp-tutor was stopped
            try reap(nowNs: now)
            if mainTermination == nil, !timedOut, deadline.map({ now >= $0 }) == true {
                // The waits are read every 250 ms: read them again before saying the time is up.
                lastScanNs = 0
                scanMembersIfDue(nowNs: now)
            }
            if mainTermination == nil, !timedOut, let deadline, now >= deadline {
                cutWhileWaiting = load.stillWaiting
                // SIGTERM, not SIGINT: Python would print a KeyboardInterrupt traceback in
                // every process, suggesting someone pressed Ctrl-C. SIGTERM ends it silently.
                timedOut = true
                plan.scheduleTermThenKill(atNs: now)
            }
            scanMembersIfDue(nowNs: now)
            sendDueSignals(nowNs: now)
            if isFinished(nowNs: now) { break }
            if let killedAt = plan.killSentAtNs, now > killedAt + Self.killTimeoutNs { break }
        }
        try pump.drainAvailable()
    }

    /// Short while the main process runs (its end is noticed within ~10 ms), never past the
    /// next planned signal or the timeout.
    private func pollTimeoutMs(nowNs: UInt64, deadline: UInt64?) -> Int32 {
        var untilNs: UInt64 = mainTermination == nil ? 10_000_000 : 20_000_000
        if let next = plan.nextDueNs { untilNs = min(untilNs, next > nowNs ? next - nowNs : 0) }
        if mainTermination == nil, !timedOut, let deadline {
            untilNs = min(untilNs, deadline > nowNs ? deadline - nowNs : 0)
        }
        return Int32((untilNs + 999_999) / 1_000_000)
    }

    /// Ctrl-C: forward SIGINT so Python raises KeyboardInterrupt and can clean up, then
    /// SIGTERM after `interruptGrace`, then SIGKILL. SIGTERM/SIGHUP to mp-tutor mean "stop
    /// now": start at SIGTERM. A second signal means the learner is done waiting: SIGKILL.
    func noteInterrupt(_ signal: Int32, nowNs: UInt64) {
        if signal == SIGTERM || signal == SIGHUP || signal == SIGQUIT, InterruptCatcher.firstStopSignal == nil {
            InterruptCatcher.firstStopSignal = signal
        }
        interruptCount += 1
        if interruptSignal == nil { interruptSignal = signal }
        if interruptCount > 1 {
            plan.schedule(SIGKILL, atNs: nowNs)
        } else if signal == SIGINT {
            plan.schedule(SIGINT, atNs: nowNs)
            plan.scheduleTermThenKill(atNs: nowNs + MonotonicClock.nanoseconds(request.interruptGrace))
        } else {
            plan.scheduleTermThenKill(atNs: nowNs)
        }
    }

    /// The main process has ended, nothing of the run is alive (or a zombie we must reap), and
    /// the pipes are closed or have had `drainAfterEmptyNs` to deliver their last bytes.
    private func isFinished(nowNs: UInt64) -> Bool {
        guard mainTermination != nil else { return false }
        if groupExists() || members.contains(where: { $0.pgid != pgid }) {
            goneSinceNs = nil
            return false
        }
        if pump.reachedEnd { return true }
        let since = goneSinceNs ?? nowNs
        goneSinceNs = since
        return nowNs - since >= Self.drainAfterEmptyNs
    }
}
