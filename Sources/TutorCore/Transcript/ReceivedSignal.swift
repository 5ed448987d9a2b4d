/// A signal mp-tutor itself received during a run and did not act on (guard 23): one sent by a process of the run
/// (an orphan re-parented to mp-tutor, or the main process, signalling its `os.getppid()`), or a SIGUSR1, SIGUSR2 or
/// SIGALRM from elsewhere, whose default action would have ended mp-tutor.
public struct ReceivedSignal: Sendable, Equatable {
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

    /// Creates a record of one received signal.
    public init(signal: Int32, name: String, senderPid: Int32, fromRun: Bool, atNs: UInt64) {
        self.signal = signal
        self.name = name
        self.senderPid = senderPid
        self.fromRun = fromRun
        self.atNs = atNs
    }
}
