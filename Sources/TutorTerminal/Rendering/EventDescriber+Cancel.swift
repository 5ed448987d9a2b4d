import TutorCore
import TutorAnalysis

/// The row of `cancel()` on a concurrent.futures work item: what it returned and why.
extension EventDescriber {
    /// What `cancel()` returned and why, from the Future's state just before the call. A ProcessPoolExecutor marks
    /// a Future running when it moves the item to its call queue, before any worker has it: the record's starts say which.
    func cancelRow(_ index: Int) -> String {
        let e = timeline.events[index]
        // asyncio called it for the program (the asyncio future wrapping this one was cancelled): said first (round 7A)
        var by = e.string(EventField.call) == "asyncio" ? Phrase.evCancelByAsyncio.text(["work": e.work ?? 0]) : ""
        // map()'s own failed cancel() of a running item (its iterator's finally; recorded since gaps 28A): not the program's
        if e.string(EventField.call) == "map()", e.ok != true { by = Phrase.evCancelByMapTried.text() }
        return by + cancelOutcome(index)
    }
}

private extension EventDescriber {
    func cancelOutcome(_ index: Int) -> String {
        let e = timeline.events[index]
        let work = e.work ?? 0
        let state = e.state ?? ""
        guard e.ok == true else {
            switch state {
            case "running":
                let executor = e.object ?? ""
                if let (worker, ended) = StateQueries.workItemWorker(executor, work: work, before: index, in: timeline) {
                    return (ended ? Phrase.evCancelRanIn : .evCancelRunningIn).text(["work": work, "worker": worker])
                }
                if StateQueries.executorType(executor, in: timeline) == "ProcessPoolExecutor" {
                    return Phrase.evCancelInCallQueue.text(["work": work, "object": executor])
                }
                return Phrase.evCancelRunning.text(["work": work])
            case "finished": return Phrase.evCancelFinished.text(["work": work])
            default: return Phrase.evCancelFalse.text(["work": work])
            }
        }
        if state == "cancelled" { return Phrase.evCancelAgain.text(["work": work]) }
        switch e.string(EventField.call) {
        case "map()": return Phrase.evCancelByMap.text(["work": work])
        case "shutdown()":
            // a thread pool's queued item is taken by one of its threads: there is no worker process to send it to
            let threads = StateQueries.executorType(e.object ?? "", in: timeline) == "ThreadPoolExecutor"
            return (threads ? Phrase.evCancelByShutdownThreads : .evCancelByShutdown).text(["work": work])
        default: return Phrase.evCancelByProgram.text(["work": work])
        }
    }
}
