import TutorCore
import TutorAnalysis

extension StatePanel {
    /// "holder/holder-thread acquired it at 0.666 s, then ended (exitcode 0) still holding it" for a Lock or RLock whose
    /// every holder has ended (r27_thread_holds_lock_exit: a child's thread held it at the child's os._exit): "held by"
    /// would read as if an ended process still held it (round 17's hang text avoids that too); nil otherwise.
    func keptBy(_ lock: RunState.Lock) -> String? {
        StateQueries.keptByText(of: lock, in: state).map { painter.paint($0, .yellow) }
    }
}
