import TutorCore
import TutorAnalysis

extension StatePanel {
    /// The pool row's words when no worker of the pool is alive (round 36T): none started yet, or every worker it
    /// started has ended (a pool terminated by its with-block said "no worker started yet" for the rest of the run).
    /// A worker whose start() began but that recorded no start of its own is counted apart: the record cannot say
    /// whether it is alive.
    func noLiveWorkerText(_ pool: RunState.Pool) -> String {
        guard pool.workersStarted > 0 else {
            // round 38S: workers whose start() was called but none of which reached run() (no `__main__` guard under
            // spawn: 49 started, each ended importing the main module) are not "no worker started yet"
            return painter.paint(pool.workersSpawned > 0 ? Phrase.panelWorkersNoneInRun.text(["n": pool.workersSpawned])
                                                         : Phrase.panelNoWorker.text(), .dim)
        }
        let unrecorded = pool.workersSpawned - pool.workersStarted
        let text = unrecorded > 0
            ? Phrase.panelWorkersEndedUnrecorded.text(["n": pool.workersStarted, "m": unrecorded])
            : Phrase.panelWorkersAllEnded.text(["n": pool.workersStarted])
        return painter.paint(text, .dim)
    }
}
