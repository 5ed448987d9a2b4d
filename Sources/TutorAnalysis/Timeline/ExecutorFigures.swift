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
        let index = ExecutorEventIndex(timeline)
        return zip(index.labels, index.slotOfLabel).map { ExecutorFigures(executor: $0, slot: $1, index: index, timeline: timeline) }
    }

    /// Which executor each `future.start` (by event index) belongs to, among the executors `labels` names
    /// (`StartOwners`' rule: the one executor that submitted its number before it and has not had it started yet).
    static func owners(_ timeline: Timeline, labels: [String]) -> [Int: String] {
        // Each label's facts kept by its slot (one per distinct text), events' objects matched by their name number.
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
        var starts = StartOwners(slotOfLabel: slotOfLabel, slotCount: slotOfText.count)
        var owner: [Int: String] = [:]
        var textOfSlot = [String](repeating: "", count: slotOfText.count)
        for (text, slot) in slotOfText { textOfSlot[slot] = text }
        // The kinds tested in place: only the events of these kinds are copied out of the array.
        for i in timeline.indices(of: .executorCreate, .processSpawn, .futureSubmit, .futureStart) {
            let e = timeline.events[i]
            switch e.known {
            case .executorCreate:
                if let x = slot(e.objectName), let type = e.objectType { starts.made(x, in: e.pid, threads: type == "ThreadPoolExecutor") }
            case .processSpawn:
                if let x = e.string(EventField.executor), let pid = e.childPid { starts.worker(pid, of: slotOfText[x] ?? -1) }
            case .futureSubmit:
                if let x = slot(e.objectName), let work = e.work { starts.submitted(work, to: x) }
            case .futureStart:
                if let work = e.work, let x = starts.owner(ofStart: work, pid: e.pid, mainThread: e.isMainThread) { owner[i] = textOfSlot[x] }
            default:
                break
            }
        }
        return owner
    }

    /// The figures of the executor labelled `executor` (slot `slot` of `index`).
    init(executor: String, slot: Int, index: ExecutorEventIndex, timeline: Timeline) {
        self.executor = executor
        let events = timeline.events
        let create = index.create[slot].map { events[$0] }
        maxWorkers = create?.int(EventField.maxWorkers)
        // A ProcessPoolExecutor's outcome reaches the parent only as a `future.result` on its manager thread; a
        // ThreadPoolExecutor's worker thread sets the Future itself, so its end is what the program gets.
        let viaManager = create?.objectType == "ProcessPoolExecutor"
        isThreads = create?.objectType == "ThreadPoolExecutor"
        submitted = index.submits[slot].count
        queuedByFailedSubmit = index.submitErrors[slot].compactMap { events[$0].int(EventField.queued) }
        let sizes = index.submits[slot].compactMap { events[$0].chunkItems }
        chunkItems = sizes.contains { $0 > 1 } ? Int(sizes.reduce(0, +)) : nil
        let results = index.results[slot].map { events[$0] }
        var back = WorkNumberFlags()
        neverSent = 0
        for result in results {
            if result.bool(EventField.unsent) == true { neverSent += 1 } else if let work = result.work { back.insert(1, work) }
        }
        resultsBack = results.count - neverSent
        var workers = WorkerNames()
        var failedEnds = 0
        for p in index.ownedStarts[slot] {
            let e = events[index.startsAndEnds[p]]
            workers.count(process: e.processName, thread: e.threadName)
            // Its end: the next future.end of that work item on the same thread.
            let endAt = index.nextEnd[p]
            guard endAt >= 0 else {
                if let work = e.work, Self.cutShort(work, worker: e.pid, results: results, in: timeline) { cut.append(work) }
                continue
            }
            let end = events[index.startsAndEnds[endAt]]
            let work = e.work
            guard end.work == work else { continue }
            if end.ok == false {
                let text = end.result ?? ""
                let error = text.split(separator: ":", maxSplits: 1).first.map(String.init) ?? "?"
                if viaManager, let work, !back.contains(1, work) {
                    // It raised in the worker, but the parent never got that exception (r27f_two_arg_error_then_new_pool).
                    endedNotBack.append((work, error))
                    continue
                }
                failedEnds += 1
                if let work { raisedWork.append((work, error)) }
            } else if viaManager, let work, !back.contains(1, work) {
                endedNotBack.append((work, nil))
            } else if case let nextAt = index.nextStartOrEnd[endAt], nextAt >= 0,
                      case let next = events[index.startsAndEnds[nextAt]],
                      next.is(.futureEnd), next.work == work, next.bool(EventField.unsent) == true {
                // It returned, then its result's put failed: the worker's second end carries that exception.
                resultsUnsent += 1
            }
        }
        // Only work items seen to raise in a worker: a broken pool's pending items fail without running.
        raised = failedEnds
        perWorker = workers.counts
        brokenPending = index.broken[slot].map { Int(events[$0].int(EventField.pending) ?? 0) }
        // One per work item: a cancel() that returned True on an item already cancelled changed nothing.
        cancelled = Set(index.cancels[slot].lazy.map { events[$0] }.filter { $0.ok == true && $0.state != "cancelled" }
            .compactMap(\.work)).count
    }
}
