extension EventField {
    /// future.submit.error: the work item a ProcessPoolExecutor's submit() had made and queued before it raised while
    /// starting its workers or manager thread (round 13F; absent: no work item was made).
    public static let queued = "queued"
    /// executor.wait of shutdown(): the type of the exception leaving the `with executor:` block whose end called it (round 13F).
    public static let withError = "with_error"
    /// executor.create of a ProcessPoolExecutor: its max_tasks_per_child (Python 3.11+; round 13F).
    public static let maxTasks = "max_tasks"
}
