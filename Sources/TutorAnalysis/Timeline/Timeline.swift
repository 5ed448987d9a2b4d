import TutorCore

/// A run, organised for explaining: events in time order, the lanes they belong to, and what happened to
/// each process, pool task and lock. Built the same way from a live run and from a replay.
public struct Timeline: Sendable {
    public var header: TranscriptHeader
    public var events: [TraceEvent]
    public var trailer: TranscriptTrailer?
    /// Why the record is incomplete, if it is (shown on screen, never hidden).
    public var problems: [String]
    public var lanes: [Lane]
    /// For each event, the index of its lane in `lanes`.
    public var laneOfEvent: [Int]
    public var processes: [ProcessLife]
    public var tasks: [PoolTask]
    public var locks: [LockActivity]
    /// Which pool each pool worker process belongs to (pid → `Pool#1`), replacements included.
    public var poolOfWorker: [Int32: String] = [:]
    /// Jobs submitted with `imap_unordered` (their `next()` names no task: it returns whichever item finishes first), by
    /// `JobScope.ofSubmitter`: each process numbers its jobs from its own counter (a nested pool's job 0 is not its
    /// parent's; gaps 17B). Asked through `isUnorderedJob`.
    var unorderedJobKeys: Set<Int64> = []

    /// Whether `e`, a `pool.submit`/`pool.wait`/`pool.waited` of its own process, is of an `imap_unordered` job.
    public func isUnorderedJob(_ e: TraceEvent) -> Bool {
        guard let job = e.job else { return false }
        return unorderedJobKeys.contains(JobScope.ofSubmitter(e.pid, job))
    }
    /// An RLock's acquire or release after which its thread still holds it more than once, or still holds it at all:
    /// event index → the levels that thread holds after it (an acquire ≥ 2, a release ≥ 1; plain acquires and full
    /// releases are not listed).
    public var rlockLevels: [Int: Int64] = [:]
    /// A forked child's copy of a threading lock, by its label ("Lock#1 (Process-1's copy)") → the original's label
    /// (`ThreadingLockCopies`).
    public var lockCopies: [String: String] = [:]
    /// A `thread.rename`'s event index → the name of the renamed thread's lane (gaps 31A, `threadRenames`).
    public var renamedThreadLanes: [Int: String] = [:]
    /// A subprocess's streams that were not inherited, by its pid: stream ("stdout", "stderr") → where it went as
    /// `subprocess.spawn` says ("pipe", "devnull", "file"; a stderr sent to stdout is given stdout's place or left out; "parent": the process that started it).
    public var subprocessStreams: [Int32: [String: String]] = [:]
    /// Where each kind's events lie, for `indices(of:)` (made by `TimelineBuilder`; one of no events otherwise,
    /// and `indices(of:)` then scans).
    public var kindIndex = EventKindIndex()
    /// The exception type each imap() job's input raised, by pool and job, when a worker started the chunk the pool made
    /// of it (`StateQueries.imapReraisedInput`, gaps 33D: one pass at the build, not one per job asked). Nil when the
    /// timeline was not made by `TimelineBuilder`: the query then scans.
    public var imapReraises: [ImapReraiseKey: String]?

    /// Nanoseconds from the start to the last event.
    public var durationNs: Int64 { max(events.last?.t ?? 0, trailer?.run.durationNs ?? 0) }

    /// The lane of an event.
    public func lane(of eventIndex: Int) -> Lane { lanes[laneOfEvent[eventIndex]] }

    /// A process's life by pid (the latest one, should a pid be reused).
    public func process(pid: Int32) -> ProcessLife? { processes.last { $0.pid == pid } }

    /// Events the tracer numbered that never arrived, plus those a cut-off transcript lost.
    public var lostEvents: Int { trailer?.lostEvents ?? 0 }
}
