import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// The number a work item's row shows: `0`, or `0 of ThreadPoolExecutor#1` when the run made more than one executor
    /// (each numbers its work items from 0; gaps 10A, r9a_asyncio_awaits_errors: "submit → work item 0 blocking_io()" beside
    /// the process pool's work item 0). The executor is the event's own label, else, for a worker's rows, the owner the
    /// state of the run gives its `future.start` (the same one the summary counts); when no executor can be told, the bare number.
    func workLabel(_ index: Int) -> String {
        let e = timeline.events[index]
        let work = e.work ?? 0
        guard let owners = workItemOwners, let executor = workExecutor(index, owners: owners) else { return "\(work)" }
        return Phrase.workItemOfExecutor.text(["work": work, "executor": executor])
    }
}

private extension EventDescriber {
    func workExecutor(_ index: Int, owners: [Int: String]) -> String? {
        let e = timeline.events[index]
        if let object = e.object, object.contains("Executor#") { return object }
        if e.is(.futureStart) { return owners[index] }
        // a worker's end or a done-callback: the work item that thread started last under that number
        guard let work = e.work else { return nil }
        // bounded: a done-callback on a thread that started no work item would otherwise read the whole run back
        for i in stride(from: index - 1, through: max(0, index - 20_000), by: -1) {
            let before = timeline.events[i]
            guard before.is(.futureStart), before.pid == e.pid, before.threadName == e.threadName else { continue }
            return before.work == work ? owners[i] : nil
        }
        return nil
    }
}
