import TutorCore

extension PoolTask {
    /// Whether the task's exception was raised by the pool's call of its function before the function's code began
    /// (its last end's `not_entered`): the task started in a worker, but its function never ran.
    public func neverEntered(in events: [TraceEvent]) -> Bool {
        endEvent >= 0 && events[Int(endEvent)].bool(EventField.notEntered) == true
    }
}
