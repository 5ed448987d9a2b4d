import TutorCore

/// Figures about the pool tasks of a run, computed only from what was recorded.
public struct PoolAnalysis: Sendable, Equatable {
    /// A worker and the tasks it ran.
    public struct Worker: Sendable, Equatable {
        public var pid: Int32
        /// pid and thread: a ThreadPool's workers share a pid.
        public var key: String
        public var name: String
        /// The tasks it ran, in the order they started.
        public var tasks: [Run]
        /// Time spent inside tasks.
        public var busyNs: Int64
    }

    /// One task as a worker's row shows it: which it was and when it ran (a copy of the whole task, per
    /// worker, was a fifth of a long run's peak memory).
    public struct Run: Sendable, Equatable {
        var job: Int64
        var index: Int64
        public var startT: Int64?
        public var endT: Int64?

        init(_ task: PoolTask) {
            job = task.job
            index = task.index
            startT = task.startT
            endT = task.endT
        }
    }

    public var submitted: Int
    public var started: Int
    public var finished: Int
    /// The most tasks that were running at the same instant, and the first time it happened.
    public var maxConcurrent: Int
    public var maxConcurrentAt: Int64?
    public var workers: [Worker]
    /// The task that waited longest in the task queue.
    public var longestQueued: PoolTask?

    public init(_ timeline: Timeline) { self.init(timeline, tasks: timeline.tasks) }

    /// The figures of some tasks only (one pool's).
    public init(_ timeline: Timeline, tasks: [PoolTask]) {
        submitted = tasks.reduce(0) { $0 + ($1.submitT != nil ? 1 : 0) }
        started = tasks.reduce(0) { $0 + ($1.startT != nil ? 1 : 0) }
        finished = tasks.reduce(0) { $0 + ($1.endT != nil ? 1 : 0) }
        (maxConcurrent, maxConcurrentAt) = Self.peak(tasks, runEnd: timeline.durationNs, timeline: timeline)
        var workers: [Worker] = []
        // A worker by pid and thread (what `workerKey` spells), so its key is made once, not once per task.
        var workerOf: [WorkerID: Int] = [:]
        // Sorted as indices: a copy of every task, to sort, was a tenth of a long run's peak memory.
        for position in tasks.indices.filter({ tasks[$0].startT != nil }).sorted(by: { tasks[$0].startT! < tasks[$1].startT! }) {
            let task = tasks[position]
            guard let pid = task.workerPid else { continue }
            let busy = (task.endT ?? timeline.process(pid: pid)?.endT ?? timeline.durationNs) - task.startT!
            let id = WorkerID(pid: pid, thread: task.workerThreadNumber)
            if let i = workerOf[id] {
                workers[i].tasks.append(Run(task))
                workers[i].busyNs += busy
            } else if let key = task.workerKey {
                workerOf[id] = workers.count
                workers.append(Worker(pid: pid, key: key, name: task.worker ?? "pid \(pid)", tasks: [Run(task)], busyNs: busy))
            }
        }
        self.workers = workers.sorted { $0.name.localizedStandardLess($1.name) }
        longestQueued = tasks.longestQueued
    }

    /// Sweeps task starts and ends in time order; an end at the same instant as a start counts first,
    /// because a worker takes its next task only after finishing the last. A task that never ended
    /// (its worker was killed) counts until its worker's end, or the end of the run.
    public static func peak(_ tasks: [PoolTask], runEnd: Int64, timeline: Timeline) -> (Int, Int64?) {
        // Starts and ends sorted apart, as plain integers, then merged with an end first at an equal time: the same
        // order as the pairs (time, ±1) sorted together, whose comparison closure was 7.8M instructions of a 100k
        // pool_map replay (perf 38R).
        var starts: [Int64] = []
        var ends: [Int64] = []
        starts.reserveCapacity(tasks.count)
        ends.reserveCapacity(tasks.count)
        for task in tasks {
            guard let start = task.startT else { continue }
            starts.append(start)
            ends.append(task.endT ?? task.workerPid.flatMap { timeline.process(pid: $0)?.endT } ?? runEnd)
        }
        starts.sort()
        ends.sort()
        var running = 0
        var best = 0
        var bestAt: Int64?
        var e = 0
        for start in starts {
            while e < ends.count, ends[e] <= start { running -= 1; e += 1 }
            running += 1
            if running > best { best = running; bestAt = start }
        }
        return (best, bestAt)
    }
}

/// A worker's pid and thread, the thread by its number (equal numbers are equal names): its text made and hashed
/// once per task was most of a 100k run's worker table (perf 37R).
private struct WorkerID: Hashable {
    var pid: Int32
    var thread: EventName
}

extension String {
    /// Orders `Worker-2` before `Worker-10`.
    func localizedStandardLess(_ other: String) -> Bool {
        let split: (String) -> (String, Int) = { s in
            let digits = s.reversed().prefix { $0.isNumber }
            return (String(s.dropLast(digits.count)), Int(String(digits.reversed())) ?? -1)
        }
        let (a, b) = (split(self), split(other))
        return a.0 != b.0 ? a.0 < b.0 : a.1 < b.1
    }
}
