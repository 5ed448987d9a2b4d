import TutorCore

/// What happened during a supervised run.
public struct RunOutcome: Sendable {
    /// How the main process ended.
    public var termination: Termination
    /// The run's `timeout` elapsed and the supervisor stopped it.
    public var timedOut: Bool
    /// mp-tutor received Ctrl-C (or SIGTERM/SIGHUP) during the run and stopped it.
    public var interrupted: Bool
    /// The first signal that stopped the run: SIGINT (Ctrl-C, or `q` in a live view), SIGTERM or SIGHUP.
    public var interruptSignal: Int32?
    /// When mp-tutor passed the Ctrl-C on to the run's process group as SIGINT, in ns since the run started (gaps 34A).
    public var interruptSentAtNs: UInt64?
    /// `CLOCK_MONOTONIC` (ns) read right before spawning: the same clock as `time.monotonic_ns()`.
    var startedAtMonotonicNs: UInt64
    /// `CLOCK_MONOTONIC` (ns) when the main process was seen to end (within about 10 ms).
    var endedAtMonotonicNs: UInt64
    /// Process id of the main process, which also leads the run's process group.
    var pid: Int32
    /// Processes that were still alive after the main one ended and had to be stopped
    /// (SIGTERM or SIGKILL). Always empty where there is no `/proc` to list them.
    var leftoverPids: [Int32]
    /// Signals mp-tutor received during the run and did not act on (guard 23), in arrival order.
    public var receivedSignals: [ReceivedSignal]
    /// How many more arrived past `ReceivedSignal.limit` (guard 24).
    public var receivedSignalsDropped = 0
    /// How much the machine's other work held the run back (load 31); nil where it could not be measured.
    public var machineLoad: MachineLoad?
    /// Everything the run wrote to standard output.
    public var stdout: [UInt8]
    /// Everything the run wrote to standard error.
    public var stderr: [UInt8]

    /// Creates an outcome (the supervisor builds these; tests and replays may too).
    public init(
        termination: Termination,
        timedOut: Bool = false,
        interrupted: Bool = false,
        interruptSignal: Int32? = nil,
        startedAtMonotonicNs: UInt64,
        endedAtMonotonicNs: UInt64,
        pid: Int32,
        leftoverPids: [Int32] = [],
        receivedSignals: [ReceivedSignal] = [],
        stdout: [UInt8] = [],
        stderr: [UInt8] = []
    ) {
        self.termination = termination
        self.timedOut = timedOut
        self.interrupted = interrupted
        self.interruptSignal = interrupted ? (interruptSignal ?? 2) : nil
        self.startedAtMonotonicNs = startedAtMonotonicNs
        self.endedAtMonotonicNs = endedAtMonotonicNs
        self.pid = pid
        self.leftoverPids = leftoverPids
        self.receivedSignals = receivedSignals
        self.stdout = stdout
        self.stderr = stderr
    }
}
