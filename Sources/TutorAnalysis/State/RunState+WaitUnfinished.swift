import TutorCore

extension RunState {
    /// A Future's result came back (`future.result`: its state set, its waiters told): a `wait()` or `as_completed()`
    /// still blocked on it now names only the work items not finished (gaps 28D: at a step inside a futures wait the
    /// panel listed every item the wait started with). A cancelled item stays: on 3.11 `shutdown(cancel_futures=True)`
    /// tells no waiter, and `wait()` counts it as not done (round 28F).
    mutating func workItemFinished(_ e: TraceEvent) {
        guard let executor = e.object, let work = e.work else { return }
        let key = Self.workKey(executor, work)
        for index in blocked.indices {
            guard let wait = blocked[index].waitEvent, case let .result(call, _) = blocked[index].target,
                  Self.workItems(wait).contains(where: { $0.executor == executor && $0.work == work }) else { continue }
            var finished = blocked[index].finishedWorks
            finished.insert(key)
            // Every item finished: the wait is returning (its end comes next); the list it had stays until then.
            guard Self.workItems(wait).contains(where: { !finished.contains(Self.workKey($0.executor, $0.work)) }) else { continue }
            blocked[index].finishedWorks = finished
            blocked[index].target = .result(call: call, what: Self.severalWorkItems(wait, excluding: finished))
            refreshWaits(of: blocked[index].pid)      // what the panel's row says is worded from the blocked calls
        }
    }

    /// One work item of one executor (work numbers are per executor).
    static func workKey(_ executor: String, _ work: Int64) -> String { "\(executor)#\(work)" }
}
