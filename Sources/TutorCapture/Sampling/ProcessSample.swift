import TutorCore

/// One reading of one process's scheduler figures from the OS.
struct ProcessSample: Sendable, Equatable {
    var pid: Int32
    /// CLOCK_MONOTONIC when it was read.
    var t: UInt64
    /// The state letter from `/proc/<pid>/stat`: R running or runnable, S sleeping, D uninterruptible, Z zombie, ...
    var state: Character
    /// Time on a CPU so far (`/proc/<pid>/schedstat`, field 1).
    var cpuNs: UInt64
    /// Time spent runnable but waiting for a CPU so far (`schedstat`, field 2).
    var readyNs: UInt64
    var voluntarySwitches: Int
    var involuntarySwitches: Int
}
