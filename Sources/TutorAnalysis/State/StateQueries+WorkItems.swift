import TutorCore

public extension StateQueries {
    /// Where work item `work` of `executor` was started before step `step`: the worker's process name (a
    /// ProcessPoolExecutor's) or "process · thread" (a ThreadPoolExecutor's), and whether that worker had ended
    /// the item before `step` too; nil when no start of that item is in the record before it (or its start cannot
    /// be told from another executor's item of the same number).
    static func workItemWorker(_ executor: String, work: Int64, before step: Int, in timeline: Timeline) -> (worker: String, ended: Bool)? {
        let events = timeline.events
        guard events.indices.contains(step) else { return nil }
        let owner = ExecutorFigures.owners(timeline, labels: timeline.events.filter { $0.is(.executorCreate) }.compactMap(\.object))
        guard let start = events[..<step].indices.last(where: { events[$0].is(.futureStart) && events[$0].work == work && owner[$0] == executor })
        else { return nil }
        let e = events[start]
        // Its end: the next future.end on the same thread (a worker runs one item at a time).
        let end = events[(start + 1)..<step].first { $0.is(.futureEnd) && $0.pid == e.pid && $0.threadName == e.threadName }
        return (e.thread == "MainThread" ? e.process : e.process + " · " + e.threadRole, end?.work == work)
    }

    /// The type an executor was made as (`ProcessPoolExecutor`, `ThreadPoolExecutor`), when recorded.
    static func executorType(_ executor: String, in timeline: Timeline) -> String? {
        timeline.events.first { $0.is(.executorCreate) && $0.object == executor }?.objectType
    }

    /// The one work item of `executor` that a worker ended before `step` and whose outcome never came back to the
    /// executor (no `future.result` for it before `step`); nil when there is none, or more than one.
    static func endedWithoutResult(executor: String, before step: Int, in timeline: Timeline) -> Int64? {
        let events = timeline.events
        guard events.indices.contains(step) else { return nil }
        let owner = ExecutorFigures.owners(timeline, labels: events.filter { $0.is(.executorCreate) }.compactMap(\.object))
        var started: [Int32: [Int64]] = [:]       // per worker process: its items, in order (one at a time)
        var ended: Set<Int64> = []
        var back: Set<Int64> = []
        for (i, e) in events[..<step].enumerated() {
            if e.is(.futureStart), owner[i] == executor, let work = e.work { started[e.pid, default: []].append(work) }
            if e.is(.futureEnd), let work = e.work, started[e.pid]?.last == work { ended.insert(work) }
            if e.is(.futureResult), e.object == executor, let work = e.work { back.insert(work) }
        }
        let missing = ended.subtracting(back)
        return missing.count == 1 ? missing.first : nil
    }
}
