import TutorCore

extension StateQueries {
    /// What the record shows of a worker an executor's manager thread started at `index` in place of one that left after
    /// its max_tasks_per_child work items, after the program had called shutdown() and before it returned, when the new
    /// worker took no work item (round 24F: CPython 3.11's `_adjust_process_count()` after a worker's `exit_pid`, even
    /// while shutting down). Nil otherwise, or when any of it is not in the record.
    public struct WorkerReplacedAtShutdown: Sendable, Equatable {
        public let executor: String
        public let old: String
        public let maxTasks: Int64
        public let shutdownAt: Int64
    }

    public static func workerReplacedAtShutdown(at index: Int, in timeline: Timeline) -> WorkerReplacedAtShutdown? {
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
        // shutdown() called on that executor and not yet returned
        guard let call = events[..<index].last(where: { $0.is(.executorWait) && $0.object == executor && $0.string(EventField.call) == "shutdown()" }),
              !events[..<index].contains(where: { $0.is(.executorShutdown) && $0.object == executor && $0.t >= call.t }) else { return nil }
        // the new worker never started a work item
        guard !events.contains(where: { $0.is(.futureStart) && $0.pid == child }) else { return nil }
        return WorkerReplacedAtShutdown(executor: executor, old: oldName, maxTasks: maxTasks, shutdownAt: call.t)
    }
}
