/// A signal mp-tutor itself received during a run and did not act on (guard 23): one sent by a process of the run
/// (an orphan re-parented to mp-tutor, or the main process, signalling its `os.getppid()`), or one from elsewhere whose
/// default action would have ended or stopped mp-tutor and that mp-tutor notes instead (SIGUSR1, SIGUSR2, SIGALRM, …).
/// Written to the transcript's trailer (`run.received_signals`, guard 24).
public struct ReceivedSignal: Sendable, Equatable {
    /// Why `os.getppid()` in the sender named mp-tutor, when mp-tutor saw it as the signal arrived.
    public enum Relation: String, Sendable, Equatable {
        /// The sender was the program's main process: mp-tutor started it.
        case parent
        /// The sender's parent had ended and mp-tutor, the run's child subreaper, had adopted it.
        case adopter
    }

    /// The signal number.
    public var signal: Int32
    /// Its name on the system that received it (`SIGUSR1` is 10 on Linux, 30 on macOS).
    public var name: String
    /// Who sent it; 0 when the kernel did.
    public var senderPid: Int32
    /// The sender was a process of the run.
    public var fromRun: Bool
    /// When it arrived, in ns since the run started (as mp-tutor's supervisor noticed it, within ~10 ms).
    public var atNs: UInt64
    /// How mp-tutor came to be the sender's parent; nil when unknown (a sender that found mp-tutor's pid another way,
    /// one already gone when mp-tutor looked, no `/proc`, or a transcript recorded before guard 24).
    public var relation: Relation?

    /// Creates a record of one received signal.
    public init(signal: Int32, name: String, senderPid: Int32, fromRun: Bool, atNs: UInt64, relation: Relation? = nil) {
        self.signal = signal
        self.name = name
        self.senderPid = senderPid
        self.fromRun = fromRun
        self.atNs = atNs
        self.relation = relation
    }

    /// The most a run keeps, and a transcript may hold: a program that signals its parent in a loop must not grow
    /// mp-tutor's memory or its transcript without end. Those past it are counted in `RunFacts.receivedSignalsDropped`.
    public static let limit = 256
}
