/// How the run ended, as mp-tutor's supervisor saw it.
public struct RunFacts: Sendable, Equatable {
    /// The main process's exit code, when it exited.
    public var exitCode: Int32?
    /// The signal that ended the main process, when one did.
    public var signal: Int32?
    /// The watchdog stopped the run.
    public var timedOut: Bool
    /// The learner pressed Ctrl-C, or mp-tutor was told to stop (see `interruptSignal`).
    public var interrupted: Bool
    /// What stopped the run when `interrupted`: 2 (SIGINT: Ctrl-C), 15 (SIGTERM), 1 (SIGHUP) or 3 (SIGQUIT: Ctrl-\);
    /// nil in transcripts recorded before the field existed (they meant Ctrl-C).
    public var interruptSignal: Int32?
    /// When mp-tutor passed a Ctrl-C on to every process of the run as SIGINT, in ns since the run started (gaps 34A):
    /// what a child's KeyboardInterrupt after it came from. nil when it sent none, and in transcripts recorded before.
    public var interruptSentNs: Int64?
    /// Why the run's record is missing or cut short, when mp-tutor knows: e.g. the temporary folder
    /// ran out of space, or no process recorded anything. Claims are never proved on such a record.
    public var recordingProblem: String?
    /// The watchdog's limit in seconds, if one was set.
    public var timeoutSeconds: Double?
    /// Wall time from start to the main process's end, in ns.
    public var durationNs: Int64
    /// Processes still alive after the main one ended, which mp-tutor had to stop.
    public var leftoverPids: [Int32]
    /// Signals mp-tutor itself received during the run and did not act on (guard 23), at most `ReceivedSignal.limit`;
    /// in the trailer as `run.received_signals` (guard 24).
    public var receivedSignals: [ReceivedSignal] = []
    /// How many more arrived past `ReceivedSignal.limit` (not kept one by one).
    public var receivedSignalsDropped = 0
    /// At least this many characters the run wrote to stdout (stderr) are on no row: no `print` event accounts for
    /// them (written past `sys.stdout`, e.g. `sys.stdout.buffer.write`, `os.write`, a subprocess). 0 when none were
    /// found, and in transcripts recorded before the field existed or from a run whose output was not compared.
    public var unrecordedStdoutChars = 0
    public var unrecordedStderrChars = 0
    /// The lines of stdout (stderr) no `print` event accounts for, as the stream had them (gaps 28D); empty in
    /// transcripts recorded before the field existed.
    public var unrecordedStdoutLines = UnrecordedLines()
    public var unrecordedStderrLines = UnrecordedLines()
    /// How busy the machine was during the run, measured from the run itself (load 31); `nil` where it cannot be
    /// read (no `/proc`) and in transcripts recorded before the field existed.
    public var machineLoad: MachineLoad?
    /// False in the facts a live view's transcript carries while the run still goes (`LiveTranscript`): its last event
    /// so far is not the run's last, so no wait open there is one "still waiting when the run ended" (load 33). Not
    /// written: every transcript read or written is of a run that is over.
    public var isOver = true

    public init(exitCode: Int32? = 0, signal: Int32? = nil, timedOut: Bool = false, interrupted: Bool = false,
                timeoutSeconds: Double? = nil, durationNs: Int64 = 0, leftoverPids: [Int32] = []) {
        self.exitCode = exitCode
        self.signal = signal
        self.timedOut = timedOut
        self.interrupted = interrupted
        self.timeoutSeconds = timeoutSeconds
        self.durationNs = durationNs
        self.leftoverPids = leftoverPids
    }

    /// What stopped an interrupted run, as a learner would say it: "Ctrl-C", "SIGTERM", "SIGHUP".
    public var interruptName: String {
        switch interruptSignal {
        case 15: "SIGTERM"
        case 1: "SIGHUP"
        case 3: "SIGQUIT"
        default: "Ctrl-C"
        }
    }
}
