import TutorCore

/// One concurrent.futures executor's figures: work items submitted, run (by which worker), failed, and
/// whether it broke. Work items run in a worker carry no executor label (the worker does not know it), so
/// they are counted by the pids of the processes (or the threads) that ran an item of this executor's numbers.
public struct ExecutorFigures: Sendable {
    public var executor: String
    public var maxWorkers: Int64?
    public var submitted: Int
    /// Results that came back to the executor (ProcessPoolExecutor: on its manager thread).
    public var resultsBack: Int
    /// Work items the call queue's feeder could not send (not picklable): no worker saw them, no result came back.
    public var neverSent: Int
    /// The items inside the work items of `map(chunksize=n)` with n > 1 (nil when no submission held several):
    /// a work item is then a chunk, not an item.
    public var chunkItems: Int?
    public var raised: Int
    /// Work items that returned in their worker, but whose result could not be sent (not picklable, e.g. a
    /// generator): the worker sent that exception instead, so a result "came back" that is not the item's value.
    public var resultsUnsent = 0
    /// Work items per worker (`ProcessPoolExecutor` worker process name, or thread).
    public var perWorker: [(worker: String, items: Int)]
    /// Pending work items failed by a broken pool.
    public var brokenPending: Int?
    /// A ThreadPoolExecutor (its break is BrokenThreadPool: a worker thread's initializer raised; gaps 31B).
    public var isThreads = false
    /// Work items cancelled before they started (`cancel()`, `map()`'s iterator, `shutdown(cancel_futures=True)`):
    /// they never ran, so they are neither run nor failed.
    public var cancelled = 0
    /// The work items seen to raise (by the work item's number) and the exception's type: in a ProcessPoolExecutor's
    /// parent (`future.result`), else in its worker thread (`future.end`).
    public var raisedWork: [(work: Int64, error: String)] = []
    /// Work items a submit() made and queued before it raised (round 13F's `queued`): not in `submitted` (no
    /// `future.submit`; the program never got their Future), but made all the same (gaps 14A).
    public var queuedByFailedSubmit: [Int64] = []
    /// Work items a worker started and never ended because the worker itself ended inside them (a SIGTERM from a broken
    /// executor's `terminate()`, a crash): counted among those that ran, as a Pool's chunk lost with its worker is.
    public var cut: [Int64] = []
    /// A ProcessPoolExecutor's work items that ended in their worker (returned, or raised: `error`) but whose outcome never
    /// came back to the parent (no `future.result`): e.g. sent after the executor broke, so its manager thread never read
    /// them (gaps 28A). Neither a result that came back nor an exception the parent got.
    public var endedNotBack: [(work: Int64, error: String?)] = []

    public static func all(_ timeline: Timeline) -> [ExecutorFigures] {
        let labels = timeline.indices(of: .executorCreate).compactMap { timeline.events[$0].object }
        let owner = owners(timeline, labels: labels)
        return labels.map { ExecutorFigures(executor: $0, timeline: timeline, owner: owner) }
    }

    /// Which executor each `future.start` (by event index) belongs to. Work items are numbered per executor, so
    /// a start is given to the one executor that submitted its number before it and has not had that number
    /// started yet; when two could own it, it is given to neither (and not counted), never guessed.
    /// Where it ran narrows it first: a ThreadPoolExecutor's items run in the process that made it, a
    /// ProcessPoolExecutor's on the main thread of another one (a worker process may number its own thread
    /// pool's items 0, 1, 2 while the parent's item 2 is still waiting: round 6A).
    static func owners(_ timeline: Timeline, labels: [String]) -> [Int: String] {
        // Each label's facts kept by its slot (one per distinct text), events' objects matched by their name number:
        // a long run starts a million work items, and each start hashed every label's text three times.
        var slotOfText: [String: Int] = [:]
        let slotOfLabel = labels.map { label in
            if let slot = slotOfText[label] { return slot }
            slotOfText[label] = slotOfText.count
            return slotOfText.count - 1
        }
        var slotOfName: [EventName: Int] = [:]
        func slot(_ name: EventName) -> Int? {
            // -1 is the cache's "no label": a second event naming an executor whose `executor.create` the record lost
            // read it as a slot (an index out of range: replay trapped, perf 30).
            if let slot = slotOfName[name] { return slot < 0 ? nil : slot }
            let slot = name == .none ? nil : slotOfText[name.text]
            slotOfName[name] = slot ?? -1
            return slot
        }
        var submitted = [Set<Int64>](repeating: [], count: slotOfText.count)
        var started = [Set<Int64>](repeating: [], count: slotOfText.count)
        var owner: [Int: String] = [:]
        // A worker process an executor's submit() started runs only that executor's items (recorded since the third
        // review): its slot, or -1 for an executor that is no label (then no label may own its items).
        var workerOf: [Int32: Int] = [:]
        // The process that made each executor, and whether its workers are threads of that process (nil: not recorded).
        var madeIn = [(pid: Int32, threads: Bool)?](repeating: nil, count: slotOfText.count)
        // The kinds tested in place: only the events of these kinds are copied out of the array.
        for i in timeline.indices(of: .executorCreate, .processSpawn, .futureSubmit, .futureStart) {
            let e = timeline.events[i]
            switch e.known {
            case .executorCreate:
                if let x = slot(e.objectName), let type = e.objectType {
                    madeIn[x] = (e.pid, type == "ThreadPoolExecutor")
                }
            case .processSpawn:
                if let x = e.string(EventField.executor), let pid = e.childPid { workerOf[pid] = slotOfText[x] ?? -1 }
            case .futureSubmit:
                if let x = slot(e.objectName), let work = e.int(EventField.work) { submitted[x].insert(work) }
            case .futureStart:
                guard let work = e.int(EventField.work) else { continue }
                let main = e.isMainThread
                let only = main ? workerOf[e.pid] : nil
                var candidate = -1, candidates = 0
                for (k, x) in slotOfLabel.enumerated()
                where submitted[x].contains(work) && !started[x].contains(work) && (only == nil || only == x)
                    && madeIn[x].map({ made in made.threads ? made.pid == e.pid : made.pid != e.pid && main }) != false {
                    candidate = k
                    candidates += 1
                }
                guard candidates == 1 else { continue }
                owner[i] = labels[candidate]
                started[slotOfLabel[candidate]].insert(work)
            default:
                break
            }
        }
        return owner
    }

    init(executor: String, timeline: Timeline, owner: [Int: String]) {
        self.executor = executor
        let events = timeline.events
        let create = events.first { $0.is(.executorCreate) && $0.object == executor }
        maxWorkers = create?.int(EventField.maxWorkers)
        // A ProcessPoolExecutor's outcome reaches the parent only as a `future.result` on its manager thread; a
        // ThreadPoolExecutor's worker thread sets the Future itself, so its end is what the program gets.
        let viaManager = create?.objectType == "ProcessPoolExecutor"
        isThreads = create?.objectType == "ThreadPoolExecutor"
        let submissions = events.filter { $0.is(.futureSubmit) && $0.object == executor }
        submitted = submissions.count
        queuedByFailedSubmit = events.filter { $0.is(.futureSubmitError) && $0.object == executor }.compactMap { $0.int(EventField.queued) }
        let sizes = submissions.compactMap { $0.int(EventField.items) }
        chunkItems = sizes.contains { $0 > 1 } ? Int(sizes.reduce(0, +)) : nil
        let results = events.filter { $0.is(.futureResult) && $0.object == executor }
        neverSent = results.filter { $0.bool(EventField.unsent) == true }.count
        resultsBack = results.count - neverSent
        var names: [String] = []
        var counts: [String: Int] = [:]
        var failedEnds = 0
        let back = Set(results.lazy.filter { $0.bool(EventField.unsent) != true }.compactMap { $0.int(EventField.work) })
        for i in timeline.indices(of: .futureStart) where owner[i] == executor {
            let e = events[i]
            let worker: String = e.thread == "MainThread" ? e.process : e.process + " · " + e.threadRole
            if counts[worker] == nil { names.append(worker) }
            counts[worker, default: 0] += 1
            // Its end: the next future.end of that work item on the same thread.
            guard let endIndex = events[(i + 1)...].firstIndex(where: { $0.is(.futureEnd) && $0.pid == e.pid && $0.threadName == e.threadName }) else {
                if let work = e.int(EventField.work), Self.cutShort(work, worker: e.pid, results: results, in: timeline) { cut.append(work) }
                continue
            }
            guard events[endIndex].int(EventField.work) == e.int(EventField.work) else { continue }
            let work = e.int(EventField.work)
            if events[endIndex].bool(EventField.ok) == false {
                let text = events[endIndex].string(EventField.result) ?? ""
                let error = text.split(separator: ":", maxSplits: 1).first.map(String.init) ?? "?"
                if viaManager, let work, !back.contains(work) {
                    // It raised in the worker, but the parent never got that exception (r27f_two_arg_error_then_new_pool).
                    endedNotBack.append((work, error))
                    continue
                }
                failedEnds += 1
                if let work { raisedWork.append((work, error)) }
            } else if viaManager, let work, !back.contains(work) {
                endedNotBack.append((work, nil))
            } else if let next = events[(endIndex + 1)...].first(where: { ($0.is(.futureEnd) || $0.is(.futureStart)) && $0.pid == e.pid && $0.threadName == e.threadName }),
                      next.is(.futureEnd), next.int(EventField.work) == e.int(EventField.work), next.bool(EventField.unsent) == true {
                // It returned, then its result's put failed: the worker's second end carries that exception.
                resultsUnsent += 1
            }
        }
        // Only work items seen to raise in a worker: a broken pool's pending items fail without running.
        raised = failedEnds
        perWorker = names.map { (worker: $0, items: counts[$0] ?? 0) }
        let broken = events.last { $0.is(.executorBroken) && $0.object == executor }
        brokenPending = broken.map { Int($0.int(EventField.pending) ?? 0) }
        // One per work item: a cancel() that returned True on an item already cancelled changed nothing.
        cancelled = Set(events.lazy.filter { $0.is(.futureCancel) && $0.object == executor && $0.ok == true && $0.state != "cancelled" }
            .compactMap { $0.int(EventField.work) }).count
    }
}
