import TutorCore

/// Holds and waits on one lock or semaphore.
public struct LockActivity: Sendable, Equatable {
    /// A time someone held the lock.
    public struct Hold: Sendable, Equatable {
        var pid: Int32
        var process: String
        var thread: String
        var acquiredT: Int64
        var releasedT: Int64?
        /// How long the holder waited before it got the lock (0 when it was free).
        public var waitedNs: Int64
        /// Who held the lock when this holder started waiting, if anyone.
        var blockedBy: String?
    }

    public var object: String
    public var type: String
    var site: String?
    public var holds: [Hold]

    /// Acquisitions that had to wait.
    public var contended: [Hold] { holds.filter { $0.waitedNs > 0 && $0.blockedBy != nil } }
}
