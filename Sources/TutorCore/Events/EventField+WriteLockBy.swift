extension EventField {
    /// queue.wlock.wait: who waits for a queue's write lock: `feeder` (a Queue's feeder thread, gaps 22B) or `put` (a
    /// SimpleQueue's put() in the caller's thread, gaps 24C).
    public static let by = "by"
}
