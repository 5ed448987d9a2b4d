public extension EventField {
    /// Gaps 34B: pool.result with error `MaybeEncodingError` (a worker could not pickle a task's value or exception):
    /// the pickling error the worker hit, as CPython keeps it (its `repr()`), at most 300 characters from the tracer.
    static let reason = "reason"
}
