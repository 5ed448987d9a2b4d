import TutorCore

extension StateQueries {
    /// Where a manager's server shows it still served a process: the steps at which the server's thread serving
    /// a process's main thread ended ("the thread serving ForkPoolWorker-2 ends"), and each process's task starts.
    ///
    /// A Pool worker drops the task's manager proxies after the task ends (`worker()` clears `task`/`args`; each
    /// `BaseProxy._decref` connects to the manager once, and the last one closes the worker's own connection, which
    /// ends that server thread). The tracer records no decref, so this row is what the record shows of it.
    struct ManagerHangUps {
        /// By client name (the process's name: a thread other than its main one is named `process|thread`), the
        /// steps of the server's thread-end rows, ascending.
        var ends: [String: [Int]] = [:]
        /// By process name, the steps of its `pool.task.start` rows, ascending.
        var starts: [String: [Int]] = [:]

        /// Whether the record does not show `worker` done with a manager at `step`, before its next task: a server
        /// thread serving it ends after `step` and before the worker starts another task.
        func closing(_ worker: String, at step: Int) -> Bool {
            guard let end = ends[worker]?.first(after: step) else { return false }
            guard let start = starts[worker]?.first(after: step) else { return true }
            return end < start
        }
    }

    /// The server thread-end rows and task starts from step `from` on (one pass over the rest of the run).
    static func managerHangUps(from: Int, in timeline: Timeline) -> ManagerHangUps {
        var found = ManagerHangUps()
        let events = timeline.events
        guard from >= 0, from < events.count else { return found }
        var servers: [Int32: Bool] = [:]
        // By kind, from `from` on: the server rows first. A worker with no such row is never `closing`, so its task
        // starts are not gathered (a run with no manager, most runs, reads no task start here).
        for index in timeline.indices(of: .threadExit) where index >= from {
            let e = events[index]
            if let name = e.name, name == e.thread, TraceEvent.namesAManagerClient(name), name != e.process {
                let server = servers[e.pid] ?? timeline.process(pid: e.pid).map { $0.role == "manager" || $0.servesManager } ?? false
                servers[e.pid] = server
                if server { found.ends[name, default: []].append(index) }
            }
        }
        guard !found.ends.isEmpty else { return found }
        for index in timeline.indices(of: .taskStart) where index >= from && found.ends[events[index].process] != nil {
            found.starts[events[index].process, default: []].append(index)
        }
        return found
    }
}

private extension Array where Element == Int {
    /// The first element greater than `step` (the array is ascending).
    func first(after step: Int) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] > step { high = mid } else { low = mid + 1 }
        }
        return low < count ? self[low] : nil
    }
}
