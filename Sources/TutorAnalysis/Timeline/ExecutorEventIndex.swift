import TutorCore

/// The events every executor's figures read, found in one pass over the run's executor and work item events and
/// kept by executor (a slot per distinct label), with each `future.start`'s owner and the next `future.end` on its
/// thread. `ExecutorFigures.init` filtered the whole run five times per executor, gave starts to executors through
/// a `[Int: String]` and found each start's end by a forward scan (152.7M instructions on a 100k-event futures run,
/// perf 30); here each of those is a look-up by position.
struct ExecutorEventIndex {
    /// The labels of the `executor.create` events, in order (a label may be there twice).
    let labels: [String]
    /// The slot of each label (labels of the same text share one).
    let slotOfLabel: [Int]
    let slotCount: Int
    /// Per slot: the first `executor.create` of that label, the last `executor.broken`.
    private(set) var create: [Int?]
    private(set) var broken: [Int?]
    /// Per slot: its `future.submit`, `future.submit.error`, `future.result` and `future.cancel` events, in order.
    private(set) var submits: [[Int]]
    private(set) var submitErrors: [[Int]]
    private(set) var results: [[Int]]
    private(set) var cancels: [[Int]]
    /// Every `future.start` and `future.end`, in order; of each, the position here of the next `future.end` on the
    /// same thread (pid and thread name) and of the next `future.start` or `future.end` there (-1: none).
    private(set) var startsAndEnds: [Int] = []
    private(set) var nextEnd: [Int] = []
    private(set) var nextStartOrEnd: [Int] = []
    /// The positions in `startsAndEnds` of the starts an executor owns (`ExecutorFigures.owners`' rule), per slot.
    private(set) var ownedStarts: [[Int]]

    init(_ timeline: Timeline) {
        let events = timeline.events
        let creates = timeline.indices(of: .executorCreate).filter { events[$0].objectName != .none }
        labels = creates.map { events[$0].object ?? "" }
        var slotOfName: [EventName: Int] = [:]
        var slotOfText: [String: Int] = [:]
        slotOfLabel = creates.map { i in
            let name = events[i].objectName
            if let slot = slotOfName[name] { return slot }
            slotOfName[name] = slotOfName.count
            slotOfText[name.text] = slotOfName.count - 1
            return slotOfName.count - 1
        }
        slotCount = slotOfName.count
        create = Array(repeating: nil, count: slotCount)
        broken = create
        submits = Array(repeating: [], count: slotCount)
        submitErrors = submits
        results = submits
        cancels = submits
        ownedStarts = submits
        // No executor: no figures, and no start has an owner.
        guard slotCount > 0 else { return }
        var owners = StartOwners(slotOfLabel: slotOfLabel, slotCount: slotCount)
        func slot(_ name: EventName) -> Int? { name == .none ? nil : slotOfName[name] }
        for i in timeline.indices(of: .executorCreate, .processSpawn, .futureSubmit, .futureStart, .futureEnd,
                                  .futureSubmitError, .futureResult, .executorBroken, .futureCancel) {
            let e = events[i]
            switch e.known {
            case .executorCreate:
                if let x = slot(e.objectName) {
                    if create[x] == nil { create[x] = i }
                    if let type = e.objectType { owners.made(x, in: e.pid, threads: type == "ThreadPoolExecutor") }
                }
            case .processSpawn:
                if let x = e.string(EventField.executor), let pid = e.childPid { owners.worker(pid, of: slotOfText[x] ?? -1) }
            case .futureSubmit:
                guard let x = slot(e.objectName) else { continue }
                submits[x].append(i)
                if let work = e.work { owners.submitted(work, to: x) }
            case .futureStart:
                if let work = e.work, let x = owners.owner(ofStart: work, pid: e.pid, mainThread: e.isMainThread) {
                    ownedStarts[x].append(startsAndEnds.count)
                }
                startsAndEnds.append(i)
            case .futureEnd:
                startsAndEnds.append(i)
            case .futureSubmitError:
                if let x = slot(e.objectName) { submitErrors[x].append(i) }
            case .futureResult:
                if let x = slot(e.objectName) { results[x].append(i) }
            case .executorBroken:
                if let x = slot(e.objectName) { broken[x] = i }
            case .futureCancel:
                if let x = slot(e.objectName) { cancels[x].append(i) }
            default:
                break
            }
        }
        linkThreads(events)
    }

    /// `nextEnd` and `nextStartOrEnd`, from the last start or end back to the first.
    private mutating func linkThreads(_ events: [TraceEvent]) {
        nextEnd = Array(repeating: -1, count: startsAndEnds.count)
        nextStartOrEnd = nextEnd
        // Each thread numbered once (one look-up per event), its last start or end and last end kept by that number.
        var numberOf: [ThreadOfEvent: Int] = [:]
        var lastEnd: [Int] = [], lastAny: [Int] = []
        for p in startsAndEnds.indices.reversed() {
            let e = events[startsAndEnds[p]]
            let key = ThreadOfEvent(pid: e.pid, thread: e.threadName)
            let thread = numberOf[key] ?? lastAny.count
            if thread == lastAny.count {
                numberOf[key] = thread
                lastEnd.append(-1)
                lastAny.append(-1)
            }
            nextEnd[p] = lastEnd[thread]
            nextStartOrEnd[p] = lastAny[thread]
            lastAny[thread] = p
            if e.is(.futureEnd) { lastEnd[thread] = p }
        }
    }
}

/// One thread of one process, by number.
private struct ThreadOfEvent: Hashable {
    var pid: Int32
    var thread: EventName
}
