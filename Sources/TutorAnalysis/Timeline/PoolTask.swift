import TutorCore

/// One task of a Pool, followed from submission to callback. Times are ns since the run started.
public struct PoolTask: Sendable, Equatable {
    /// multiprocessing's job number and the chunk index within the job.
    var job: Int64
    var index: Int64
    public var pool: String?
    var function: String?
    var arguments: String?
    var submitT: Int64?
    public var startT: Int64?
    public var endT: Int64?
    var resultT: Int64?
    var callbackT: Int64?
    var callbackEndT: Int64?
    /// The worker that ran it.
    var workerPid: Int32?
    /// The worker's thread: `MainThread` for a worker process, the worker thread of a ThreadPool.
    var workerThread: String?
    /// The worker's name: the process, or `process · thread` for a ThreadPool's worker thread.
    var worker: String?
    public var succeeded: Bool?
    var result: String?

    /// A name for the task in notes: `task 3`, or `task 3.1` for a chunk of a map.
    public var name: String { Self.name(job: job, index: index) }

    /// `task 3`, or `task 3.1` for chunk 1 of job 3: the one way tasks are named on screen.
    static func name(job: Int64, index: Int64) -> String { index == 0 ? "task \(job)" : "task \(job).\(index)" }

    /// Identifies the worker: a process, or one thread of it.
    var workerKey: String? { workerPid.map { "\($0)|\(workerThread ?? "MainThread")" } }

    /// Time spent in the task queue before a worker took it.
    public var queuedNs: Int64? { startT.flatMap { start in submitT.map { start - $0 } } }
}
