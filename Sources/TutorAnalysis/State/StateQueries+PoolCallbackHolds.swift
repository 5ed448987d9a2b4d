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
        let end = min(limit ?? events.count, events.count)
        var pass = PoolCallbackHoldPass(membership: timeline.poolOfWorker)
        // Only the four kinds the pass reads, from the kind index, the events read in place: a call of `read` and a
        // copy of every event of the run was half the pass's cost on an apply_async + callback run (replay 28).
        events.withUnsafeBufferPointer { events in
            for i in timeline.indices(of: PoolCallbackHoldPass.kinds) {
                guard i < end else { break }
                pass.read(i, in: events)
            }
        }
        return pass.holds
    }
}

/// The state `poolCallbackHolds(in:)` keeps as it reads the events in order. Threads, pools and objects are keyed by
/// their interned names (`EventName`), not their texts: this pass reads every task and callback of a run, and a text per
/// event made a 1M-event apply_async + callback replay 26% slower.
private struct PoolCallbackHoldPass {
    /// The kinds `read` acts on; it ignores every other.
    static let kinds: [EventKind] = [.taskEnd, .poolCallback, .poolCallbackEnd, .poolResult]

    struct ThreadKey: Hashable { var pid: Int32, thread: EventName }
    struct TaskKey: Hashable {
        var pool: EventName, job: Int64, index: Int64
        /// One word hashed, not three: a task's end is stored and its result looked up once each (equality still
        /// compares every field).
        func hash(into hasher: inout Hasher) {
            hasher.combine(UInt64(pool.rawValue) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(bitPattern: job) &* 0xC2B2_AE3D_27D4_EB4F
                           ^ UInt64(bitPattern: index))
        }
    }

    /// The pool of each worker, by pid.
    let membership: [Int32: EventName]
    var holds: [CallbackHold] = []
    /// The last `pool.task.end` of each task, by the pool of the worker that ran it.
    private var ends: [TaskKey: Int] = [:]
    /// Each thread's slot in `open` and `finished`: a run's callbacks run on its few result handler threads, so the
    /// last thread's slot is kept aside and most events find theirs without hashing.
    private var slots: [ThreadKey: Int] = [:]
    private var lastThread: (key: ThreadKey, slot: Int)?
    /// The callbacks begun and not yet ended on each thread (emptied, not freed, at each end).
    private var open: [[Int]] = []
    /// Each thread's finished callback runs, in the order they ended (their end times never go down).
    private var finished: [[CallbackRun]] = []
    /// Whether a thread's name is a Pool's result handler's (`Thread-3 (_handle_results)`), by name.
    private var isResultHandler: [EventName: Bool] = [:]
    private let mainThread = EventName("MainThread")
    private let jobKey = EventName(EventField.job), indexKey = EventName(EventField.index)
    /// The last worker's pid and pool, and the last result thread's name and whether it is a result handler's: a run
    /// reads its tasks' ends from few workers and its results on one thread.
    private var lastWorker: (pid: Int32, pool: EventName?)?
    private var lastReader: (name: EventName, handler: Bool)?

    init(membership: [Int32: String]) { self.membership = membership.mapValues { EventName($0) } }

    mutating func read(_ i: Int, in events: UnsafeBufferPointer<TraceEvent>) {
        switch events[i].known {
        case .taskEnd?:
            // Read in place, the worker's pool kept for its last pid: a copy of the event, two fields copied out and
            // the pid hashed were half of this pass's 46M instructions on a 100k apply_async + callback replay (perf 38R).
            let e = events.baseAddress.unsafelyUnwrapped + i
            guard e.pointee.threadName == mainThread, let pool = pool(of: e.pointee.pid), let job = e.intField(jobKey),
                  let index = e.intField(indexKey) else { return }
            ends[TaskKey(pool: pool, job: job, index: index)] = i
        case .poolCallback?:
            let slot = slot(ThreadKey(pid: events[i].pid, thread: events[i].threadName), making: true)!
            open[slot].append(i)
        case .poolCallbackEnd?:
            let endT = events[i].t
            let slot = slot(ThreadKey(pid: events[i].pid, thread: events[i].threadName), making: true)!
            for c in open[slot] { finished[slot].append(CallbackRun(start: c, startT: events[c].t, endT: endT)) }
            open[slot].removeAll(keepingCapacity: true)
        case .poolResult?:
            if let hold = hold(at: i, in: events) { holds.append(hold) }
        default:
            break
        }
    }

    /// The slot of `key`'s thread; made when `making`, else nil for a thread that has none.
    private mutating func slot(_ key: ThreadKey, making: Bool) -> Int? {
        if let lastThread, lastThread.key == key { return lastThread.slot }
        let slot: Int
        if let found = slots[key] {
            slot = found
        } else {
            guard making else { return nil }
            slot = open.count
            slots[key] = slot
            open.append([])
            finished.append([])
        }
        lastThread = (key, slot)
        return slot
    }

    /// The pool of the worker `pid` (nil: not a Pool's worker).
    private mutating func pool(of pid: Int32) -> EventName? {
        if let lastWorker, lastWorker.pid == pid { return lastWorker.pool }
        let pool = membership[pid]
        lastWorker = (pid, pool)
        return pool
    }

    private mutating func hold(at r: Int, in events: UnsafeBufferPointer<TraceEvent>) -> CallbackHold? {
        let result = events.baseAddress.unsafelyUnwrapped + r
        let reader = result.pointee.threadName
        let handler: Bool
        if let lastReader, lastReader.name == reader {
            handler = lastReader.handler
        } else if let known = isResultHandler[reader] {
            handler = known
        } else {
            handler = reader.text.contains("_handle_results")
            isResultHandler[reader] = handler
        }
        if lastReader?.name != reader { lastReader = (reader, handler) }
        guard handler, result.pointee.objectName != .none, let job = result.intField(jobKey), let index = result.intField(indexKey),
              let end = ends[TaskKey(pool: result.pointee.objectName, job: job, index: index)] else { return nil }
        let to = result.pointee.t
        guard to - events[end].t >= StateQueries.callbackHoldNs else { return nil }    // most results: no look at the runs
        let runs = slot(ThreadKey(pid: result.pointee.pid, thread: reader), making: false).map { finished[$0] } ?? []
        return CallbackHold(resultStep: r, endStep: end, from: events[end].t, to: to, runs: runs)
    }
}
