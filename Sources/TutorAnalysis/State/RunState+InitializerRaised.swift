import TutorCore

extension RunState {
    /// The ProcessPoolExecutor and the failure, when the worker process `name` ran its executor's initializer and it
    /// raised (gaps 31B): such a worker is alive for a moment after (it logs "Exception in initializer" and returns from its
    /// loop), and "running" alone reads as a healthy worker. Read from the executors' `initFailedAlive` (every live worker's;
    /// `initFailures`, the last three, left a fourth worker's row unsaid: gaps 32A).
    public func initializerRaised(inWorker name: String) -> (executor: Executor, failure: InitFailure)? {
        for executor in executors where !executor.isThreads {
            if let failure = executor.initFailedAlive.last(where: { $0.worker == name }) { return (executor, failure) }
        }
        return nil
    }
}
