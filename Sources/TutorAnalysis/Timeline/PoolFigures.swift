import TutorCore

/// One pool's figures, counted per pool: its submissions (by method), the chunks they were split into (a
/// chunk is what one worker takes at once: one apply_async call, or up to `chunksize` items of a map), the
/// items where known, and which worker ran which chunk.
public struct PoolFigures: Sendable {
    public var pool: String
    /// `Pool(n)`'s n, as created.
    public var processes: Int64?
    /// Worker processes the pool started, replacements included (threads for a ThreadPool: its workers seen).
    public var workersStarted: Int
    /// Whether the pool's worker processes are in the record: false for a ThreadPool, whose `workersStarted` counts only
    /// the threads seen running a task (its other threads started too, idle: gaps 18B).
    public var workerStartsKnown = true
    /// Submissions per method, in order of first use (`map_async`, `imap_unordered`, ...).
    public var submissions: [(method: String, count: Int)]
    /// Calls that raised in the calling process before any task was sent (`pool.refused`: a closed pool's, or
    /// `map(f, a, b)`'s TypeError), per method in order of first use: counted apart from the submissions.
    public var raisedCalls: [(method: String, count: Int)] = []
    /// nil when a submission's chunk count is not known in advance (imap, imap_unordered).
    public var chunksSubmitted: Int?
    public var chunksStarted: Int
    public var chunksFinished: Int
    /// Chunks whose worker ended while running them: their results never came.
    public var chunksLost: [PoolTask]
    /// Chunks that finished in a worker whose result never reached the parent: the worker ended (with an exit code
    /// not 0) before starting another chunk, and no result of the chunk is recorded (r18e_pool_deep_result: the
    /// result could not be pickled and the worker died sending it).
    public var resultsLost: [PoolTask] = []
    /// Other chunks a worker finished whose result is not in the parent's record, `resultsLost` left out; empty when
    /// events were lost (gaps 22A: r20h_pool_result_unpickle_fails said "3 of 3 tasks ran" and nothing of the two
    /// results its dead result-handler thread never read).
    public var resultsNeverBack: [PoolTask] = []
    /// Items in the chunks that started, when the tracer recorded them (`items` on `pool.task.start`).
    public var itemsStarted: Int?
    public var workers: [PoolAnalysis.Worker]
    /// The most chunks running at once (`PoolAnalysis.peak`) and the chunk that waited longest to start.
    public var maxConcurrent: Int
    public var longestQueued: PoolTask?
    /// Workers of this pool whose initializer raised (each then ended without taking a task).
    public var initializerFailures = 0
    /// Names of the worker processes of this pool that ran no chunk, its initializer's failures left out (they have
    /// their own figure); empty for a ThreadPool or when events were lost (round 21: a Pool(6) given two items listed
    /// the two workers that ran one and said nothing of the other four).
    public var idleWorkers: [String] = []
    /// Those of `idleWorkers` whose record ends in their start-up, before run() (round 30: spawn/forkserver workers still
    /// importing the program's file when the pool ended), and that file's name; empty when none.
    public var idleBeforeRun: [String] = []
    public var idleBeforeRunMain = ""
    /// When `Pool()` was called (nil when its creation is not in the record).
    public var openedT: Int64?
    /// When the pool was over: the last of its `join()`/`terminate()` and its workers' ends; nil while a worker
    /// of it was still alive when the record ends (or its creation is unknown).
    public var closedT: Int64?

    public static func all(_ timeline: Timeline) -> [PoolFigures] {
        let found = PoolEvents(timeline.events)
        var labels = found.created
        for task in timeline.tasks { if let p = task.pool, !labels.contains(p) { labels.append(p) } }
        return labels.map { PoolFigures(pool: $0, timeline: timeline, found: found) }
    }

    init(pool: String, timeline: Timeline) {
        self.init(pool: pool, timeline: timeline, found: PoolEvents(timeline.events))
    }

    /// - Parameter found: the pools' events of `timeline`, gathered once for all its pools.
    init(pool: String, timeline: Timeline, found: PoolEvents) {
        self.pool = pool
        let create = found.createOf[pool].map { timeline.events[$0] }
        processes = create?.int(EventField.processes)
        let tasks = timeline.tasks(ofPool: pool)
        var methods: [(String, Int)] = []
        var chunks: Int? = 0
        for i in found.submitsOf[pool] ?? [] {
            let e = timeline.events[i]
            let method = e.method ?? "submit"
            if let i = methods.firstIndex(where: { $0.0 == method }) { methods[i].1 += 1 } else { methods.append((method, 1)) }
            if let n = e.chunks { chunks = chunks.map { $0 + Int(n) } } else if method.hasPrefix("imap") { chunks = nil }
            else { chunks = chunks.map { $0 + 1 } }
        }
        submissions = methods
        for i in found.refusedOf[pool] ?? [] {
            let method = timeline.events[i].method ?? "?"
            if let k = raisedCalls.firstIndex(where: { $0.method == method }) { raisedCalls[k].count += 1 } else { raisedCalls.append((method, 1)) }
        }
        chunksSubmitted = chunks
        let events = timeline.events
        var started = 0, finished = 0, itemCount = 0, itemsKnown = 0
        var lost: [PoolTask] = []
        for task in tasks {
            // A result that reached the parent proves its chunk finished, even when the worker's own end event
            // is missing (a worker terminated right after sending it, in a transcript recorded before the
            // tracer wrote the end first).
            let ended = task.endT != nil || task.resultT != nil
            if ended { finished += 1 }
            guard task.startT != nil else { continue }
            started += 1
            if !ended, task.workerPid.flatMap({ timeline.process(pid: $0)?.endT }) != nil { lost.append(task) }
            if let items = task.items(in: events) {
                itemCount += Int(items)
                itemsKnown += 1
            }
        }
        chunksStarted = started
        chunksFinished = finished
        chunksLost = lost
        // Not a worker a signal ended (the pool's or the exit's terminate()), nor a result whose send is recorded as
        // done (`pool.task.sent`: then the parent's side lost it, r12_error_callback_raises).
        let sent = Set(timeline.indices(of: .poolTaskSent).map { i in
            "\(events[i].pid) \(events[i].job ?? -1) \(events[i].int(EventField.index) ?? -1)"
        })
        resultsLost = tasks.filter { task in
            guard task.endT != nil, task.resultT == nil, let pid = task.workerPid, let start = task.startT,
                  let life = timeline.process(pid: pid), life.endT != nil, let code = life.exitCode, code > 0,
                  !sent.contains("\(pid) \(task.job) \(task.index)") else { return false }
            return !tasks.contains { $0.workerPid == pid && ($0.startT ?? .min) > start }
        }
        if timeline.lostEvents == 0 {
            let lostResults = resultsLost
            resultsNeverBack = tasks.filter { task in
                task.endT != nil && task.resultT == nil && !lostResults.contains { $0.job == task.job && $0.index == task.index }
            }
        }
        itemsStarted = itemsKnown == started && started > 0 ? itemCount : nil
        let workerPids = Set(timeline.poolOfWorker.filter { $0.value == pool }.keys)
        let analysis = PoolAnalysis(timeline, tasks: tasks)
        workers = analysis.workers
        maxConcurrent = analysis.maxConcurrent
        longestQueued = analysis.longestQueued
        workersStarted = max(workerPids.count, Set(workers.map(\.key)).count)
        workerStartsKnown = !workerPids.isEmpty
        initializerFailures = found.failedInitPids.reduce(0) { $0 + (workerPids.contains($1) ? 1 : 0) }
        if timeline.lostEvents == 0 {
            let ran = Set(workers.map(\.pid))
            // A worker that recorded nothing of its own (ended before its tracer started) is named as its parent's
            // start() row named it: "pid N" alone, in a list of names, read as the pid of the name before (round 26).
            let idle = workerPids.subtracting(ran).subtracting(found.failedInitPids)
            var started: [Int32: String] = [:]
            if idle.contains(where: { timeline.process(pid: $0) == nil }) {
                for i in timeline.indices(of: .processSpawn) {
                    if let child = timeline.events[i].int(EventField.childPid).map(Int32.init), let name = timeline.events[i].name { started[child] = name }
                }
            }
            idleWorkers = idle
                .map { timeline.process(pid: $0)?.name ?? started[$0] ?? "pid \($0)" }
                .sorted { $0.localizedStandardLess($1) }
            let boots = idle.compactMap { pid in
                StateQueries.bootWithoutStart(pid: pid, before: timeline.events.count, in: timeline).map { (pid, $0) }
            }
            idleBeforeRun = boots.map { timeline.process(pid: $0.0)?.name ?? "pid \($0.0)" }.sorted { $0.localizedStandardLess($1) }
            idleBeforeRunMain = boots.first?.1.string(EventField.main) ?? "?"
        }
        openedT = create?.t
        closedT = create == nil ? nil : Self.closedT(pool: pool, workerPids: workerPids, timeline: timeline, found: found)
    }
}

private extension PoolFigures {
    /// The pool is over once every worker process of it has ended; its last `join()`/`terminate()` counts too
    /// (a ThreadPool has no worker process: only those calls, or `close()`, can end it).
    static func closedT(pool: String, workerPids: Set<Int32>, timeline: Timeline, found: PoolEvents) -> Int64? {
        var last: Int64?
        for pid in workerPids {
            // A worker ended before its tracer started has no life of its own: its parent's reap is its end.
            guard let end = timeline.process(pid: pid)?.endT ?? found.reapedAt[pid] else { return nil }
            last = max(last ?? end, end)
        }
        let ends = [found.lastTerminateOrJoin[pool], workerPids.isEmpty ? found.lastClose[pool] : nil].compactMap { $0 }
        if let call = ends.max() { last = max(last ?? call, call) }
        return last
    }
}
