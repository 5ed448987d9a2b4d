import TutorCore

extension InvariantChecker {
    /// Per executor (part of `pool-counts`): the work items that ran and those cancelled before they started add up to
    /// no more than were submitted, and no work item whose `cancel()` returned True before it started was started.
    func executorCounts() -> [Violation] {
        let labels = timeline.events.filter { $0.is(.executorCreate) }.compactMap(\.object)
        guard !labels.isEmpty else { return [] }
        let owner = ExecutorFigures.owners(timeline, labels: labels)
        var out: [Violation] = []
        for figures in ExecutorFigures.all(timeline) {
            let ran = figures.perWorker.reduce(0) { $0 + $1.items }
            if ran + figures.cancelled > figures.submitted {
                out.append(Violation(invariant: "pool-counts", message: Phrase.invExecutorCounts.text(
                    ["executor": figures.executor, "ran": ran, "cancelled": figures.cancelled, "n": figures.submitted])))
            }
            // A cancel() that returned True on a pending item: that item never runs.
            var cancelledAt: [Int64: Int] = [:]
            for (i, e) in timeline.events.enumerated() where e.is(.futureCancel) && e.object == figures.executor && e.ok == true
                && e.state == "pending" {
                if let work = e.work, cancelledAt[work] == nil { cancelledAt[work] = i }
            }
            for i in timeline.events.indices where timeline.events[i].is(.futureStart) && owner[i] == figures.executor {
                let e = timeline.events[i]
                guard let work = e.work, let at = cancelledAt[work], at < i else { continue }
                out.append(Violation(invariant: "pool-counts", message: Phrase.invCancelledRan.text(
                    ["executor": figures.executor, "work": work, "seq": e.seq])))
            }
        }
        return out
    }
}
