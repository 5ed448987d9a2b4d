public extension EventField {
    /// Gaps 31A: a `thread.rename`'s name before the rename.
    static let old = "old"
    /// A `thread.start`'s or `thread.rename`'s thread ident (a thread's, not the event's own `tid`); idents are reused
    /// once a thread has ended.
    static let threadTid = "thread_tid"
}

public extension EventField {
    /// Gaps 31A: a spawn/forkserver `process.spawn`'s parent recursion limit, when it was not the default 1000.
    static let recursionLimit = "recursion_limit"
}
