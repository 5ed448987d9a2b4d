import TutorCore

extension ExecutorFigures {
    /// Whether work item `work`, started in process `worker` with no end recorded after it, was cut short by that
    /// process's end: the record shows the process ended, and no result of the item came back (a result that reached
    /// the parent proves it finished, even with its worker's end event missing), as `PoolFigures` judges a chunk.
    static func cutShort(_ work: Int64, worker: Int32, results: [TraceEvent], in timeline: Timeline) -> Bool {
        guard timeline.process(pid: worker)?.endT != nil else { return false }
        return !results.contains { $0.int(EventField.work) == work && $0.ok != false }
    }
}
