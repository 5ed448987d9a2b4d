import TutorCore

/// One reading of one process's scheduler figures from the OS.
public struct ProcessSample: Sendable, Equatable {
    public var pid: Int32
    /// CLOCK_MONOTONIC when it was read.
    public var t: UInt64
    /// The state letter from `/proc/<pid>/stat`: R running or runnable, S sleeping, D uninterruptible, Z zombie, ...
    public var state: Character
    /// Time on a CPU so far (`/proc/<pid>/schedstat`, field 1).
    public var cpuNs: UInt64
    /// Time spent runnable but waiting for a CPU so far (`schedstat`, field 2).
    public var readyNs: UInt64
    public var voluntarySwitches: Int
    public var involuntarySwitches: Int
}
