import TutorCore

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

    /// The pool's initializer began or ended in a ThreadPool's worker thread (gaps 27A: the thread was shown idle while
    /// it ran it). False when the event's thread is no pool's worker thread (a process worker's initializer).
    mutating func applyThreadWorkerInitializer(_ e: TraceEvent) -> Bool {
        guard let p = pools.firstIndex(where: { $0.threadWorkers.contains { $0.name == e.thread } }) else { return false }
        pools[p].initFunction = e.function ?? pools[p].initFunction
        pools[p].threadWorkersInitializing.removeAll { $0 == e.thread }
        // (its end is not counted in initsDone/initFailed: those are the process workers' figures the panel states)
        if e.is(.poolInit) { pools[p].threadWorkersInitializing.append(e.thread) }
        return true
    }
}
