import TutorCore
import TutorAnalysis

/// Which of a Pool task's two callbacks a `pool.callback.end` ends (round 22H: a retry loop's error_callback ended on
/// "callback for task 1 returns", under its own row "error_callback …(the exception of task 1)").
extension EventDescriber {
    /// Did the callback this `pool.callback.end` ends get the task's exception? Its start is the last `pool.callback`
    /// of the same job on the same thread before it: a callback runs to its end on the thread that called it, and the
    /// apply_async() a callback makes starts a new job, never another callback of this one on this thread first.
    func endsErrorCallback(_ index: Int) -> Bool {
        let events = timeline.events, e = events[index]
        for i in stride(from: index - 1, through: 0, by: -1) {
            let before = events[i]
            guard before.pid == e.pid, before.thread == e.thread else { continue }
            if before.is(.poolCallbackEnd) && before.job == e.job { return false }     // an earlier call's end: no start seen
            if before.is(.poolCallback) && before.job == e.job { return before.bool(EventField.error) == true }
        }
        return false
    }
}
