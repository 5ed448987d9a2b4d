import TutorAnalysis
import TutorCore

extension EventDescriber {
    /// A worker started in place of one that left after its max_tasks_per_child work items, before shutdown() (the
    /// replacement after shutdown() has its own words: `workerReplacedAtShutdown`).
    func replacedAfterMaxTasks(_ index: Int, name: String) -> String {
        guard StateQueries.workerReplacedAtShutdown(at: index, in: timeline) == nil,
              let r = StateQueries.workerReplacedAfterMaxTasks(at: index, in: timeline) else { return "" }
        return Phrase.evSpawnReplacesAfterMaxTasks.text(["executor": r.executor, "old": r.old, "n": r.maxTasks])
            + (r.tookNone ? Phrase.evSpawnReplacementTookNone.text(["name": name]) : "")
    }

    /// Executor.map's iterator reached a work item whose exception had already come back (round 38C: the program called
    /// next(), not result()).
    func mapIteratorReadRow(_ index: Int) -> String {
        Phrase.evMapIteratorReadRaised.text(["work": workLabel(index)]) + mapChunkLost(index)
    }

    /// When the failed work item of a map() row is a chunk of several items: CPython's `_process_chunk` returns the
    /// list of all the chunk's results or raises, so none of them comes back. Only for a ProcessPoolExecutor's chunk
    /// whose own result came back as an exception (`future.result`, ok false) before this row.
    func mapChunkLost(_ index: Int) -> String {
        let e = timeline.events[index]
        guard let object = e.object, let work = e.work else { return "" }
        let low = max(0, index - 50_000)
        guard let submit = timeline.events[low..<index].last(where: { $0.is(.futureSubmit) && $0.object == object && $0.work == work }),
              submit.string(EventField.method) == "map", let items = submit.int(EventField.items), items > 1,
              let result = timeline.events[low..<index].last(where: { $0.is(.futureResult) && $0.object == object && $0.work == work }),
              result.ok == false else { return "" }
        if let error = e.string(EventField.error), let own = result.string(EventField.error), error != own { return "" }
        return Phrase.evMapChunkLost.text(["work": workLabel(index), "n": items])
    }
}
