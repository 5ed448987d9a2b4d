import TutorCore

/// Which process's job counter a pool event's job number comes from.
///
/// multiprocessing numbers the jobs of every pool of a process from one module-level counter, and each process has its
/// own: a pool made inside a pool worker (through a non-daemon Process class) numbers its first job 0 again, like the
/// main process's first. A job is therefore known by its number and the process that submitted it (round 15,
/// r15_nestable_pool_nodaemon). Submissions, results and callbacks happen in that process; a task starts and ends in a
/// worker process, whose pool's maker is that process, or in a ThreadPool's thread of it. With one submitting process
/// (nearly every run) every key is the job number itself.
struct JobScope {
    private let submitters: Set<Int32>
    private let ownerOfPool: [String: Int32]
    private let membership: [Int32: String]

    private static let shift: Int64 = 40

    init(_ events: [TraceEvent], _ kinds: EventKindIndex, membership: [Int32: String]) {
        var submitters: Set<Int32> = []
        for i in kinds.indices(of: [.poolSubmit]) { submitters.insert(events[i].pid) }
        var owners: [String: Int32] = [:]
        if submitters.count > 1 {
            for i in kinds.indices(of: [.poolCreate]) {
                if let label = events[i].object, owners[label] == nil { owners[label] = events[i].pid }
            }
        }
        self.submitters = submitters
        self.ownerOfPool = owners
        self.membership = membership
    }

    /// The key of job `number` as `event` names it: the number alone when one process submitted every job.
    func key(_ number: Int64, of event: TraceEvent) -> Int64 {
        guard submitters.count > 1, number >= 0, number < (1 << Self.shift) else { return number }
        return (Int64(submitter(of: event)) << Self.shift) | number
    }

    /// The key of job `number` submitted by process `pid`, whatever the run: for what the submitting process itself records
    /// of its jobs (its submits and its waits on their results), which needs no scope of the whole run (gaps 17B).
    static func ofSubmitter(_ pid: Int32, _ number: Int64) -> Int64 {
        number >= 0 && number < (1 << shift) ? (Int64(pid) << shift) | number : number
    }

    /// The job number of a key.
    static func number(_ key: Int64) -> Int64 { key >= 0 ? key & ((1 << shift) - 1) : key }

    private func submitter(of event: TraceEvent) -> Int32 {
        guard event.is(.taskStart) || event.is(.taskEnd) else { return event.pid }
        // a process pool's worker runs its tasks in its main thread; a ThreadPool's run in threads of the submitter
        if event.thread == "MainThread", let pool = membership[event.pid], let owner = ownerOfPool[pool] { return owner }
        if submitters.contains(event.pid) { return event.pid }
        return submitters.contains(event.ppid) ? event.ppid : event.pid
    }
}
