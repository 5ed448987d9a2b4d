import TutorCore

extension StateQueries {
    /// What the record shows of a worker an executor's manager thread started at `index` in place of one that left by
    /// itself after its max_tasks_per_child work items (round 38C: CPython 3.11's manager thread joins the worker whose
    /// result carried its `exit_pid`, then `_adjust_process_count()` starts another). `tookNone` when the record holds
    /// the new worker's end and no work item it started. Nil otherwise, or when any of it is not in the record.
    public struct WorkerReplacedAfterMaxTasks: Sendable, Equatable {
        public let executor: String
        public let old: String
        public let maxTasks: Int64
        public let tookNone: Bool
    }

    public static func workerReplacedAfterMaxTasks(at index: Int, in timeline: Timeline) -> WorkerReplacedAfterMaxTasks? {
        let events = timeline.events
        guard events.indices.contains(index), events[index].is(.processSpawn), events[index].thread != "MainThread",
              let child = events[index].childPid else { return nil }
        let e = events[index]
        // the worker this thread joined last, and the executor that started it
        guard let join = events[..<index].lastIndex(where: { $0.is(.processJoin) && $0.pid == e.pid && $0.thread == e.thread }),
              let old = events[join].childPid, let oldName = events[join].name,
              let executor = events[..<join].last(where: { $0.is(.processSpawn) && $0.childPid == old })?.string(EventField.executor),
              let create = events.first(where: { $0.is(.executorCreate) && $0.object == executor }),
              let maxTasks = create.int(EventField.maxTasks), maxTasks > 0 else { return nil }
        // the old worker ended by itself (code 0) after exactly max_tasks work items
        guard events[..<join].contains(where: { $0.is(.processReaped) && $0.childPid == old && $0.exitCode == 0 }),
              Int64(events[..<join].filter { $0.is(.futureStart) && $0.pid == old }.count) == maxTasks else { return nil }
        let ended = events[index...].contains { ($0.is(.processExit) && $0.pid == child) || ($0.is(.processReaped) && $0.childPid == child) }
        let started = events[index...].contains { $0.is(.futureStart) && $0.pid == child }
        return WorkerReplacedAfterMaxTasks(executor: executor, old: oldName, maxTasks: maxTasks, tookNone: ended && !started)
    }
}
