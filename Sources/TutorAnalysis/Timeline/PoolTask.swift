import TutorCore

/// One task of a Pool, followed from submission to callback. Times are ns since the run started.
///
/// Numbers only (about 100 bytes): a long `Pool.map` has a third of a million tasks, and six strings per task were
/// most of their 216 bytes and a retain on every copy. Names are numbers in `EventNames`; the function and its
/// arguments are read, when asked for, from the events that carried them.
public struct PoolTask: Sendable, Equatable {
    /// multiprocessing's job number and the chunk index within the job.
    var job: Int64
    var index: Int64
    private var submitNs = Self.absent
    private var startNs = Self.absent
    private var endNs = Self.absent
    private var resultNs = Self.absent
    private var callbackNs = Self.absent
    private var callbackEndNs = Self.absent
    private var poolName = EventName.none
    /// The worker's process and thread (`.none` until a worker took the task) and its pid.
    private var workerProcess = EventName.none
    private var workerThreadName = EventName.none
    private var workerPidNumber: Int32 = 0
    /// The events whose `func` and `args` are the task's, and its first start (-1: none).
    private(set) var functionEvent: Int32 = -1
    private(set) var argumentsEvent: Int32 = -1
    /// The first `pool.task.start` of this task (its `items`, if the tracer wrote them).
    private(set) var firstStartEvent: Int32 = -1
    /// The last `pool.task.end`, whose `result` is the task's.
    private(set) var endEvent: Int32 = -1
    public var succeeded: Bool?
    /// The result reached the parent as an exception (`pool.result` with `ok: false`): for a task that returned, the
    /// worker could not pickle its value and sent `MaybeEncodingError` in its place (pool.worker).
    public var resultFailed = false

    private static let absent = Int64.min

    init(job: Int64, index: Int64) {
        self.job = job
        self.index = index
    }

    public var pool: String? {
        get { poolName == .none ? nil : poolName.text }
        set { poolName = newValue.map(EventName.init) ?? .none }
    }
    var submitT: Int64? { get { Self.time(submitNs) } set { submitNs = newValue ?? Self.absent } }
    public var startT: Int64? { get { Self.time(startNs) } set { startNs = newValue ?? Self.absent } }
    public var endT: Int64? { get { Self.time(endNs) } set { endNs = newValue ?? Self.absent } }
    var resultT: Int64? { get { Self.time(resultNs) } set { resultNs = newValue ?? Self.absent } }
    var callbackT: Int64? { get { Self.time(callbackNs) } set { callbackNs = newValue ?? Self.absent } }
    var callbackEndT: Int64? { get { Self.time(callbackEndNs) } set { callbackEndNs = newValue ?? Self.absent } }

    /// The worker that ran it.
    var workerPid: Int32? { workerProcess == .none ? nil : workerPidNumber }
    /// The worker's thread: `MainThread` for a worker process, the worker thread of a ThreadPool.
    var workerThread: String? { workerProcess == .none ? nil : workerThreadName.text }
    /// The worker's thread as its number: `workerThread`'s text, not made (`.none` until a worker took the task).
    var workerThreadNumber: EventName { workerThreadName }
    /// The worker's name: the process, or `process · thread` for a ThreadPool's worker thread.
    var worker: String? {
        guard workerProcess != .none else { return nil }
        let thread = workerThreadName.text
        return thread == "MainThread" ? workerProcess.text : "\(workerProcess.text) · \(TraceEvent.threadRole(of: thread))"
    }

    /// A name for the task in notes: `task 3`, or `task 3.1` for a chunk of a map.
    public var name: String { Self.name(job: job, index: index) }

    /// `task 3`, or `task 3.1` for chunk 1 of job 3: the one way tasks are named on screen.
    static func name(job: Int64, index: Int64) -> String { TaskNameText.of(job: job, index: index) }

    /// Identifies the worker: a process, or one thread of it.
    var workerKey: String? { workerPid.map { "\($0)|\(workerThread ?? "MainThread")" } }

    /// Time spent in the task queue before a worker took it.
    public var queuedNs: Int64? { startT.flatMap { start in submitT.map { start - $0 } } }

    /// The function the task ran, from the events of `events` (the timeline's) that named it.
    func function(in events: [TraceEvent]) -> String? { functionEvent < 0 ? nil : events[Int(functionEvent)].function }
    /// The task's arguments as the tracer wrote them.
    func arguments(in events: [TraceEvent]) -> String? { argumentsEvent < 0 ? nil : events[Int(argumentsEvent)].args }
    /// The task's result (`repr`, shortened) as its last end event gave it.
    func result(in events: [TraceEvent]) -> String? { endEvent < 0 ? nil : events[Int(endEvent)].result }
    /// The `items` of the task's first start, when the tracer recorded them.
    func items(in events: [TraceEvent]) -> Int64? { firstStartEvent < 0 ? nil : events[Int(firstStartEvent)].int(EventField.items) }

    private static func time(_ ns: Int64) -> Int64? { ns == absent ? nil : ns }
}

extension PoolTask {
    /// The task was submitted by event `at` (`submit`, with the pool `submit.object`).
    mutating func submitted(by submit: TraceEvent, at index: Int, chunks: Int64) {
        submitNs = submit.t
        poolName = submit.objectName
        functionEvent = Int32(index)
        if chunks == 1 { argumentsEvent = Int32(index) }
    }

    /// A worker started the task with event `at`.
    mutating func started(by start: TraceEvent, at index: Int, events: [TraceEvent]) {
        if firstStartEvent < 0 { firstStartEvent = Int32(index) }
        startNs = start.t
        workerPidNumber = start.pid
        workerProcess = start.processName
        workerThreadName = start.threadName
        if function(in: events) == nil { functionEvent = Int32(index) }
        if start.args != nil { argumentsEvent = Int32(index) }
    }

    /// A worker ended the task with event `at`.
    mutating func ended(by end: TraceEvent, at index: Int) {
        endNs = end.t
        succeeded = end.ok
        endEvent = Int32(index)
    }

    /// The pool of a task that started before its submission was seen as this task's.
    mutating func adoptPool(_ pool: EventName, submitT: Int64) {
        poolName = pool
        if submitNs == Self.absent { submitNs = submitT }
    }

    var hasPool: Bool { poolName != .none }
}
