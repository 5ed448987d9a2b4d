/// What the thread that supervises a live run tells the view's thread: where the events go once the
/// run started, and how it ended. Guarded by a lock: the two threads share nothing else.
final class LiveRunState: @unchecked Sendable {
    private let lock = ProcessLock()
    private var startedSource: TracedRun.LiveSource?
    private var finished: Result<TracedRun.Result, any Error>?

    var source: TracedRun.LiveSource? { lock.withLock { startedSource } }
    var result: Result<TracedRun.Result, any Error>? { lock.withLock { finished } }

    func start(_ source: TracedRun.LiveSource) { lock.withLock { startedSource = source } }
    func finish(_ result: Result<TracedRun.Result, any Error>) { lock.withLock { finished = result } }
}
