import TutorCore
import TutorCapture
import TutorAnalysis

/// What the thread that supervises a live run tells the view's thread: where the events go once the
/// run started, and how it ended. Guarded by a lock: the two threads share nothing else.
final class LiveRunState: @unchecked Sendable {
    private let lock = ProcessLock()
    private var startedSource: TracedRun.LiveSource?
    private var finished: Result<TracedRun.Result, any Error>?
    /// Ctrl-C pressed before the run started: its signal catcher was not there yet to take it (it drops
    /// what came before it), so it is handed over at the start.
    private var earlyInterrupts = 0

    var source: TracedRun.LiveSource? { lock.withLock { startedSource } }
    var result: Result<TracedRun.Result, any Error>? { lock.withLock { finished } }

    /// Called on the run's thread right after the spawn, when the run's catcher is in place.
    func start(_ source: TracedRun.LiveSource) {
        lock.withLock {
            startedSource = source
            for _ in 0..<earlyInterrupts { Supervisor.interruptRun() }
            earlyInterrupts = 0
        }
    }

    /// Stops the run as Ctrl-C does, now or as soon as it has started.
    func interrupt() {
        lock.withLock {
            if startedSource == nil { earlyInterrupts += 1 } else { Supervisor.interruptRun() }
        }
    }

    func finish(_ result: Result<TracedRun.Result, any Error>) { lock.withLock { finished = result } }
}
