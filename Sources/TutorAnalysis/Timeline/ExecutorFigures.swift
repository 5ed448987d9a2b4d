import TutorCore

/// One concurrent.futures executor's figures: work items submitted, run (by which worker), failed, and
/// whether it broke. Work items run in a worker carry no executor label (the worker does not know it), so
/// they are counted by the pids of the processes (or the threads) that ran an item of this executor's numbers.
public struct ExecutorFigures: Sendable {
    public var executor: String
    public var maxWorkers: Int64?
    public var submitted: Int
    /// Results that came back to the executor (ProcessPoolExecutor: on its manager thread).
    public var resultsBack: Int
    public var raised: Int
    /// Work items per worker (`ProcessPoolExecutor` worker process name, or thread).
    public var perWorker: [(worker: String, items: Int)]
    /// Pending work items failed by a broken pool.
    public var brokenPending: Int?

    public static func all(_ timeline: Timeline) -> [ExecutorFigures] {
        let labels = timeline.events.filter { $0.is(.executorCreate) }.compactMap(\.object)
        return labels.map { ExecutorFigures(executor: $0, timeline: timeline, only: labels.count == 1) }
    }

    init(executor: String, timeline: Timeline, only: Bool) {
        self.executor = executor
        let events = timeline.events
        maxWorkers = events.first { $0.is(.executorCreate) && $0.object == executor }?.int(EventField.maxWorkers)
        submitted = events.filter { $0.is(.futureSubmit) && $0.object == executor }.count
        let results = events.filter { $0.is(.futureResult) && $0.object == executor }
        resultsBack = results.count
        // With one executor every work item is its own; with several, only the results tell them apart.
        let ends = only ? events.filter { $0.is(.futureEnd) } : []
        let failedEnds = ends.filter { $0.ok == false }.count
        let failedResults = results.filter { $0.ok == false }.count
        raised = only ? failedEnds : failedResults
        var names: [String] = []
        var counts: [String: Int] = [:]
        for e in events where only && e.is(.futureStart) {
            let worker: String = e.thread == "MainThread" ? e.process : e.process + " · " + e.threadRole
            if counts[worker] == nil { names.append(worker) }
            counts[worker, default: 0] += 1
        }
        var rows: [(worker: String, items: Int)] = []
        for name in names { rows.append((worker: name, items: counts[name] ?? 0)) }
        perWorker = rows
        let broken = events.last { $0.is(.executorBroken) && $0.object == executor }
        brokenPending = broken.map { Int($0.pending ?? 0) }
    }
}
