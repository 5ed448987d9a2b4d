/// How the run ended, as mp-tutor's supervisor saw it.
public struct RunFacts: Sendable, Equatable {
    /// The main process's exit code, when it exited.
    public var exitCode: Int32?
    /// The signal that ended the main process, when one did.
    public var signal: Int32?
    /// The watchdog stopped the run.
    public var timedOut: Bool
    /// The learner pressed Ctrl-C.
    public var interrupted: Bool
    /// The watchdog's limit in seconds, if one was set.
    public var timeoutSeconds: Double?
    /// Wall time from start to the main process's end, in ns.
    public var durationNs: Int64
    /// Processes still alive after the main one ended, which mp-tutor had to stop.
    public var leftoverPids: [Int32]

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
}
