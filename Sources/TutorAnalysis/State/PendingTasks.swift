/// The tasks submitted to a pool that no worker has taken yet, in submission order.
///
/// Stored as runs of consecutive tasks (the chunks of one `map`, or one-chunk jobs submitted one after
/// another), not as one name per task: a `Pool.map` over a million items is one run, so taking a task
/// and copying the state at a step checkpoint cost the number of runs, not the number of tasks.
public struct PendingTasks: Sendable, Equatable, Sequence, ExpressibleByArrayLiteral {
    /// Job `job`'s chunks `lower..<upper`; or, when `lastJob > job`, the one-chunk jobs `job...lastJob`.
    struct Run: Sendable, Equatable {
        var job: Int64
        var lastJob: Int64
        var lower: Int64
        var upper: Int64

        var count: Int { lastJob > job ? Int(lastJob - job + 1) : Int(upper - lower) }
        var isSingleChunkJobs: Bool { lower == 0 && upper == 1 }
    }

    private(set) var runs: [Run] = []
    /// How many tasks are waiting.
    public private(set) var count = 0

    public init() {}

    /// Tasks by name (`task 3`, `task 7.2`), as `PoolTask.name` gives them; for tests.
    public init(arrayLiteral names: String...) {
        for name in names {
            let parts = name.dropFirst("task ".count).split(separator: ".").compactMap { Int64($0) }
            if let job = parts.first { append(job: job, index: parts.count > 1 ? parts[1] : 0) }
        }
    }

    /// The same tasks in the same order, however they are split into runs.
    public static func == (a: PendingTasks, b: PendingTasks) -> Bool {
        a.count == b.count && a.pairs().elementsEqual(b.pairs()) { $0 == $1 }
    }

    public var isEmpty: Bool { count == 0 }

    /// Adds job `job`'s chunks `0..<chunks` at the end.
    mutating func submit(job: Int64, chunks: Int64) {
        guard chunks > 0 else { return }
        if chunks == 1 { return append(job: job, index: 0) }
        count += Int(chunks)
        runs.append(Run(job: job, lastJob: job, lower: 0, upper: chunks))
    }

    /// Adds one task at the end, extending the last run when it follows on.
    private mutating func append(job: Int64, index: Int64) {
        count += 1
        if var last = runs.last {
            if index == 0, last.isSingleChunkJobs, last.lastJob == job - 1, job > last.job || last.lastJob == last.job {
                last.lastJob = job
                runs[runs.count - 1] = last
                return
            }
            if last.lastJob == last.job, last.job == job, last.upper == index {
                last.upper += 1
                runs[runs.count - 1] = last
                return
            }
        }
        runs.append(Run(job: job, lastJob: job, lower: index, upper: index + 1))
    }

    /// Takes task `index` of `job` out, wherever it is; nothing happens when it is not waiting.
    mutating func start(job: Int64, index: Int64) {
        // Workers take tasks in submission order, so the task is almost always in the first run.
        guard let r = runs.firstIndex(where: { $0.contains(job: job, index: index) }) else { return }
        count -= 1
        let run = runs[r]
        var parts: [Run] = []
        if run.lastJob > run.job {
            if job > run.job { parts.append(Run(job: run.job, lastJob: job - 1, lower: 0, upper: 1)) }
            if job < run.lastJob { parts.append(Run(job: job + 1, lastJob: run.lastJob, lower: 0, upper: 1)) }
        } else {
            if index > run.lower { parts.append(Run(job: job, lastJob: job, lower: run.lower, upper: index)) }
            if index + 1 < run.upper { parts.append(Run(job: job, lastJob: job, lower: index + 1, upper: run.upper)) }
        }
        runs.replaceSubrange(r...r, with: parts)
    }

    /// The tasks' names in order.
    public func makeIterator() -> AnyIterator<String> {
        let pairs = pairs()
        return AnyIterator { pairs.next().map { PoolTask.name(job: $0.job, index: $0.index) } }
    }

    /// The tasks' (job, index) pairs in order.
    /// How many tasks wait before `task` (job and chunk index), counting at most `limit` (a pool's queue can be long).
    func count(before task: (job: Int64, index: Int64), upTo limit: Int) -> Int {
        var n = 0
        for pair in pairs() {
            if (pair.job == task.job && pair.index == task.index) || n >= limit { break }
            n += 1
        }
        return n
    }

    func pairs() -> AnyIterator<(job: Int64, index: Int64)> {
        var runIndex = 0
        var job: Int64 = 0, index: Int64 = 0
        var started = false
        return AnyIterator {
            while runIndex < runs.count {
                let run = runs[runIndex]
                if !started { job = run.job; index = run.lower; started = true }
                if run.lastJob > run.job ? job <= run.lastJob : index < run.upper {
                    defer { if run.lastJob > run.job { job += 1 } else { index += 1 } }
                    return (job, index)
                }
                runIndex += 1
                started = false
            }
            return nil
        }
    }

    /// The names of the first `limit` tasks (`task 3`, `task 7.2`), as the state panel shows them.
    public func names(limit: Int) -> [String] { Array(prefix(limit)) }
}

private extension PendingTasks.Run {
    func contains(job j: Int64, index i: Int64) -> Bool {
        lastJob > job ? (job...lastJob).contains(j) && i == 0 : j == job && (lower..<upper).contains(i)
    }
}
