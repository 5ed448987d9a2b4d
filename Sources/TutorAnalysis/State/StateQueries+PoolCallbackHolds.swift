import TutorCore

extension StateQueries {
    /// The callbacks that held up the Pool result read at `resultAt` (gaps 16A): a `pool.result` on a Pool's result
    /// handler thread, the one thread that reads every result of that Pool and runs the `callback` (or
    /// `error_callback`) of a job whose result it set, before it reads the next. The task's `pool.task.end`, stamped
    /// where the worker began sending the result back, in a worker of that Pool; the callbacks that ran on the thread
    /// in between, at least `callbackHoldNs` and half of that stretch (as `callbackHold(resultAt:)` for an executor).
    /// Nil otherwise.
    public static func poolCallbackHold(resultAt r: Int, in timeline: Timeline) -> CallbackHold? {
        guard timeline.events.indices.contains(r), timeline.events[r].is(.poolResult) else { return nil }
        return poolCallbackHolds(in: timeline, upTo: r + 1).last { $0.resultStep == r }
    }

    /// Every Pool result read late because of callbacks, in order, found in one pass over the events before `upTo`.
    public static func poolCallbackHolds(in timeline: Timeline, upTo limit: Int? = nil) -> [CallbackHold] {
        let events = timeline.events
        var pass = PoolCallbackHoldPass(membership: timeline.poolOfWorker)
        for i in 0..<min(limit ?? events.count, events.count) { pass.read(i, in: events) }
        return pass.holds
    }
}

/// The state `poolCallbackHolds(in:)` keeps as it reads the events in order. Threads, pools and objects are keyed by
/// their interned names (`EventName`), not their texts: this pass reads every task and callback of a run, and a text per
/// event made a 1M-event apply_async + callback replay 26% slower.
private struct PoolCallbackHoldPass {
    struct ThreadKey: Hashable { var pid: Int32, thread: EventName }
    struct TaskKey: Hashable { var pool: EventName, job: Int64, index: Int64 }

    /// The pool of each worker, by pid.
    let membership: [Int32: EventName]
    var holds: [CallbackHold] = []
    /// The last `pool.task.end` of each task, by the pool of the worker that ran it.
    private var ends: [TaskKey: Int] = [:]
    private var open: [ThreadKey: [Int]] = [:]
    /// Each thread's finished callback runs, in the order they ended (their end times never go down).
    private var finished: [ThreadKey: [CallbackRun]] = [:]
    /// Whether a thread's name is a Pool's result handler's (`Thread-3 (_handle_results)`), by name.
    private var isResultHandler: [EventName: Bool] = [:]
    private let mainThread = EventName("MainThread")

    init(membership: [Int32: String]) { self.membership = membership.mapValues { EventName($0) } }

    mutating func read(_ i: Int, in events: [TraceEvent]) {
        let e = events[i]
        switch e.known {
        case .taskEnd?:
            if e.threadName == mainThread, let pool = membership[e.pid], let job = e.job, let index = e.index {
                ends[TaskKey(pool: pool, job: job, index: index)] = i
            }
        case .poolCallback?:
            open[ThreadKey(pid: e.pid, thread: e.threadName), default: []].append(i)
        case .poolCallbackEnd?:
            let key = ThreadKey(pid: e.pid, thread: e.threadName)
            for c in open[key] ?? [] { finished[key, default: []].append(CallbackRun(start: c, startT: events[c].t, endT: e.t)) }
            open[key] = nil
        case .poolResult?:
            if let hold = hold(at: i, in: events) { holds.append(hold) }
        default:
            break
        }
    }

    private mutating func hold(at r: Int, in events: [TraceEvent]) -> CallbackHold? {
        let result = events[r]
        let handler: Bool
        if let known = isResultHandler[result.threadName] {
            handler = known
        } else {
            handler = result.thread.contains("_handle_results")
            isResultHandler[result.threadName] = handler
        }
        guard handler, result.objectName != .none, let job = result.job, let index = result.index,
              let end = ends[TaskKey(pool: result.objectName, job: job, index: index)] else { return nil }
        guard result.t - events[end].t >= StateQueries.callbackHoldNs else { return nil }    // most results: no look at the runs
        return CallbackHold(resultStep: r, endStep: end, from: events[end].t, to: result.t,
                            runs: finished[ThreadKey(pid: result.pid, thread: result.threadName)] ?? [])
    }
}
