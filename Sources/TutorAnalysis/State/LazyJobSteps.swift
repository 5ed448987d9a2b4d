import TutorCore

/// A `JobSteps` sorted on its first look-up, not when the run's lookup is made: the doomed-wait queries look a job up
/// only for a wait that a `terminate()` or a dead result handler came before, so on a run without either (the 1M
/// `pool_get` mix: 200k submits and 200k results) the two sorts were done twice for nothing (perf 33: 25M of the
/// main thread's instructions at 100k). Answers are `JobSteps`'; used on one thread (a note pass's own lookup).
final class LazyJobSteps {
    private let events: [TraceEvent]
    private let indices: [Int]
    private var sorted: JobSteps?

    /// The steps `events` at `indices` (in order) are at, by their process and job, sorted when first asked.
    init(_ events: [TraceEvent], _ indices: [Int]) {
        self.events = events
        self.indices = indices
    }

    /// True once a look-up has sorted the steps (for tests: a run with nothing to look up never sorts).
    var isSorted: Bool { sorted != nil }

    /// The steps of `key`, in order; nil when it has none (`JobSteps`' subscript).
    subscript(key: PoolWaitLookup.JobKey) -> ArraySlice<Int>? {
        if let sorted { return sorted[key] }
        let made = JobSteps(events, indices)
        sorted = made
        return made[key]
    }
}
