import TutorCore

extension EventDescriber {
    /// The words after a failed task's row when the tracer saw the exception raised by the pool's own call of a Python
    /// function, before that function's code began (`not_entered`: `apply_async(f, (5))`, a wrong count of
    /// arguments); "" otherwise. The function is named from the task's start on the same thread.
    func notEntered(_ e: TraceEvent, at index: Int) -> String {
        guard e.bool(EventField.notEntered) == true else { return "" }
        let events = timeline.events
        var i = index - 1
        // a worker runs one task at a time: the start is the last of its thread's before the end (a rare row: a scan)
        while i >= 0 {
            let s = events[i]
            if s.pid == e.pid, s.thread == e.thread, s.is(.taskStart) {
                guard s.job == e.job, s.index == e.index, let function = s.function else { return "" }
                return Phrase.evTaskNotEntered.text(["func": function])
            }
            i -= 1
        }
        return ""
    }
}
