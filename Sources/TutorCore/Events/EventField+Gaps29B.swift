public extension EventField {
    /// Gaps 29B: a `tracker.register`/`tracker.unregister`'s resource type, as multiprocessing names it (`semaphore`,
    /// `shared_memory`); its resource's name is `name`.
    static let rtype = "rtype"
}

public extension EventField {
    /// Gaps 29B: an `executor.shutdown` called with `cancel_futures=True` (true; absent otherwise).
    static let cancelFutures = "cancel_futures"
}
