import TutorCore

/// One row of the timeline: a thread of a process that did something worth showing.
public struct Lane: Sendable, Equatable, Hashable {
    public var pid: Int32
    public var thread: String
    /// The multiprocessing process name.
    public var process: String
    /// `main`, `child`, `forkserver`, `resource_tracker`, `manager` or `other`, as the tracer classified the process.
    public var role: String
    /// A thread multiprocessing started for itself (a queue's feeder, a pool's handler threads).
    var isInfrastructureThread = false
    /// The lane holds only thread start/exit events: nothing the program did.
    var onlyThreadLifecycle = false
    /// The lane printed something: what the program's output shows (a helper's warning on stderr, say).
    var printed = false
    /// The process runs a manager's server the program started itself (`get_server().serve_forever()`).
    var servesManager = false

    /// For a worker thread of a ThreadPool started by its constructor: the pool's label and the thread's place among its
    /// workers (1, 2, …), so the lane says whose worker it is (gaps 22A: three lanes read "MainProcess · worker").
    var workerOfPool: String?
    /// The thread of a `logging.handlers.QueueListener` (its target `QueueListener._monitor`, gaps 29A): logging's own, not
    /// the program's, though it does the program's logging.
    public var isLoggingListener = false
    /// The name a thread had when it ended (`thread.exit`), when the program renamed it after its first event (gaps 29A):
    /// the tracer names a thread once, at its first event, so its lane keeps that name while `thread.exit` and
    /// `thread.join` rows say the new one. Nil when the names agree.
    public var threadEndName: String?
    /// The names the program (or a library) gave this thread after its start, in order (`thread.rename`, gaps 31A and
    /// 32C), not its main thread's.
    public var threadRenames: [String] = []
    var workerNumber = 0
    /// The lane names its thread in full (`Thread-2 (count_doc)`) because another thread of its process would have the
    /// same short label (round 33T: three lanes read "ForkProcess-2 · count_doc"; `Lane.nameRepeatedLabelsInFull`).
    var namesThreadInFull = false

    /// The names the program gave this lane's process with `current_process().name = …`, in step order (gaps 28B):
    /// `process` stays the name it started with, as every event of the transcript still carries it.
    public var renames: [LaneRename] = []

    /// True for the main thread of its process.
    public var isMainThread: Bool { thread == "MainThread" }

    /// A short label: the process name, with the thread's role for any other thread (`MainProcess · _handle_results`).
    public var label: String {
        let label = label(naming: shownName)
        // gaps 32C: a thread renamed several times shows every name it was given, in order, not the last alone
        if threadRenames.count > 1 { return Phrase.laneThreadNamedLater.text(["label": label, "name": Lane.chained(threadRenames)]) }
        if let end = threadEndName { return Phrase.laneThreadNamedAtEnd.text(["label": label, "name": end]) }
        return threadRenames.last.map { Phrase.laneThreadNamedLater.text(["label": label, "name": $0]) } ?? label
    }

    /// `label` with the process called `name`.
    func label(naming process: String) -> String {
        if isMainThread { return process }
        // A manager's server names the thread serving a client after that client: it is not the client.
        if role == "manager" || servesManager, TraceEvent.namesAManagerClient(thread) { return Phrase.laneServes.text(["process": process, "thread": thread]) }
        if isLoggingListener { return Phrase.laneLoggingListener.text(["process": process, "thread": thread]) }
        if let pool = workerOfPool { return Phrase.laneThreadPoolWorker.text(["process": process, "pool": pool, "n": workerNumber]) }
        return "\(process) · \(namesThreadInFull ? thread : TraceEvent.threadRole(of: thread))"
    }

    /// Helpers that multiprocessing starts on its own, with nothing of the program's on them: hidden unless asked for.
    /// (A pool's `_handle_results` thread is multiprocessing's, but it runs the program's callbacks: it stays. A helper
    /// that printed stays too: the resource tracker's leak warning is on the program's stderr, untraced as well.)
    public var isInfrastructure: Bool {
        ((role == "forkserver" || role == "resource_tracker") && !printed) || (isInfrastructureThread && onlyThreadLifecycle)
    }
}
