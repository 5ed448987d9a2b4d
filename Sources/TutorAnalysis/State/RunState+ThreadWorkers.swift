extension RunState {
    /// A ThreadPool's worker thread began (`name`) or ended (nil) a task: the task is the thread's, in the pool it works for
    /// (gaps 26A; the record names the thread that ran each task).
    mutating func applyThreadWorkerTask(_ thread: String, _ task: String?) {
        for p in pools.indices {
            if let w = pools[p].threadWorkers.firstIndex(where: { $0.name == thread }) { pools[p].threadWorkers[w].task = task }
        }
    }

    /// A ThreadPool's worker thread ended: no longer among its pool's threads, counted as ended.
    mutating func applyThreadWorkerExit(_ thread: String) {
        for p in pools.indices where pools[p].threadWorkers.contains(where: { $0.name == thread }) {
            pools[p].threadWorkers.removeAll { $0.name == thread }
            pools[p].threadWorkersEnded += 1
        }
    }
}
