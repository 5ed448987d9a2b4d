extension Lane {
    /// True for a worker thread of a ThreadPool (`multiprocessing.dummy.Pool()`): a thread of the pool's own process,
    /// so what its initializer sets in module globals is that process's, shared by every thread (round 25).
    public var isThreadPoolWorker: Bool { workerOfPool != nil }
}
