import TutorCore

extension EventDescriber {
    /// Did the task whose `pool.result` is at `index` raise (its worker's `pool.task.end` not ok)? Looks back a bounded
    /// number of events for that end (same job and chunk index; Pool job numbers are unique within a process); false
    /// when it is not found, and the row keeps the words of a task that returned.
    func taskRaised(before index: Int, _ result: TraceEvent) -> Bool {
        guard let job = result.job else { return false }
        var i = index - 1
        let stop = max(0, index - 4_096)
        while i >= stop {
            let e = timeline.events[i]
            if e.is(.taskEnd), e.job == job, e.index == result.index { return e.ok == false }
            i -= 1
        }
        return false
    }
}
